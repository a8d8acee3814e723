import wrapAnsi from 'wrap-ansi';
import type {EditorView} from '../editor/editor-view.js';
import {type PromptWindow, promptWindow, windowView} from '../editor/prompt-window.js';

export type PromptShape = {
	prefix: string;
	continuationPrefix: string;
	/** Columns of the prompt's column. */
	width: number;
	/** Most rows the line being edited may take; a longer text is drawn as a window around the cursor. */
	maxRows: number;
};

/** Most rows the prompt takes in a terminal of `rows` rows: a third, so the panels keep room. */
export function promptRowLimit(rows: number): number {
	return Math.max(3, Math.floor(rows / 3));
}

/** The window of `view` the prompt draws, and the view restricted to it. */
export function shownPrompt(view: EditorView, {prefix, width, maxRows}: PromptShape): {window: PromptWindow; shown: EditorView} {
	const window = promptWindow(view, {width, maxRows, prefixWidth: prefix.length});
	return {window, shown: windowView(view, window)};
}

/**
Rows the prompt takes once Ink wraps it (each line after its prefix, with room
for the cursor, plus the marker rows of hidden lines). Only the window is
wrapped: wrap-ansi costs ~40 µs a character here, 40 s for a 1 MB line.
*/
export function promptRows(view: EditorView, shape: PromptShape): number {
	const {window, shown} = shownPrompt(view, shape);
	const lines = shown.text.split('\n');
	const wrapped = lines.reduce((total, part, index) => {
		const prefix = index === 0 && window.linesBefore === 0 ? shape.prefix : shape.continuationPrefix;
		const cuts = (index === 0 && window.cutBefore ? '…' : '') + (index === lines.length - 1 && window.cutAfter ? '…' : '');
		return total + wrapAnsi(`${prefix}${cuts}${part} `, shape.width, {trim: false, hard: true}).split('\n').length;
	}, 0);
	return wrapped + (window.linesBefore > 0 ? 1 : 0) + (window.linesAfter > 0 ? 1 : 0);
}
