import {type Token, tokenize} from '../line/tokenize.js';
import type {Quote} from './types.js';

export type WordAtCursor = {
	/** Words before the one being typed. */
	before: Token[];
	/** The word being typed, up to the cursor (empty after a blank). */
	current: Token;
	/** The quote left open before the cursor. */
	quote: Quote | undefined;
	/** Whether the line before the cursor has a pipe, `;`, `$(...)`: dockwise runs none of it. */
	shellSyntax: boolean;
};

/**
Splits the line before the cursor into words as the shell (and the
explanation) does: the last one is the word being completed. Text after the
cursor is not read: completion extends what is typed, it never rewrites it.
*/
export function wordAtCursor(text: string, cursor: number, expansion?: {env: Readonly<Record<string, string | undefined>>; home: string}): WordAtCursor {
	const head = text.slice(0, cursor);
	const {tokens, problems} = tokenize(head, expansion);
	const shellSyntax = problems.some(problem => problem.code === 'shell-operator' || problem.code === 'command-substitution');
	const last = tokens.at(-1);
	if (last && last.end === head.length && !head.endsWith('\\\n')) {
		return {before: tokens.slice(0, -1), current: last, quote: openQuote(last.raw), shellSyntax};
	}

	return {before: tokens, current: {raw: '', value: '', start: cursor, end: cursor, quoted: false, expansions: []}, quote: undefined, shellSyntax};
}

/** The quote still open at the end of a raw word. */
function openQuote(raw: string): Quote | undefined {
	let quote: Quote | undefined;
	for (let index = 0; index < raw.length; index++) {
		const character = raw[index];
		if (quote === '\'') {
			if (character === '\'') {
				quote = undefined;
			}
		} else if (character === '\\') {
			index++;
		} else if (quote === '"') {
			if (character === '"') {
				quote = undefined;
			}
		} else if (character === '"' || character === '\'') {
			quote = character;
		}
	}

	return quote;
}
