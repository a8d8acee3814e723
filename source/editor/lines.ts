import {graphemes, nextBoundary} from './graphemes.js';

export function lineStart(text: string, index: number): number {
	return index <= 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
}

export function lineEnd(text: string, index: number): number {
	const end = text.indexOf('\n', index);
	return end === -1 ? text.length : end;
}

/**
Where the cursor lands on the line above (-1) or below (+1), keeping its column
counted in graphemes; undefined when there is no such line.
*/
export function verticalMove(text: string, cursor: number, direction: -1 | 1): number | undefined {
	const start = lineStart(text, cursor);
	const column = graphemes(text.slice(start, cursor)).length;

	let targetStart: number;
	if (direction < 0) {
		if (start === 0) {
			return undefined;
		}

		targetStart = lineStart(text, start - 1);
	} else {
		const end = lineEnd(text, cursor);
		if (end === text.length) {
			return undefined;
		}

		targetStart = end + 1;
	}

	const targetEnd = lineEnd(text, targetStart);
	let position = targetStart;
	for (let step = 0; step < column && position < targetEnd; step++) {
		position = nextBoundary(text, position);
	}

	return Math.min(position, targetEnd);
}
