import {topLevelDockerCommands} from './docker-commands.js';
import {containerShellWords, writesFiles} from './shell-words.js';
import {tokenize, type ExpansionContext, type LineProblem, type Token} from './tokenize.js';
import {closestWord} from './word-suggestions.js';

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
	/** `sudo docker ...`: dockwise runs docker itself; `line` is the line without sudo. */
	| {kind: 'sudo'; line: string}
	/** A line for a container's shell (`echo`, `cat`, `ls /home`), or one that writes files: never offered for the host when `writes`. */
	| {kind: 'container'; writes: boolean; line: string}
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

	// `rm /home/test.txt` is the shell's rm, meant for a container: docker rm takes names, never paths.
	const shellRm = first.value === 'rm' && tokens.slice(1).some(token => token.value.includes('/'));
	if (topLevelDockerCommands.has(first.value) && !shellRm) {
		return {kind: 'docker', args: tokens.map(token => token.value), tokens, implicitPrefix: true, problems};
	}

	return {kind: 'unknown', word: first.value, suggestion: suggestFor(tokens, problems, line)};
}

function suggestFor(tokens: readonly Token[], problems: readonly LineProblem[], line: string): Suggestion {
	const word = tokens[0]!.value;
	if (quitWords.has(word.toLowerCase())) {
		return {kind: 'builtin', name: 'quit'};
	}

	const next = tokens[1];
	if (word === 'sudo' && next && (next.value === 'docker' || topLevelDockerCommands.has(next.value))) {
		return {kind: 'sudo', line: line.slice(next.start).trim()};
	}

	const writes = writesFiles(tokens, problems);
	if (writes || containerShellWords.has(word)) {
		return {kind: 'container', writes, line: line.trim()};
	}

	const command = closestWord(word, [...topLevelDockerCommands, 'docker']);
	if (command) {
		return {kind: 'docker-command', command};
	}

	return {kind: 'host', line: `!${line.trim()}`};
}
