const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

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
	return segmenter.segment(text).containing(position - 1)?.index ?? 0;
}

export function nextBoundary(text: string, index: number): number {
	if (index >= text.length) {
		return text.length;
	}

	const segment = segmenter.segment(text).containing(Math.max(0, index));
	return segment ? segment.index + segment.segment.length : text.length;
}

/** The largest boundary at or before `index`. */
export function boundaryAtOrBefore(text: string, index: number): number {
	if (index <= 0) {
		return 0;
	}

	if (index >= text.length) {
		return text.length;
	}

	return segmenter.segment(text).containing(index)?.index ?? 0;
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
