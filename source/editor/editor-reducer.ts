import {type EditorState, type PendingPaste, createEditorState} from './editor-state.js';
import {boundaryAtOrAfter, boundaryAtOrBefore, graphemes, nextBoundary, previousBoundary} from './graphemes.js';
import {historyNext, historyPrevious} from './history-navigation.js';
import type {KeyAction, KillRange, Motion} from './key-action.js';
import {lineEnd, lineStart, verticalMove} from './lines.js';
import {acceptSearch, cancelSearch, refineSearch, shortenSearch, startSearch, stepSearch} from './reverse-search.js';
import {cleanPastedText, cleanTypedText, countLinesAndCommands, endsWithContinuation, isOneLogicalLine, utf8Length, withoutTrailingLineBreaks} from './text-input.js';
import {shellWordStartBefore, wordEndAfter, wordStartBefore} from './words.js';

export type EditorContext = {
	/** History entries, oldest first. */
	history: readonly string[];
	/** Whether Enter on this text adds a line instead of submitting. Default: a trailing unescaped backslash. */
	shouldContinue?: (text: string) => boolean;
	/** A paste longer than this (UTF-16 units) is asked about first. Default `pasteQuestionLength`. */
	pasteQuestionAbove?: number;
};

/**
64 Ki characters: far more than any command typed or copied from a page, far
less than what makes the prompt slow. Above it, the paste is more likely the
wrong clipboard than a command, and the user is asked (as terminals ask before
a paste of many lines).
*/
export const pasteQuestionLength = 64 * 1024;

/** The longest reverse-search query a paste gives: a search needs a few words, and each character is a search. */
const maxSearchPaste = 256;

/** What the application must do after a key; the editor itself never runs anything. */
export type EditorEffect =
	/** Enter on a complete line. Keep the returned state if the application refuses the line, `resetAfterSubmit` it otherwise. */
	| {type: 'submit'; text: string}
	/** Ctrl-C; `text` is the line as it was before being cleared (empty: the user pressed Ctrl-C on an empty line). */
	| {type: 'interrupt'; text: string}
	| {type: 'eof'}
	| {type: 'clear-screen'}
	| {type: 'other'; name: string; sequence: string};

export type EditorResult = {state: EditorState; effect?: EditorEffect};

/**
Applies one key to the editor. Pure: the same state, action and context always
give the same result, and the cursor always ends on a grapheme boundary.

Enter submits, unless `shouldContinue(text)`: then a line break is added at the
end of the text. A paste is inserted at the cursor with its line breaks; if it
ended with a line break, that final break acts as Enter, but only when the whole
text is then one logical line (every inner line break is a continuation).
A multi-line paste of separate commands therefore waits for the user to review
it and press Enter.
*/
export function editorReducer(state: EditorState, action: KeyAction, context: EditorContext): EditorResult {
	if (state.pendingPaste) {
		return answerPaste(state, state.pendingPaste, action, context);
	}

	if (action.type === 'paste' && (action.dropped !== undefined || action.text.length > (context.pasteQuestionAbove ?? pasteQuestionLength))) {
		return {state: {...state, pendingPaste: pendingPaste(action), lastAction: 'other'}};
	}

	return state.search ? searchReducer(state, action, context) : editReducer(state, action, context);
}

function pendingPaste(action: Extract<KeyAction, {type: 'paste'}>): PendingPaste {
	if (action.dropped) {
		return {text: '', bytes: action.dropped.length, lines: action.dropped.lineBreaks + 1, commands: 0, dropped: true};
	}

	const cleaned = withoutTrailingLineBreaks(cleanPastedText(action.text));
	return {text: action.text, bytes: utf8Length(action.text), ...countLinesAndCommands(cleaned), dropped: false};
}

/**
The key after a long paste: y (o in French) inserts it as any paste, n, Enter,
Escape or Ctrl-C drop it, a new paste replaces it; other keys wait. A paste too
long to keep is dropped by any key (the prompt only said so).
*/
function answerPaste(state: EditorState, pending: PendingPaste, action: KeyAction, context: EditorContext): EditorResult {
	const cleared: EditorState = {...state, pendingPaste: undefined};
	if (action.type === 'paste') {
		return editorReducer(cleared, action, context);
	}

	if (pending.dropped) {
		return {state: cleared};
	}

	const answer = action.type === 'insert' ? action.text.trim().charAt(0).toLowerCase() : '';
	if (answer === 'y' || answer === 'o') {
		return editorReducer(cleared, {type: 'paste', text: pending.text}, {...context, pasteQuestionAbove: Number.POSITIVE_INFINITY});
	}

	if (answer === 'n' || action.type === 'enter' || action.type === 'cancel' || action.type === 'interrupt') {
		return {state: cleared};
	}

	return {state};
}

function searchReducer(state: EditorState, action: KeyAction, context: EditorContext): EditorResult {
	const {history} = context;
	switch (action.type) {
		case 'insert': {
			return {state: refineByGrapheme(state, cleanTypedText(action.text), history)};
		}

		case 'paste': {
			const cleaned = cleanPastedText(action.text);
			const body = withoutTrailingLineBreaks(cleaned);
			const refined = refineByGrapheme(state, body.slice(0, maxSearchPaste).replaceAll('\n', ' '), history);
			return body === cleaned ? {state: refined} : editReducer(acceptSearch(refined, history), {type: 'enter'}, context);
		}

		case 'delete-backward': {
			return {state: shortenSearch(state, history)};
		}

		case 'search-backward': {
			return {state: stepSearch(state, history)};
		}

		case 'cancel': {
			return {state: cancelSearch(state)};
		}

		case 'interrupt': {
			return editReducer(cancelSearch(state), action, context);
		}

		case 'clear-screen': {
			return {state, effect: {type: 'clear-screen'}};
		}

		case 'other': {
			return {state, effect: {type: 'other', name: action.name, sequence: action.sequence}};
		}

		default: {
			// Any other key accepts the match and then does its usual job, as in readline.
			return editReducer(acceptSearch(state, history), action, context);
		}
	}
}

/** Several characters in one chunk refine the search as if typed one by one. */
function refineByGrapheme(state: EditorState, text: string, history: readonly string[]): EditorState {
	let refined = state;
	for (const grapheme of graphemes(text)) {
		refined = refineSearch(refined, grapheme, history);
	}

	return refined;
}

function editReducer(state: EditorState, action: KeyAction, context: EditorContext): EditorResult {
	const shouldContinue = context.shouldContinue ?? endsWithContinuation;
	switch (action.type) {
		case 'insert': {
			return {state: insert(state, cleanTypedText(action.text))};
		}

		case 'paste': {
			return paste(state, action.text, shouldContinue);
		}

		case 'newline': {
			return {state: insert(state, '\n')};
		}

		case 'enter': {
			return enter(state, shouldContinue);
		}

		case 'move': {
			return {state: {...state, cursor: moveTarget(state.text, state.cursor, action.motion), lastAction: 'other'}};
		}

		case 'up':
		case 'down': {
			const direction = action.type === 'up' ? -1 : 1;
			const target = state.lastAction === 'history' ? undefined : verticalMove(state.text, state.cursor, direction);
			if (target !== undefined) {
				return {state: {...state, cursor: target, lastAction: 'other'}};
			}

			return {state: direction < 0 ? historyPrevious(state, context.history) : historyNext(state, context.history)};
		}

		case 'delete-backward': {
			return {state: replaceRange(state, previousBoundary(state.text, state.cursor), state.cursor, '')};
		}

		case 'delete-forward': {
			return {state: replaceRange(state, state.cursor, nextBoundary(state.text, state.cursor), '')};
		}

		case 'kill': {
			return {state: kill(state, action.range)};
		}

		case 'yank': {
			return {state: insert(state, state.killed)};
		}

		case 'transpose': {
			return {state: transpose(state)};
		}

		case 'search-backward': {
			return {state: startSearch(state)};
		}

		case 'cancel': {
			return {state: {...state, lastAction: 'other'}};
		}

		case 'interrupt': {
			return {state: {...createEditorState(), killed: state.killed, lastSearchQuery: state.lastSearchQuery}, effect: {type: 'interrupt', text: state.text}};
		}

		case 'eof': {
			if (state.text === '') {
				return {state, effect: {type: 'eof'}};
			}

			return editReducer(state, {type: 'delete-forward'}, context);
		}

		case 'clear-screen': {
			return {state, effect: {type: 'clear-screen'}};
		}

		case 'other': {
			return {state, effect: {type: 'other', name: action.name, sequence: action.sequence}};
		}
	}
}

function enter(state: EditorState, shouldContinue: (text: string) => boolean): EditorResult {
	if (shouldContinue(state.text)) {
		const text = state.text + '\n';
		return {state: {...state, text, cursor: text.length, lastAction: 'other'}};
	}

	return {state: {...state, lastAction: 'other'}, effect: {type: 'submit', text: state.text}};
}

function paste(state: EditorState, raw: string, shouldContinue: (text: string) => boolean): EditorResult {
	const cleaned = cleanPastedText(raw);
	const body = withoutTrailingLineBreaks(cleaned);
	const inserted = insert(state, body);
	if (body === cleaned || !isOneLogicalLine(inserted.text, shouldContinue)) {
		return {state: inserted};
	}

	return enter(inserted, shouldContinue);
}

function insert(state: EditorState, text: string): EditorState {
	if (text === '') {
		return {...state, lastAction: 'other'};
	}

	const next = replaceRange(state, state.cursor, state.cursor, text);
	// Inserting can join graphemes (an accent typed before a combining mark): keep the insertion before the cursor.
	return {...next, cursor: boundaryAtOrAfter(next.text, state.cursor + text.length)};
}

/** Replaces text[start, end) and puts the cursor at `start`, on a grapheme boundary. */
function replaceRange(state: EditorState, start: number, end: number, replacement: string): EditorState {
	const text = state.text.slice(0, start) + replacement + state.text.slice(end);
	return {...state, text, cursor: boundaryAtOrBefore(text, start), lastAction: 'other'};
}

function moveTarget(text: string, cursor: number, motion: Motion): number {
	switch (motion) {
		case 'left': {
			return previousBoundary(text, cursor);
		}

		case 'right': {
			return nextBoundary(text, cursor);
		}

		case 'word-left': {
			return wordStartBefore(text, cursor);
		}

		case 'word-right': {
			return wordEndAfter(text, cursor);
		}

		case 'line-start': {
			return lineStart(text, cursor);
		}

		case 'line-end': {
			return lineEnd(text, cursor);
		}
	}
}

function killBounds(text: string, cursor: number, range: KillRange): [number, number] {
	switch (range) {
		case 'to-line-start': {
			const start = lineStart(text, cursor);
			// At the start of a continuation line, Ctrl-U takes the line break, as Ctrl-K does at the end.
			return [start === cursor && cursor > 0 ? cursor - 1 : start, cursor];
		}

		case 'to-line-end': {
			const end = lineEnd(text, cursor);
			return [cursor, end === cursor && cursor < text.length ? cursor + 1 : end];
		}

		case 'shell-word-back': {
			return [shellWordStartBefore(text, cursor), cursor];
		}

		case 'word-back': {
			return [wordStartBefore(text, cursor), cursor];
		}

		case 'word-forward': {
			return [cursor, wordEndAfter(text, cursor)];
		}
	}
}

function kill(state: EditorState, range: KillRange): EditorState {
	const [start, end] = killBounds(state.text, state.cursor, range);
	if (start === end) {
		return {...state, lastAction: state.lastAction === 'history' ? 'other' : state.lastAction};
	}

	const removed = state.text.slice(start, end);
	const backward = end === state.cursor;
	const continuing = state.lastAction === 'kill-backward' || state.lastAction === 'kill-forward';
	let killed = removed;
	if (continuing) {
		killed = backward ? removed + state.killed : state.killed + removed;
	}

	return {...replaceRange(state, start, end, ''), killed, lastAction: backward ? 'kill-backward' : 'kill-forward'};
}

/** Ctrl-T: swaps the grapheme before the cursor with the one under it (the last two at the end of a line). */
function transpose(state: EditorState): EditorState {
	const {text, cursor} = state;
	const atLineEnd = cursor === text.length || text[cursor] === '\n';
	const secondEnd = atLineEnd ? cursor : nextBoundary(text, cursor);
	const secondStart = previousBoundary(text, secondEnd);
	const firstStart = previousBoundary(text, secondStart);
	const first = text.slice(firstStart, secondStart);
	const second = text.slice(secondStart, secondEnd);
	if (cursor === 0 || first === '' || second === '' || first === '\n' || second === '\n') {
		return {...state, lastAction: 'other'};
	}

	const swapped = replaceRange(state, firstStart, secondEnd, second + first);
	return {...swapped, cursor: boundaryAtOrAfter(swapped.text, secondEnd)};
}
