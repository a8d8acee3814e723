import {graphemeAt, nextBoundary, previousBoundary} from './graphemes.js';

type CharacterTest = (grapheme: string) => boolean;

/** Letters and digits make a word for Alt-b, Alt-f, Alt-d and Alt-Backspace, as in readline. */
const isWordCharacter: CharacterTest = grapheme => /^[\p{L}\p{N}]/u.test(grapheme);

const isWhitespace: CharacterTest = grapheme => /^\s/u.test(grapheme);

function skipBackward(text: string, index: number, while_: CharacterTest): number {
	let position = index;
	while (position > 0) {
		const previous = previousBoundary(text, position);
		if (!while_(text.slice(previous, position))) {
			break;
		}

		position = previous;
	}

	return position;
}

function skipForward(text: string, index: number, while_: CharacterTest): number {
	let position = index;
	while (position < text.length && while_(graphemeAt(text, position))) {
		position = nextBoundary(text, position);
	}

	return position;
}

/** Start of the word before `index`: skips non-word characters, then the word. */
export function wordStartBefore(text: string, index: number): number {
	const afterGap = skipBackward(text, index, grapheme => !isWordCharacter(grapheme));
	return skipBackward(text, afterGap, isWordCharacter);
}

/** End of the word after `index`: skips non-word characters, then the word. */
export function wordEndAfter(text: string, index: number): number {
	const afterGap = skipForward(text, index, grapheme => !isWordCharacter(grapheme));
	return skipForward(text, afterGap, isWordCharacter);
}

/** Start of the whitespace-delimited word before `index`, as Ctrl-W sees it in a shell. */
export function shellWordStartBefore(text: string, index: number): number {
	const afterSpaces = skipBackward(text, index, isWhitespace);
	return skipBackward(text, afterSpaces, grapheme => !isWhitespace(grapheme));
}
