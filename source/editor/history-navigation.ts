import type {EditorState} from './editor-state.js';
import {historyEntry} from './text-input.js';

/** Parks the shown line: the new line goes to `draft`, a changed history entry to `historyEdits`. */
export function leaveLine(state: EditorState, history: readonly string[]): EditorState {
	const index = validIndex(state.historyIndex, history);
	if (index === undefined) {
		return {...state, draft: state.text, historyIndex: undefined};
	}

	const historyEdits = new Map(state.historyEdits);
	if (state.text === historyEntry(history, index)) {
		historyEdits.delete(index);
	} else {
		historyEdits.set(index, state.text);
	}

	return {...state, historyEdits};
}

/** Shows history entry `index` (undefined: the new line) with its pending edits, cursor at the end. */
export function arriveAt(state: EditorState, index: number | undefined, history: readonly string[]): EditorState {
	const text = index === undefined ? state.draft : state.historyEdits.get(index) ?? historyEntry(history, index) ?? '';
	return {...state, text, cursor: text.length, historyIndex: index, lastAction: 'history'};
}

export function historyPrevious(state: EditorState, history: readonly string[]): EditorState {
	const current = validIndex(state.historyIndex, history) ?? history.length;
	if (current === 0) {
		return {...state, lastAction: 'history'};
	}

	return arriveAt(leaveLine(state, history), current - 1, history);
}

export function historyNext(state: EditorState, history: readonly string[]): EditorState {
	const current = validIndex(state.historyIndex, history);
	if (current === undefined) {
		return {...state, lastAction: 'history'};
	}

	const next = current + 1 < history.length ? current + 1 : undefined;
	return arriveAt(leaveLine(state, history), next, history);
}

function validIndex(index: number | undefined, history: readonly string[]): number | undefined {
	return index !== undefined && index >= 0 && index < history.length ? index : undefined;
}
