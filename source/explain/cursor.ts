import type {ExplainedToken} from './types.js';

/**
Index of the token under the cursor (a position between characters, as in the
line editor): the token the cursor is inside, or the one it just ends, so
typing at the end of a word keeps that word highlighted. Undefined between words.
*/
export function tokenIndexAt(tokens: readonly ExplainedToken[], cursor: number): number | undefined {
	let ending: number | undefined;
	for (const [index, token] of tokens.entries()) {
		if (token.start <= cursor && cursor < token.end) {
			return index;
		}

		if (token.end === cursor && token.end > token.start) {
			ending = index;
		}
	}

	return ending;
}
