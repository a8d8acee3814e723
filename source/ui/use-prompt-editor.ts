import {useCallback, useRef, useState} from 'react';
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
};

/**
Runs the pure editor over key actions and turns its effects into callbacks.
The state lives in a ref as well as in React state, so several keys decoded
from one chunk (a paste then Enter) each see the state the previous one left.
*/
export function usePromptEditor(callbacks: PromptCallbacks): {view: EditorView; handleAction: (action: KeyAction) => void} {
	const [state, setState] = useState<EditorState>(() => createEditorState());
	const stateRef = useRef(state);
	const callbacksRef = useRef(callbacks);
	callbacksRef.current = callbacks;

	const handleAction = useCallback((action: KeyAction) => {
		const current = callbacksRef.current;
		const history = current.history.entries();
		const before = editorView(stateRef.current, history);
		const result = editorReducer(stateRef.current, action, {history, shouldContinue: current.shouldContinue});
		const next = result.effect ? applyEffect(result.effect, result.state, current) : result.state;

		stateRef.current = next;
		setState(next);
		const after = editorView(next, current.history.entries());
		if (after.text !== before.text || after.cursor !== before.cursor) {
			current.onChange?.(after.text, after.cursor);
		}
	}, []);

	return {view: editorView(state, callbacks.history.entries()), handleAction};
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
