import {tokenize, type ExpansionContext, type LineProblem} from '../line/tokenize.js';
import type {Lang} from '../i18n/catalogue.js';
import {describeEffects} from './effects.js';
import {describeTokens} from './describe-tokens.js';
import {errorMessages} from './error-messages.js';
import {asksForHelp, createsContainer, isOn} from './line-facts.js';
import {messages} from './messages.js';
import {lineRuleErrors} from './line-rules.js';
import {settleMountPoints} from './mount-points.js';
import {analyzeMounts, type MountAnalysis} from './mounts.js';
import {parseLine, type LineIssue, type ParsedLine} from './parse-line.js';
import type {ExplainError, ExplainOptions, Explanation} from './types.js';
import {readFlagUses} from './flag-uses.js';
import {volumeNameProblem} from './volume-name.js';
import {knownStateWarnings} from './known-state.js';
import {commandWarnings} from './warnings.js';

/**
Explains a docker command line without running anything: every token, the
mounts, the warnings, the errors docker would raise, and what will happen.
Pure and fast enough to run on every keystroke.
*/
export function explainLine(line: string, options: ExplainOptions): Explanation {
	const {lang} = options;
	const home = options.home ?? options.env?.['HOME'];
	const expansion: ExpansionContext | undefined = options.env || home !== undefined ? {env: options.env ?? {}, home: home ?? ''} : undefined;
	const {tokens, problems} = tokenize(line, expansion);
	// Words after a pipe or `;` would go to another program, not to docker.
	const operator = problems.find(problem => problem.code === 'shell-operator');
	const dockerTokens = operator ? tokens.filter(token => token.end <= operator.start) : tokens;
	const apiVersion = options.engine?.apiVersion;
	const parsed = parseLine(dockerTokens, {catalogue: options.catalogue, apiVersion});
	const hostPathsToCheck: string[] = [];
	const mounts = analyzeMounts(parsed, {
		line,
		lang,
		home,
		cwd: options.cwd ?? options.env?.['PWD'],
		clientVersion: options.catalogue?.clientVersion,
		apiVersion,
		pathExists: options.pathExists,
		engineHost: options.engineHost,
		hostPathsToCheck,
	});

	const mountPoints = settleMountPoints(mounts, lang);
	const cwd = options.cwd ?? options.env?.['PWD'];
	const unknownCommand = parsed.issues.some(issue => issue.code === 'not-docker' || issue.code === 'unknown-command');
	const checked = [
		...mounts.flatMap(analysis => analysis.errors),
		...mountPoints.errors,
		...volumeNameErrors(parsed, lang),
		...(unknownCommand ? [] : lineRuleErrors(parsed, {lang, cwd, apiVersion, cpuCount: options.engine?.cpuCount, pathExists: options.pathExists})),
	];
	const errors = [
		...problems.map(problem => lineProblemError(problem, lang)),
		...parsed.issues.filter(issue => issue.code !== 'unknown-flag' || issue.confirmed).map(issue => issueError(issue, lang)),
		// With --help docker only parses the flags, then prints the help: just the flags' own parsers can refuse.
		...(asksForHelp(parsed) ? checked.filter(error => error.docker?.startsWith('invalid argument ')) : checked),
	].sort((a, b) => a.start - b.start);

	return {
		command: parsed.node && parsed.node.key !== '' ? parsed.node.key : null,
		commandPath: parsed.node ? [...parsed.node.knowledge.path] : [],
		typedCommand: parsed.typedPath.length > 0 ? parsed.typedPath.join(' ') : null,
		lang,
		tokens: [
			...describeTokens(parsed, {line, lang, catalogue: options.catalogue, mounts}),
			...tokens.slice(dockerTokens.length).map(token => ({
				text: token.raw,
				start: token.start,
				end: token.end,
				role: 'argument' as const,
				summary: messages(lang)('token.after-operator', {operator: operator!.text}),
				value: token.value,
				source: 'curated' as const,
			})),
		],
		mounts: mountPoints.kept.flatMap((analysis: MountAnalysis) => analysis.mount ? [analysis.mount] : []),
		autoRemove: createsContainer(parsed) && isOn(parsed, 'rm'),
		warnings: asksForHelp(parsed) ? commandWarnings(parsed, mounts, {lang, apiVersion}) : [...commandWarnings(parsed, mounts, {lang, apiVersion}), ...knownStateWarnings(parsed, options.known, lang)],
		errors,
		effects: errors.length > 0 ? [] : describeEffects(parsed, mounts, {lang, apiVersion, runsRmInPlace: options.runsRmInPlace}),
		hostPathsToCheck,
		catalogueWanted: parsed.catalogueWanted,
		engineFactsWanted: apiVersion === undefined && dependsOnEngine(parsed, mounts),
		flagUses: readFlagUses(parsed),
		operands: parsed.operands.map(item => item.value),
	};
}

/** Prunes, API-gated flags, values and mount types mean different things on different engines. */
function dependsOnEngine(parsed: ParsedLine, mounts: readonly MountAnalysis[]): boolean {
	const key = parsed.node?.key;
	return key === 'volume prune'
		|| key === 'system prune'
		|| parsed.flags.some(use => use.flag?.knowledge?.minApi !== undefined || use.flag?.long === 'mac-address')
		|| mounts.some(analysis => analysis.mount?.type === 'image' || /type=(?:image|cluster)|bind-recursive=readonly/i.test(analysis.use.value ?? ''));
}

function lineProblemError(problem: LineProblem, lang: Lang): ExplainError {
	return {message: errorMessages(lang)(problem.code, {text: problem.text}), start: problem.start, end: problem.end};
}

function issueError(issue: LineIssue, lang: Lang): ExplainError {
	const t = errorMessages(lang);
	let problem: string;
	switch (issue.code) {
		case 'arity': {
			const {missing, count, maximum, command} = issue.params;
			problem = missing
				? t('arity-missing', {command: command!, missing: missing})
				: (maximum === '0' ? t('arity-none', {command: command!}) : t('arity-extra', {command: command!, maximum: maximum!, count: count!}));
			break;
		}

		default: {
			problem = t(issue.code, issue.params);
		}
	}

	return {
		message: issue.docker ? t('with-docker', {problem, docker: issue.docker}) : problem,
		start: issue.start,
		end: issue.end,
		docker: issue.docker,
	};
}

/** `docker volume create NAME` checks the name like the engine will. */
function volumeNameErrors(parsed: ParsedLine, lang: Lang): ExplainError[] {
	if (parsed.node?.key !== 'volume create') {
		return [];
	}

	const t = errorMessages(lang);
	const named = [
		...parsed.operands.map(item => ({value: item.value, start: item.start, end: item.end})),
		...parsed.flags.filter(use => use.flag?.long === 'name' && use.value !== undefined).map(use => ({value: use.value!, start: use.start, end: use.end})),
	];
	return named.flatMap(({value, start, end}) => {
		const problem = volumeNameProblem(value, start, end);
		if (!problem) {
			return [];
		}

		const key = value.startsWith('~') && problem.code === 'invalid-volume-name' ? 'invalid-volume-name-tilde' : problem.code;
		return [{message: t('with-docker', {problem: t(key, problem.params), docker: problem.docker}), start, end, docker: problem.docker}];
	});
}
