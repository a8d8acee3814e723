import {existsSync} from 'node:fs';
import {parseArgs, styleText} from 'node:util';
import {mayBeLocalEngine} from '../docker/engine-location.js';
import {placeOfEndpoint} from '../state/engine-place.js';
import {createHelpCatalogue} from '../docker/help-catalogue.js';
import {checkEngine} from '../docker/engine-status.js';
import {cliMessages} from '../explain/cli-messages.js';
import {explainLine, layoutExplanation, segmentLooks, type ExplainOptions, type Explanation, type PanelLine} from '../explain/index.js';
import {isLang, type Lang} from '../i18n/catalogue.js';
import {detectLang} from '../i18n/detect-lang.js';

export type ExplainIo = {
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	env: NodeJS.ProcessEnv;
	lang?: Lang;
	/** The docker binary, for its flag catalogue and the engine's API version. */
	docker: string;
	/** Where docker's parsed help is cached (tests); default `$XDG_CACHE_HOME/dockwise`. */
	cacheDirectory?: string;
};

/**
`dockwise explain [--json] [--lang en|fr] [--] <line...>`: prints the same
explanation as the side panel, or one JSON object. Resolves to the exit code:
0 when the line parses, 1 when docker would refuse it, 2 on usage errors.
*/
export async function runExplain(args: string[], io: ExplainIo): Promise<number> {
	const {ownArgs, lineWords} = splitArgs(args);
	const fallbackLang = io.lang ?? detectLang(io.env);

	let values: {json?: boolean; lang?: string; help?: boolean};
	try {
		({values} = parseArgs({
			args: ownArgs,
			options: {json: {type: 'boolean'}, lang: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		const t = cliMessages(fallbackLang);
		const {code, message} = error as {code?: string; message: string};
		const option = /'([^']+)'/.exec(message)?.[1];
		io.stderr.write(`${code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option ? t('unknown-option', {option}) : t('bad-option', {message: message.split('\n')[0]!})}\n`);
		return 2;
	}

	if (values.lang !== undefined && !isLang(values.lang)) {
		io.stderr.write(`${cliMessages(fallbackLang)('bad-lang', {value: values.lang})}\n`);
		return 2;
	}

	const lang = values.lang !== undefined && isLang(values.lang) ? values.lang : fallbackLang;
	const t = cliMessages(lang);
	if (values.help) {
		io.stdout.write(`${t('usage')}\n`);
		return 0;
	}

	const line = lineWords.length === 1 ? lineWords[0]! : lineWords.map(word => shellQuote(word)).join(' ');
	if (line.trim() === '') {
		io.stderr.write(`${t('no-line')}\n`);
		return 2;
	}

	const explanation = await explainWithDocker(line, lang, io);
	if (values.json) {
		io.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
	} else {
		const tty = (io.stdout as {isTTY?: boolean}).isTTY === true;
		const columns = (io.stdout as {columns?: number}).columns;
		const lines = layoutExplanation(explanation, {lang, width: tty && columns ? columns : 80});
		const colour = tty && io.env['NO_COLOR'] === undefined && io.env['TERM'] !== 'dumb';
		io.stdout.write(`${lines.map(panelLine => render(panelLine, colour)).join('\n')}\n`);
	}

	return explanation.errors.length > 0 ? 1 : 0;
}

/** Our options come first; the docker line starts at `--` or at the first word that is not ours. */
function splitArgs(args: string[]): {ownArgs: string[]; lineWords: string[]} {
	for (let index = 0; index < args.length; index++) {
		const argument = args[index]!;
		if (argument === '--') {
			return {ownArgs: args.slice(0, index), lineWords: args.slice(index + 1)};
		}

		if (!argument.startsWith('-') || argument === '-') {
			return {ownArgs: args.slice(0, index), lineWords: args.slice(index)};
		}

		if (argument === '--lang') {
			index++;
		}
	}

	return {ownArgs: args, lineWords: []};
}

/** Explains `line`, first fetching what the explanation says would sharpen it: docker's help, the engine's API version. */
async function explainWithDocker(line: string, lang: Lang, io: ExplainIo): Promise<Explanation> {
	const catalogue = createHelpCatalogue({docker: io.docker, env: io.env, cacheDirectory: io.cacheDirectory});
	const options: ExplainOptions = {
		lang,
		env: io.env,
		home: io.env['HOME'],
		cwd: process.cwd(),
		pathExists: mayBeLocalEngine(io.env) ? path => existsSync(path) : undefined,
		...remoteHostOf(io.env),
	};
	let explanation = explainLine(line, options);
	if (await catalogue.loadAll(explanation.catalogueWanted)) {
		options.catalogue = catalogue.snapshot();
		explanation = explainLine(line, options);
	}

	if (explanation.engineFactsWanted) {
		const engine = await checkEngine(io.docker, io.env);
		if (engine.state === 'ready') {
			options.engine = {apiVersion: engine.apiVersion};
			explanation = explainLine(line, options);
		}
	}

	await catalogue.flush();
	return explanation;
}

function render(line: PanelLine, colour: boolean): string {
	return line.map(({text, style}) => {
		const look = segmentLooks[style];
		if (!colour || text.trim() === '') {
			return text;
		}

		const formats = [look.color, look.bold ? 'bold' : undefined, look.inverse ? 'inverse' : undefined].filter(format => format !== undefined);
		return formats.length > 0 ? styleText(formats as Parameters<typeof styleText>[0], text) : text;
	}).join('').trimEnd();
}

/** Quotes a word so that the tokenizer reads it back as the same word. */
function shellQuote(word: string): string {
	if (word !== '' && /^[\w@%+=:,./-]+$/.test(word)) {
		return word;
	}

	return `'${word.replaceAll('\'', '\'\\\'\'')}'`;
}

/** A tcp:// or ssh:// DOCKER_HOST: bind sources are on that machine (a context is not read here: no process for it). */
function remoteHostOf(env: Readonly<Record<string, string | undefined>>): {engineHost?: string} {
	const place = env['DOCKER_HOST'] ? placeOfEndpoint(env['DOCKER_HOST']) : undefined;
	return typeof place === 'object' && place.kind === 'remote' ? {engineHost: place.host} : {};
}
