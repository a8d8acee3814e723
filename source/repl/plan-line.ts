import {explainLine, type Explanation, type ExplainOptions} from '../explain/index.js';
import {classifyLine} from '../line/classify.js';
import type {LineProblem} from '../line/tokenize.js';
import {findBuiltin, type BuiltinName} from './builtins.js';
import type {ReplTranslate} from './messages.js';
import {needsTerminal} from './needs-terminal.js';

export type LinePlan =
	| {kind: 'nothing'}
	/** The line ends with `\`: more is coming. */
	| {kind: 'continue'}
	/** `rest`: the line after the command's name, as typed (`:explain` explains it). */
	| {kind: 'builtin'; name: BuiltinName; args: string[]; rest: string}
	| {kind: 'refuse'; lines: string[]; /** Leave the text in the prompt to be fixed. */ keepLine: boolean}
	/** `explanation` is the parsed line: what the guard and the outcome read. */
	| {kind: 'docker'; args: string[]; terminal: boolean; explanation: Explanation; /** Where each of `args` starts in the line. */ argStarts: number[]}
	| {kind: 'host'; command: string};

/**
Turns a submitted line into what the REPL should do with it. Runs nothing.
`explain` gives the expansion context (env, home) and what sharpens the parse
(docker's flag catalogue, the engine's API version).
*/
export function planLine(line: string, explain: ExplainOptions, t: ReplTranslate): LinePlan {
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
			const {suggestion} = classified;
			const hint = suggestion.kind === 'docker-command'
				? t('suggestDocker', {command: suggestion.command})
				: (suggestion.kind === 'builtin' ? t('suggestBuiltin') : t('suggestHost', {line: suggestion.line}));
			return {kind: 'refuse', lines: [t('unknownCommand', {word: classified.word}), hint], keepLine: true};
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
			const argStarts = classified.tokens.slice(classified.implicitPrefix ? 0 : 1).map(token => token.start);
			return {kind: 'docker', args: classified.args, terminal: needsTerminal(explanation), explanation, argStarts};
		}
	}
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
