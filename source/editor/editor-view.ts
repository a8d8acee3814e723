import {type EditorState, type PendingPaste, currentSearchStep} from './editor-state.js';
import {nextBoundary} from './graphemes.js';
import {searchedText} from './reverse-search.js';
import {historyEntry} from './text-input.js';

export type EditorView = {
	/** The text shown: the line being edited, or the current match while searching. */
	text: string;
	cursor: number;
	search?: {
		query: string;
		failing: boolean;
		/** The matched part of `text`, to highlight. */
		match?: {start: number; end: number};
	};
	/** A long paste waiting for the user's yes. */
	pendingPaste?: PendingPaste;
};

export function editorView(state: EditorState, history: readonly string[]): EditorView {
	const pending = state.pendingPaste ? {pendingPaste: state.pendingPaste} : {};
	if (!state.search) {
		return {text: state.text, cursor: state.cursor, ...pending};
	}

	const {text, cursor} = searchedText(state.search, history);
	const {query, failing, match} = currentSearchStep(state.search);
	const shown = match && historyEntry(history, match.index) === text ? {start: match.position, end: match.position + match.length} : undefined;
	return {text, cursor, search: {query, failing, ...(shown && {match: shown})}, ...pending};
}

export type Span = {
	text: string;
	/** The grapheme under the cursor (a space when the cursor is at the end of a line). */
	cursor?: boolean;
	/** Part of the reverse-search match. */
	match?: boolean;
};

/**
Cuts the shown text into display lines of styled spans. Spans never split a
grapheme; `showCursor: false` renders the text plainly (an inactive prompt).
*/
export function viewLines(view: EditorView, {showCursor}: {showCursor: boolean}): Span[][] {
	const {text, cursor} = view;
	const match = view.search?.match;
	const cursorEnd = nextBoundary(text, cursor);
	const lines: Span[][] = [];
	let start = 0;
	for (const lineText of text.split('\n')) {
		const end = start + lineText.length;
		const cuts = new Set([start, end]);
		for (const point of [showCursor ? cursor : -1, showCursor ? cursorEnd : -1, match?.start ?? -1, match?.end ?? -1]) {
			if (point > start && point < end) {
				cuts.add(point);
			}
		}

		const points = [...cuts].sort((a, b) => a - b);
		const spans: Span[] = [];
		for (const [index, from] of points.slice(0, -1).entries()) {
			const to = points[index + 1] ?? end;
			const span: Span = {text: text.slice(from, to)};
			if (showCursor && from === cursor) {
				span.cursor = true;
			}

			if (match && from >= match.start && to <= match.end) {
				span.match = true;
			}

			spans.push(span);
		}

		if (showCursor && cursor === end) {
			spans.push({text: ' ', cursor: true});
		}

		lines.push(spans);
		start = end + 1;
	}

	return lines;
}
