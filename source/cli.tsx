import {constants, homedir} from 'node:os';
import process from 'node:process';
import {parseArgs} from 'node:util';
import packageJson from '../package.json' with {type: 'json'};
import {cliMessages} from './cli-messages.js';
import {resolveDockerBinary} from './docker/binary.js';
import {isLang} from './i18n/catalogue.js';
import {detectLang} from './i18n/detect-lang.js';
import type {ReplOptions} from './repl/session-context.js';

async function main(argv: string[]): Promise<number> {
	if (argv[0] === 'explain') {
		const {runExplain} = await import('./modes/explain.js');
		return runExplain(argv.slice(1), {stdout: process.stdout, stderr: process.stderr, env: process.env, docker: resolveDockerBinary(undefined, process.env)});
	}

	if (argv[0] === 'demo') {
		const {runDemo} = await import('./modes/demo.js');
		return runDemo(argv.slice(1), {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), repl: {file: process.execPath, args: [process.argv[1]!]}});
	}

	let t = cliMessages(detectLang(process.env));
	let values;
	let positionals;
	try {
		({values, positionals} = parseArgs({
			args: argv,
			strict: true,
			allowPositionals: true,
			options: {
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'V'},
				lang: {type: 'string'},
				docker: {type: 'string'},
				yes: {type: 'boolean', short: 'y'},
				'strip-osc': {type: 'boolean'},
			},
		}));
	} catch (error) {
		process.stderr.write(`${t('unknownOption', {problem: firstLine(error)})}\n`);
		return 2;
	}

	if (values.lang !== undefined && !isLang(values.lang)) {
		process.stderr.write(`${t('badLang', {lang: values.lang})}\n`);
		return 2;
	}

	const lang = detectLang(process.env, values.lang);
	t = cliMessages(lang);
	let lesson: string | undefined;
	if (positionals[0] === 'learn') {
		const {lessonListLines, checkLessonExists} = await import('./lesson/lesson-cli.js');
		if (positionals.length > 2) {
			process.stderr.write(`${t('learnOneName')}\n`);
			return 2;
		}

		if (positionals.length === 1) {
			process.stdout.write(`${(await lessonListLines(process.env, lang)).join('\n')}\n`);
			return 0;
		}

		const problem = await checkLessonExists(process.env, positionals[1]!, lang);
		if (problem) {
			process.stderr.write(`dockwise: ${problem}\n`);
			return 2;
		}

		if (!canDraw()) {
			process.stderr.write(`${t('learnNeedsTerminal')}\n`);
			return 2;
		}

		lesson = positionals[1]!;
	} else if (positionals.length > 0) {
		process.stderr.write(`${t('unknownCommand', {command: positionals[0]!})}\n`);
		return 2;
	}

	if (values.help) {
		process.stdout.write(`${packageJson.description}\n\n${t('usage')}\n`);
		return 0;
	}

	if (values.version) {
		process.stdout.write(`${packageJson.version}\n`);
		return 0;
	}

	const options: ReplOptions = {
		lang,
		docker: resolveDockerBinary(values.docker, process.env),
		env: process.env,
		home: homedir(),
		cwd: process.cwd(),
		shell: process.env['SHELL'] || '/bin/sh',
		prompt: 'dockwise> ',
		assumeYes: values.yes ?? false,
		stripOsc: values['strip-osc'] ?? isOn(process.env['DOCKWISE_STRIP_OSC']),
		...(lesson ? {lesson} : {}),
	};

	if (canDraw()) {
		const {runRepl} = await import('./modes/repl.js');
		return runRepl(options);
	}

	const {runPlainMode} = await import('./modes/plain.js');
	return runPlainMode(options, {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr});
}

/** A terminal on both ends that can draw panels; a dumb terminal cannot move the cursor: plain lines instead. */
function canDraw(): boolean {
	return Boolean(process.stdin.isTTY && process.stdout.isTTY) && process.env['TERM'] !== 'dumb';
}

/** `DOCKWISE_STRIP_OSC=1` (or true, yes, on). */
function isOn(value: string | undefined): boolean {
	return /^(?:1|true|yes|on)$/i.test(value ?? '');
}

/** Node's parseArgs errors are full sentences with a hint on a second line; keep the first. */
function firstLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0]!.replace(/\.$/, '');
}

// Told to stop while a command runs: it is passed the signal, then ended, never left behind.
for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
	process.once(signal, () => {
		// Loaded already by any mode that runs commands; imported lazily to keep start-up fast.
		const leave = () => process.exit(128 + (constants.signals[signal] ?? 15));
		Promise.all([import('./docker/run-command.js'), import('./docker/background.js')]).then(async ([{endForegroundCommands}, {killBackgroundProcesses}]) => {
			await endForegroundCommands(signal);
			killBackgroundProcesses('SIGTERM');
		}).then(leave, leave);
	});
}

// No top-level await: the bundle is a CommonJS module (see scripts/build.mjs).
main(process.argv.slice(2)).then(code => {
	process.exitCode = code;
}, (error: unknown) => {
	// A bug of ours: say so in one line, keep the trace for those who ask.
	process.stderr.write(`dockwise: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
	if (process.env['DOCKWISE_DEBUG']) {
		process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
	}

	process.exitCode = 70;
});
