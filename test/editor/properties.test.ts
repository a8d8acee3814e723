import test from 'ava';
import fc from 'fast-check';
import {type EditorContext, editorReducer} from '../../source/editor/editor-reducer.js';
import {createEditorState, resetAfterSubmit} from '../../source/editor/editor-state.js';
import {editorView} from '../../source/editor/editor-view.js';
import {isBoundary} from '../../source/editor/graphemes.js';
import type {KeyAction} from '../../source/editor/key-action.js';
import {decodeKeys} from '../../source/editor/decode-keys.js';

const tricky = ['a', 'Z', ' ', '-', '\\', '\'', '"', '\n', '\r', '\t', 'é', 'e', '\u0301', '👍', '🏽', '\u200D', '👨‍👩‍👧', '🇫', '🇷', '\uD83D', '\uDC4D', '\u0000', '\u001B', '\u007F', '中'];
const text = fc.array(fc.constantFrom(...tricky), {maxLength: 8}).map(parts => parts.join(''));

const action: fc.Arbitrary<KeyAction> = fc.oneof(
	text.map(value => ({type: 'insert', text: value}) as const),
	text.map(value => ({type: 'paste', text: value}) as const),
	fc.constantFrom<KeyAction>(
		{type: 'enter'},
		{type: 'newline'},
		{type: 'move', motion: 'left'},
		{type: 'move', motion: 'right'},
		{type: 'move', motion: 'word-left'},
		{type: 'move', motion: 'word-right'},
		{type: 'move', motion: 'line-start'},
		{type: 'move', motion: 'line-end'},
		{type: 'up'},
		{type: 'down'},
		{type: 'delete-backward'},
		{type: 'delete-forward'},
		{type: 'kill', range: 'to-line-start'},
		{type: 'kill', range: 'to-line-end'},
		{type: 'kill', range: 'shell-word-back'},
		{type: 'kill', range: 'word-back'},
		{type: 'kill', range: 'word-forward'},
		{type: 'yank'},
		{type: 'transpose'},
		{type: 'search-backward'},
		{type: 'cancel'},
		{type: 'interrupt'},
		{type: 'eof'},
		{type: 'clear-screen'},
		{type: 'other', name: 'tab', sequence: '\t'},
	),
);

// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

test('property: any key sequence keeps the cursor in range, on a grapheme boundary, and the text clean', t => {
	fc.assert(fc.property(
		fc.array(text, {maxLength: 5}),
		fc.array(fc.tuple(action, fc.boolean()), {maxLength: 60}),
		(history, steps) => {
			const context: EditorContext = {history};
			let state = createEditorState();
			for (const [key, accept] of steps) {
				const result = editorReducer(state, key, context);
				state = result.effect?.type === 'submit' && accept ? resetAfterSubmit(result.state) : result.state;
				for (const shown of [state, editorView(state, history)]) {
					if (shown.cursor < 0 || shown.cursor > shown.text.length || !isBoundary(shown.text, shown.cursor)) {
						return false;
					}
				}

				if (forbidden.test(state.text)) {
					return false;
				}
			}

			return true;
		},
	), {numRuns: 2000});
	t.pass();
});

test('property: raw terminal bytes decoded and applied never throw', t => {
	fc.assert(fc.property(fc.array(fc.oneof(fc.string({unit: 'binary', maxLength: 12}), fc.constantFrom('\u001B[D', '\u001B[1;5C', '\u0012', '\u0017', '\r', '\u001Bb')), {maxLength: 30}), chunks => {
		let state = createEditorState();
		for (const chunk of chunks) {
			for (const key of decodeKeys(chunk)) {
				state = editorReducer(state, key, {history: ['docker ps', 'docker volume ls']}).state;
			}
		}

		return isBoundary(state.text, state.cursor);
	}), {numRuns: 1000});
	t.pass();
});

test('property: inserting plain text then moving home and deleting forward gives the text back', t => {
	fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 20}).filter(value => !forbidden.test(value) && !value.includes('\n')), value => {
		let state = editorReducer(createEditorState(), {type: 'insert', text: value}, {history: []}).state;
		if (state.text !== value || state.cursor !== value.length) {
			return false;
		}

		state = editorReducer(state, {type: 'move', motion: 'line-start'}, {history: []}).state;
		let removed = 0;
		while (state.text !== '' && removed <= value.length) {
			state = editorReducer(state, {type: 'delete-forward'}, {history: []}).state;
			removed++;
		}

		return state.text === '' && removed <= value.length;
	}));
	t.pass();
});
