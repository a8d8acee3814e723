import {explainLine, type Explanation, type ExplainOptions} from '../explain/index.js';
import {classifyLine, type Suggestion} from '../line/classify.js';
import {topLevelDockerCommands} from '../line/docker-commands.js';
import {closestWord} from '../line/word-suggestions.js';
import type {LineProblem} from '../line/tokenize.js';
import {findBuiltin, type BuiltinName} from './builtins.js';
import type {ReplTranslate} from './messages.js';
import {needsTerminal} from './needs-terminal.js';
import {shellCommand, type PlaceContext} from './shell-target.js';

export type LinePlan =
	| {kind: 'nothing'}
	/** The line ends with `\`: more is coming. */
	| {kind: 'continue'}
	/** `rest`: the line after the command's name, as typed (`:explain` explains it). */
	| {kind: 'builtin'; name: BuiltinName; args: string[]; rest: string}
	| {kind: 'refuse'; lines: string[]; /** Leave the text in the prompt to be fixed. */ keepLine: boolean; /** A corrected line to put in the prompt (`sudo` dropped). */ offer?: string}
	/** `explanation` is the parsed line: what the guard and the outcome read. */
	| {kind: 'docker'; args: string[]; terminal: boolean; explanation: Explanation; /** Where each of `args` starts in the line. */ argStarts: number[]}
	| {kind: 'host'; command: string};

/**
Turns a submitted line into what the REPL should do with it. Runs nothing.
`explain` gives the expansion context (env, home) and what sharpens the parse
(docker's flag catalogue, the engine's API version). `place` says where a line
meant for a container's shell could run (without it: in a new alpine container).
*/
export function planLine(line: string, explain: ExplainOptions, t: ReplTranslate, place?: PlaceContext): LinePlan {
	const context = {env: explain.env ?? {}, home: explain.home ?? ''};
	const classified = classifyLine(line, context);
	switch (classified.kind) {
		case 'empty': {
			return {kind: 'nothing'};
		}

		case 'host': {
			return {kind: 'host', command: classified.command};
		}

		case 'unknown': {
			return refuseUnknown(classified.word, classified.suggestion, t, place);
		}

		case 'builtin': {
			const refusal = refuseProblems(classified.problems, t);
			if (refusal) {
				return refusal;
			}

			const name = findBuiltin(classified.name);
			return name
				? {kind: 'builtin', name, args: classified.args, rest: classified.tokens[1] ? line.slice(classified.tokens[1].start).trim() : ''}
				: {kind: 'refuse', lines: [t('unknownBuiltin', {name: classified.name})], keepLine: true};
		}

		case 'docker': {
			const refusal = refuseProblems(classified.problems, t);
			if (refusal) {
				return refusal;
			}

			const explanation = explainLine(line, explain);
			const mistyped = mistypedCommand(classified.implicitPrefix ? undefined : classified.args[0], explanation);
			if (mistyped) {
				return {kind: 'refuse', lines: [t('unknownCommand', {word: mistyped.word}), t('suggestDocker', {command: mistyped.command})], keepLine: true};
			}

			const argStarts = classified.tokens.slice(classified.implicitPrefix ? 0 : 1).map(token => token.start);
			return {kind: 'docker', args: classified.args, terminal: needsTerminal(explanation), explanation, argStarts};
		}
	}
}

function refuseUnknown(word: string, suggestion: Suggestion, t: ReplTranslate, place: PlaceContext | undefined): LinePlan {
	switch (suggestion.kind) {
		case 'docker-command': {
			return {kind: 'refuse', lines: [t('unknownCommand', {word}), t('suggestDocker', {command: suggestion.command})], keepLine: true};
		}

		case 'builtin': {
			return {kind: 'refuse', lines: [...(place?.justLeft ? [t('backOnHost')] : [t('unknownCommand', {word})]), t('suggestBuiltin')], keepLine: true};
		}

		case 'sudo': {
			return {kind: 'refuse', lines: [t('sudoNotNeeded')], keepLine: true, offer: suggestion.line};
		}

		case 'container': {
			const target = place?.target ?? {kind: 'run', image: 'alpine'};
			const command = shellCommand(target);
			const where = target.kind === 'run'
				? t('shellInNewContainer', {command})
				: t(target.justLeft ? 'shellInLeftContainer' : 'shellInContainer', {name: target.name, command});
			// A line that writes or deletes is never offered for the host: it was meant for the container.
			const host = suggestion.writes ? [] : [t('suggestHost', {line: `!${suggestion.line}`})];
			return {kind: 'refuse', lines: [t('onHost', {word}), where, ...host], keepLine: true};
		}

		case 'host': {
			return {kind: 'refuse', lines: [t('unknownCommand', {word}), t('suggestHost', {line: suggestion.line})], keepLine: true};
		}
	}
}

/** `docker volum ls`: the word after `docker` is no command, but looks like one. */
function mistypedCommand(word: string | undefined, explanation: Explanation): {word: string; command: string} | undefined {
	if (word === undefined || word.startsWith('-') || explanation.typedCommand !== null || !explanation.errors.some(error => error.docker?.startsWith('docker: unknown command:'))) {
		return undefined;
	}

	const command = closestWord(word, topLevelDockerCommands);
	return command ? {word, command} : undefined;
}

function refuseProblems(problems: readonly LineProblem[], t: ReplTranslate): LinePlan | undefined {
	if (problems.some(problem => problem.code === 'trailing-backslash')) {
		return {kind: 'continue'};
	}

	const [problem] = problems;
	if (!problem) {
		return undefined;
	}

	switch (problem.code) {
		case 'unbalanced-quote': {
			return {kind: 'refuse', lines: [t('unbalancedQuote', {quote: problem.text, column: problem.start + 1})], keepLine: true};
		}

		case 'shell-operator': {
			return {kind: 'refuse', lines: [t('shellOperator', {text: problem.text})], keepLine: true};
		}

		case 'command-substitution': {
			return {kind: 'refuse', lines: [t('commandSubstitution', {text: problem.text})], keepLine: true};
		}

		case 'bad-substitution': {
			return {kind: 'refuse', lines: [t('badSubstitution', {text: problem.text})], keepLine: true};
		}

		case 'trailing-backslash': {
			return {kind: 'continue'};
		}
	}
}
