import {decodeKeys} from '../../source/editor/decode-keys.js';
import {type EditorContext, type EditorEffect, editorReducer} from '../../source/editor/editor-reducer.js';
import {type EditorState, createEditorState} from '../../source/editor/editor-state.js';
import {editorView} from '../../source/editor/editor-view.js';
import type {KeyAction} from '../../source/editor/key-action.js';

/** A state from a picture of the line: `docker ru|n` puts the cursor before `n`. */
export function at(picture: string): EditorState {
	const cursor = picture.indexOf('|');
	const text = picture.slice(0, cursor) + picture.slice(cursor + 1);
	return {...createEditorState(text), cursor};
}

/** The picture of what the user sees. */
export function picture(state: EditorState, history: readonly string[] = []): string {
	const {text, cursor} = editorView(state, history);
	return text.slice(0, cursor) + '|' + text.slice(cursor);
}

export type Run = {state: EditorState; effects: EditorEffect[]};

/** Applies actions, or the keys a terminal would send (decoded), one after the other. */
export function press(state: EditorState, keys: string | Array<KeyAction | string>, context: Partial<EditorContext> = {}): Run {
	const actions = typeof keys === 'string' ? decodeKeys(keys) : keys.flatMap(key => typeof key === 'string' ? decodeKeys(key) : [key]);
	const effects: EditorEffect[] = [];
	let current = state;
	for (const action of actions) {
		const result = editorReducer(current, action, {history: [], ...context});
		current = result.state;
		if (result.effect) {
			effects.push(result.effect);
		}
	}

	return {state: current, effects};
}

export const keys = {
	left: '\u001B[D',
	right: '\u001B[C',
	up: '\u001B[A',
	down: '\u001B[B',
	home: '\u001B[H',
	end: '\u001B[F',
	delete: '\u001B[3~',
	backspace: '\u007F',
	altLeft: '\u001B[1;3D',
	altRight: '\u001B[1;3C',
	ctrlLeft: '\u001B[1;5D',
	ctrlRight: '\u001B[1;5C',
	altB: '\u001Bb',
	altF: '\u001Bf',
	altD: '\u001Bd',
	altBackspace: '\u001B\u007F',
	altEnter: '\u001B\r',
	escape: '\u001B',
	enter: '\r',
	ctrlA: '\u0001',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	ctrlE: '\u0005',
	ctrlG: '\u0007',
	ctrlK: '\u000B',
	ctrlL: '\u000C',
	ctrlR: '\u0012',
	ctrlT: '\u0014',
	ctrlU: '\u0015',
	ctrlW: '\u0017',
	ctrlY: '\u0019',
} as const;
