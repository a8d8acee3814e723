const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
How far to look for a sure boundary before giving up and segmenting the whole
text. `segmenter.segment(text)` copies the whole text into ICU, so segmenting a
1 MB line on every key took ~65 ms per call; a window around the index keeps
each call proportional to the grapheme, not to the text.
*/
const searchLimit = 256;

/**
Between two ASCII characters other than CR LF there is always a grapheme
boundary (no rule of UAX #29 joins them), and segmentation restarts there: the
graphemes of a slice cut at such places are the graphemes of the whole text.
*/
function isAscii(code: number): boolean {
	return code < 0x80;
}

function isSureBoundary(text: string, index: number): boolean {
	if (index <= 0 || index >= text.length) {
		return true;
	}

	const before = text.charCodeAt(index - 1);
	const after = text.charCodeAt(index);
	return isAscii(before) && isAscii(after) && !(before === 0x0D && after === 0x0A);
}

/** A slice of `text` around `index` that starts and ends on sure boundaries, and where it starts. */
function localSlice(text: string, index: number): {slice: string; offset: number} {
	let start = Math.max(0, index - 1);
	const lowest = Math.max(0, index - searchLimit);
	while (start > lowest && !isSureBoundary(text, start)) {
		start--;
	}

	if (!isSureBoundary(text, start)) {
		start = 0;
	}

	let end = Math.min(text.length, index + 1);
	const highest = Math.min(text.length, index + searchLimit);
	while (end < highest && !isSureBoundary(text, end)) {
		end++;
	}

	if (!isSureBoundary(text, end)) {
		end = text.length;
	}

	return {slice: text.slice(start, end), offset: start};
}

/** The grapheme holding the code unit at `index` (0 ≤ index < text.length): where it starts and ends. */
function graphemeContaining(text: string, index: number): {start: number; end: number} {
	const {slice, offset} = localSlice(text, index);
	const segment = segmenter.segment(slice).containing(index - offset);
	if (!segment) {
		return {start: index, end: index + 1};
	}

	return {start: offset + segment.index, end: offset + segment.index + segment.segment.length};
}

/**
Positions are UTF-16 indexes, as everywhere in JavaScript strings; these helpers
keep them on grapheme boundaries so the cursor never splits an emoji, a
surrogate pair or a letter from its combining accent.
*/
export function previousBoundary(text: string, index: number): number {
	if (index <= 0) {
		return 0;
	}

	const position = Math.min(index, text.length);
	return graphemeContaining(text, position - 1).start;
}

export function nextBoundary(text: string, index: number): number {
	if (index >= text.length) {
		return text.length;
	}

	return graphemeContaining(text, Math.max(0, index)).end;
}

/** The largest boundary at or before `index`. */
export function boundaryAtOrBefore(text: string, index: number): number {
	if (index <= 0) {
		return 0;
	}

	if (index >= text.length) {
		return text.length;
	}

	return graphemeContaining(text, index).start;
}

/** The smallest boundary at or after `index`. */
export function boundaryAtOrAfter(text: string, index: number): number {
	const before = boundaryAtOrBefore(text, index);
	return before === index ? index : nextBoundary(text, before);
}

export function isBoundary(text: string, index: number): boolean {
	return index >= 0 && index <= text.length && boundaryAtOrBefore(text, index) === index;
}

export function graphemes(text: string): string[] {
	return Array.from(segmenter.segment(text), ({segment}) => segment);
}

/** The grapheme that starts at `index` (which must be a boundary), or '' at the end. */
export function graphemeAt(text: string, index: number): string {
	return text.slice(index, nextBoundary(text, index));
}
