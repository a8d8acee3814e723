import {closest, distance} from 'fastest-levenshtein';
import {topLevelDockerCommands} from './docker-commands.js';
import {tokenize, type ExpansionContext, type LineProblem, type Token} from './tokenize.js';

export type ClassifiedLine =
	| {kind: 'empty'}
	/** `:name args...`: a dockwise command. */
	| {kind: 'builtin'; name: string; args: string[]; tokens: Token[]; problems: LineProblem[]}
	/** `!anything`: run explicitly in the user's shell on the host. */
	| {kind: 'host'; command: string}
	/**
	A docker command line. `args` are the words after `docker` (the prefix may be
	implicit); `tokens` are all words, the prefix included when typed.
	*/
	| {kind: 'docker'; args: string[]; tokens: Token[]; implicitPrefix: boolean; problems: LineProblem[]}
	| {kind: 'unknown'; word: string; suggestion: Suggestion};

export type Suggestion =
	| {kind: 'docker-command'; command: string}
	| {kind: 'builtin'; name: string}
	| {kind: 'host'; line: string};

const quitWords = new Set(['exit', 'quit', 'logout', 'q', 'bye']);

/** Decides what a line typed at the prompt is, without running anything. */
export function classifyLine(line: string, context?: ExpansionContext): ClassifiedLine {
	const trimmed = line.trimStart();
	if (trimmed.startsWith('!')) {
		const command = trimmed.slice(1).trim();
		return command === '' ? {kind: 'empty'} : {kind: 'host', command};
	}

	const {tokens, problems} = tokenize(line, context);
	const first = tokens[0];
	if (!first) {
		return problems.length > 0
			? {kind: 'docker', args: [], tokens, implicitPrefix: true, problems}
			: {kind: 'empty'};
	}

	if (first.raw.startsWith(':')) {
		return {kind: 'builtin', name: first.value.slice(1), args: tokens.slice(1).map(token => token.value), tokens, problems};
	}

	if (first.value === 'docker') {
		return {kind: 'docker', args: tokens.slice(1).map(token => token.value), tokens, implicitPrefix: false, problems};
	}

	if (topLevelDockerCommands.has(first.value)) {
		return {kind: 'docker', args: tokens.map(token => token.value), tokens, implicitPrefix: true, problems};
	}

	return {kind: 'unknown', word: first.value, suggestion: suggestFor(first.value, line.trim())};
}

function suggestFor(word: string, line: string): Suggestion {
	if (quitWords.has(word.toLowerCase())) {
		return {kind: 'builtin', name: 'quit'};
	}

	const lower = word.toLowerCase();
	const command = closest(lower, [...topLevelDockerCommands, 'docker']);
	if (command && distance(lower, command) <= Math.max(1, Math.floor(command.length / 3))) {
		return {kind: 'docker-command', command};
	}

	return {kind: 'host', line: `!${line}`};
}
