import {useCallback, useEffect, useRef, useState} from 'react';
import {completionKey, historySuggestion, type CompletionMenu} from '../complete/prompt-keys.js';
import type {Completion} from '../complete/types.js';
import {type EditorEffect, editorReducer} from '../editor/editor-reducer.js';
import {type EditorState, createEditorState, resetAfterSubmit} from '../editor/editor-state.js';
import {type EditorView, editorView} from '../editor/editor-view.js';
import type {KeyAction} from '../editor/key-action.js';
import type {HistoryStore, HistoryWarning} from '../history/history-store.js';

export type PromptCallbacks = {
	history: HistoryStore;
	shouldContinue?: (text: string) => boolean;
	/** Return false to refuse the line: it stays in the prompt with its cursor, and is not recorded in history. */
	onSubmit: (text: string) => boolean;
	onChange?: (text: string, cursor: number) => void;
	onInterrupt?: (text: string) => void;
	onEof?: () => void;
	onClearScreen?: () => void;
	onOtherKey?: (key: {name: string; sequence: string}) => void;
	onHistoryWarning?: (warning: HistoryWarning) => void;
	/** Replaces the line being typed (a lesson's `:try`/F4), once per new id. */
	fill?: {text: string; id: number} | undefined;
	/** What Tab can insert at the cursor; without it, Tab is an other key. */
	complete?: (text: string, cursor: number) => Completion;
	/**
	Reads what a completion was missing (host folders); resolves true when it
	learned something, and Tab is pressed again if the line has not changed.
	*/
	prepareCompletion?: (completion: Completion) => Promise<boolean>;
	/** The completion list opened, changed or closed; called with the key, so the layout can make room in the same frame. */
	onMenuChange?: (menu: CompletionMenu | undefined) => void;
};

export type PromptEditor = {
	view: EditorView;
	handleAction: (action: KeyAction) => void;
	/** The completion list, while open. */
	menu: CompletionMenu | undefined;
	/** What history suggests after the cursor, shown dimmed. */
	suggestion: string | undefined;
};

/**
Runs the pure editor over key actions and turns its effects into callbacks.
The state lives in a ref as well as in React state, so several keys decoded
from one chunk (a paste then Enter) each see the state the previous one left.
*/
export function usePromptEditor(callbacks: PromptCallbacks): PromptEditor {
	const [state, setState] = useState<EditorState>(() => createEditorState());
	const [menu, setMenu] = useState<CompletionMenu | undefined>();
	const stateRef = useRef(state);
	const menuRef = useRef(menu);
	const callbacksRef = useRef(callbacks);
	callbacksRef.current = callbacks;

	const handleAction = useCallback((action: KeyAction) => {
		const current = callbacksRef.current;
		const history = current.history.entries();
		const before = editorView(stateRef.current, history);
		const {complete} = current;
		const completion = complete && !stateRef.current.pendingPaste ? completionKey(stateRef.current, menuRef.current, action, {history, complete}) : {handled: false as const};
		let next: EditorState;
		let nextMenu: CompletionMenu | undefined;
		if (completion.handled) {
			next = completion.editor;
			nextMenu = completion.menu;
			const wanted = completion.completion;
			if (wanted && wanted.candidates.length === 0 && wanted.directoriesWanted.length > 0) {
				const {text, cursor} = next;
				current.prepareCompletion?.(wanted).then(learned => {
					if (learned && stateRef.current.text === text && stateRef.current.cursor === cursor && !menuRef.current) {
						handleAction({type: 'other', name: 'tab', sequence: '\t'});
					}
				}, () => {
					// The session reads an unreadable folder as empty, so this should not happen; should it, Tab offers what it had.
				});
			}
		} else {
			const result = editorReducer(stateRef.current, action, {history, shouldContinue: current.shouldContinue});
			next = result.effect ? applyEffect(result.effect, result.state, current) : result.state;
		}

		stateRef.current = next;
		const menuChanged = menuRef.current !== nextMenu;
		menuRef.current = nextMenu;
		setState(next);
		setMenu(nextMenu);
		if (menuChanged) {
			current.onMenuChange?.(nextMenu);
		}
		const after = editorView(next, current.history.entries());
		if (after.text !== before.text || after.cursor !== before.cursor) {
			current.onChange?.(after.text, after.cursor);
		}
	}, []);

	const fillId = callbacks.fill?.id;
	useEffect(() => {
		const fill = callbacksRef.current.fill;
		if (!fill) {
			return;
		}

		const next = {...createEditorState(fill.text), killed: stateRef.current.killed};
		stateRef.current = next;
		setState(next);
		if (menuRef.current) {
			menuRef.current = undefined;
			setMenu(undefined);
			callbacksRef.current.onMenuChange?.(undefined);
		}

		callbacksRef.current.onChange?.(next.text, next.cursor);
	}, [fillId]);

	const history = callbacks.history.entries();
	return {view: editorView(state, history), handleAction, menu, suggestion: menu ? undefined : historySuggestion(state, history)};
}

function applyEffect(effect: EditorEffect, state: EditorState, callbacks: PromptCallbacks): EditorState {
	switch (effect.type) {
		case 'submit': {
			if (!callbacks.onSubmit(effect.text)) {
				return state;
			}

			callbacks.history.append(effect.text).then(warning => {
				if (warning) {
					callbacks.onHistoryWarning?.(warning);
				}
			}, (error: unknown) => {
				// append() never rejects by contract; should it, the line is still in memory and the user is told.
				callbacks.onHistoryWarning?.({kind: 'not-saved', file: callbacks.history.file ?? '', reason: error instanceof Error ? error.message : String(error)});
			});
			return resetAfterSubmit(state);
		}

		case 'interrupt': {
			callbacks.onInterrupt?.(effect.text);
			return state;
		}

		case 'eof': {
			callbacks.onEof?.();
			return state;
		}

		case 'clear-screen': {
			callbacks.onClearScreen?.();
			return state;
		}

		case 'other': {
			callbacks.onOtherKey?.({name: effect.name, sequence: effect.sequence});
			return state;
		}
	}
}
