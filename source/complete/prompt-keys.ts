import {wordEndAfter} from '../editor/words.js';
import type {EditorState} from '../editor/editor-state.js';
import type {KeyAction} from '../editor/key-action.js';
import {commonPrefix, insertionText} from './insertion.js';
import type {Completion} from './types.js';

/** The list under the prompt after a Tab that found several candidates. */
export type CompletionMenu = {
	/** The candidates; its `prefix` already includes the common prefix Tab inserted. */
	completion: Completion;
	/** The line once the common prefix was inserted: each candidate goes in at its cursor. */
	base: {text: string; cursor: number};
	/** The candidate now in the line, undefined before the second Tab. */
	selected: number | undefined;
};

export type CompletionContext = {
	history: readonly string[];
	complete: (text: string, cursor: number) => Completion;
};

export type CompletionKeyResult =
	/** Not a completion key: close the menu and let the editor handle it. */
	| {handled: false}
	| {handled: true; editor: EditorState; menu: CompletionMenu | undefined; completion?: Completion};

/**
The keys completion owns, before the editor sees them: Tab completes (one
candidate: inserted with what follows it; several: their common prefix, then
the list), Tab and Shift-Tab go through the list, Escape closes it, Enter
keeps the chosen candidate without running. Right (or End) at the end of the
line takes the history suggestion, Alt-F one word of it.
*/
export function completionKey(editor: EditorState, menu: CompletionMenu | undefined, action: KeyAction, context: CompletionContext): CompletionKeyResult {
	if (editor.search) {
		return {handled: false};
	}

	if (action.type === 'other' && (action.name === 'tab' || action.name === 'shift-tab')) {
		if (menu) {
			return {handled: true, ...cycle(editor, menu, action.name === 'tab' ? 1 : -1)};
		}

		return action.name === 'tab' ? {handled: true, ...complete(editor, context)} : {handled: false};
	}

	if (menu && action.type === 'cancel') {
		return {handled: true, editor, menu: undefined};
	}

	if (menu && action.type === 'enter' && menu.selected !== undefined) {
		return {handled: true, editor, menu: undefined};
	}

	if (action.type === 'move' && (action.motion === 'right' || action.motion === 'line-end' || action.motion === 'word-right')) {
		const suggestion = historySuggestion(editor, context.history);
		if (suggestion !== undefined) {
			const taken = action.motion === 'word-right' ? suggestion.slice(0, wordEndAfter(editor.text + suggestion, editor.cursor) - editor.cursor) : suggestion;
			return {handled: true, editor: withText(editor, editor.text + taken, editor.text.length + taken.length), menu: undefined};
		}
	}

	return {handled: false};
}

function complete(editor: EditorState, context: CompletionContext): {editor: EditorState; menu: CompletionMenu | undefined; completion: Completion} {
	const completion = context.complete(editor.text, editor.cursor);
	const {candidates} = completion;
	const after = editor.text.slice(editor.cursor);
	if (candidates.length === 0) {
		return {editor, menu: undefined, completion};
	}

	if (candidates.length === 1) {
		const [only] = candidates;
		return {editor: insertAtCursor(editor, insertionText(completion, only!.value, only!.suffix, {final: true, after})), menu: undefined, completion};
	}

	const common = commonPrefix(candidates);
	const next = insertAtCursor(editor, insertionText(completion, common, '', {final: false, after}));
	return {
		editor: next,
		menu: {completion: {...completion, prefix: common, cursor: next.cursor}, base: {text: next.text, cursor: next.cursor}, selected: undefined},
		completion,
	};
}

function cycle(editor: EditorState, menu: CompletionMenu, step: 1 | -1): {editor: EditorState; menu: CompletionMenu} {
	const count = menu.completion.candidates.length;
	const selected = menu.selected === undefined ? (step > 0 ? 0 : count - 1) : (menu.selected + step + count) % count;
	const candidate = menu.completion.candidates[selected]!;
	const {text, cursor} = menu.base;
	const inserted = insertionText(menu.completion, candidate.value, candidate.suffix, {final: true, after: text.slice(cursor)});
	return {editor: withText(editor, text.slice(0, cursor) + inserted + text.slice(cursor), cursor + inserted.length), menu: {...menu, selected}};
}

function insertAtCursor(editor: EditorState, inserted: string): EditorState {
	return withText(editor, editor.text.slice(0, editor.cursor) + inserted + editor.text.slice(editor.cursor), editor.cursor + inserted.length);
}

function withText(editor: EditorState, text: string, cursor: number): EditorState {
	return {...editor, text, cursor, lastAction: 'other'};
}

/**
What the newest history entry starting with the line would add, shown dimmed
after the cursor as fish does; only with the cursor at the end of a line
that has something typed.
*/
export function historySuggestion(editor: EditorState, history: readonly string[]): string | undefined {
	const {text, cursor} = editor;
	if (editor.search || cursor !== text.length || text.trim() === '') {
		return undefined;
	}

	for (let index = history.length - 1; index >= 0; index--) {
		const entry = history[index]!;
		if (entry.length > text.length && entry.startsWith(text)) {
			return entry.slice(text.length);
		}
	}

	return undefined;
}
