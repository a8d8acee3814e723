import {boundaryAtOrAfter, boundaryAtOrBefore} from './graphemes.js';
import {lineEnd, lineStart} from './lines.js';
import type {EditorView} from './editor-view.js';

/** The part of the line being edited that the prompt draws. */
export type PromptWindow = {
	/** The shown slice of the view's text: whole lines, except the cursor's line when it is cut. */
	start: number;
	end: number;
	/** Lines wholly hidden above and below the slice (each takes one marker row when not 0). */
	linesBefore: number;
	linesAfter: number;
	/** The slice starts (ends) inside the cursor's line: drawn with `…` there. */
	cutBefore: boolean;
	cutAfter: boolean;
};

export type WindowOptions = {
	/** Columns a row of the prompt has. */
	width: number;
	/** Most rows the prompt may take, marker rows included (at least 3 are used). */
	maxRows: number;
	/** Columns the prompt's prefix takes on a row. */
	prefixWidth: number;
};

/**
Which part of a long text the prompt draws: the cursor's line and the lines
around it that fit in `maxRows`, the cursor's line cut around the cursor when it
alone is too long. A 1 MB paste is then drawn (and wrapped by Ink) as a few
hundred characters, not as 1 MB on every key. Rows are estimated from lengths
(one column per UTF-16 unit): wide characters can make the window taller, never
the work bigger. Reads only around the cursor, plus one count of line breaks.
*/
export function promptWindow(view: EditorView, {width, maxRows: wantedRows, prefixWidth}: WindowOptions): PromptWindow {
	const {text, cursor} = view;
	const maxRows = Math.max(3, wantedRows);
	const columns = Math.max(1, width);
	const rowsOf = (start: number, end: number) => Math.max(1, Math.ceil((prefixWidth + (end - start) + 1) / columns));
	const markers = (start: number, end: number) => (start > 0 ? 1 : 0) + (end < text.length ? 1 : 0);

	let start = lineStart(text, cursor);
	let end = lineEnd(text, cursor);
	let used = rowsOf(start, end);
	if (used + markers(start, end) > maxRows) {
		return cutLine(text, cursor, start, end, {columns, maxRows, prefixWidth});
	}

	let grew = true;
	while (grew) {
		grew = false;
		if (start > 0) {
			const above = lineStart(text, start - 1);
			const rows = rowsOf(above, start - 1);
			if (used + rows + markers(above, end) <= maxRows) {
				start = above;
				used += rows;
				grew = true;
			}
		}

		if (end < text.length) {
			const below = lineEnd(text, end + 1);
			const rows = rowsOf(end + 1, below);
			if (used + rows + markers(start, below) <= maxRows) {
				end = below;
				used += rows;
				grew = true;
			}
		}
	}

	return {start, end, linesBefore: countLineBreaks(text, 0, start), linesAfter: countLineBreaks(text, end, text.length), cutBefore: false, cutAfter: false};
}

function cutLine(text: string, cursor: number, lineFrom: number, lineTo: number, {columns, maxRows, prefixWidth}: {columns: number; maxRows: number; prefixWidth: number}): PromptWindow {
	const rows = maxRows - (lineFrom > 0 ? 1 : 0) - (lineTo < text.length ? 1 : 0);
	// Room for the two `…` and the cursor's cell after the last character.
	const characters = Math.max(8, (rows * columns) - prefixWidth - 3);
	// The cursor two thirds of the way in: what was just typed or pasted is before it.
	let start = Math.max(lineFrom, cursor - Math.floor(characters * 2 / 3));
	const end = Math.min(lineTo, start + characters);
	start = Math.max(lineFrom, end - characters);
	const shownStart = start === lineFrom ? start : Math.min(cursor, boundaryAtOrAfter(text, start));
	const shownEnd = end === lineTo ? end : Math.max(cursor, boundaryAtOrBefore(text, end));
	return {
		start: shownStart,
		end: shownEnd,
		linesBefore: countLineBreaks(text, 0, lineFrom),
		linesAfter: countLineBreaks(text, lineTo, text.length),
		cutBefore: shownStart > lineFrom,
		cutAfter: shownEnd < lineTo,
	};
}

function countLineBreaks(text: string, from: number, to: number): number {
	let count = 0;
	for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) {
		count++;
	}

	return count;
}

/** The view restricted to the window: the text shown, with the cursor and the search match moved into it. */
export function windowView(view: EditorView, window: PromptWindow): EditorView {
	if (window.start === 0 && window.end === view.text.length) {
		return view;
	}

	const shift = (index: number) => Math.min(window.end - window.start, Math.max(0, index - window.start));
	const match = view.search?.match;
	return {
		text: view.text.slice(window.start, window.end),
		cursor: shift(view.cursor),
		...(view.search && {search: {...view.search, ...(match ? {match: {start: shift(match.start), end: shift(match.end)}} : {})}}),
	};
}
