import test from 'ava';
import {createKeyDecoder} from '../../source/editor/decode-keys.js';
import {editorReducer} from '../../source/editor/editor-reducer.js';
import {type EditorState, createEditorState} from '../../source/editor/editor-state.js';
import {editorView} from '../../source/editor/editor-view.js';
import type {KeyAction} from '../../source/editor/key-action.js';
import {promptWindow, windowView} from '../../source/editor/prompt-window.js';
import {commandAt} from '../../source/repl/command-at.js';
import {commandLines, pasteEnd, pasteStart} from '../helpers/paste.js';

/** About 1 MB of docker commands, one a line, each line ended. */
function megabyteOfCommands(): {text: string; lines: number} {
	const {lines, text} = commandLines();
	return {text: `${text}\n`, lines: lines.length};
}

function apply(state: EditorState, actions: KeyAction[]): {state: EditorState; effects: string[]} {
	let current = state;
	const effects: string[] = [];
	for (const action of actions) {
		const result = editorReducer(current, action, {history: []});
		current = result.state;
		if (result.effect) {
			effects.push(result.effect.type);
		}
	}

	return {state: current, effects};
}

test('a 1 MB bracketed paste in 4 KiB chunks, its end marker cut between two, is one paste action', t => {
	const {text} = megabyteOfCommands();
	const decoder = createKeyDecoder({pastesAreMarked: true});
	const bytes = `${pasteStart}${text}${pasteEnd}x`;
	// A chunk boundary inside the end marker: 3 characters of it in one chunk, the rest in the next.
	const cut = bytes.length - pasteEnd.length - 1 + 3;
	const chunks: string[] = [];
	for (let start = 0; start < cut; start += 4096) {
		chunks.push(bytes.slice(start, Math.min(cut, start + 4096)));
	}

	chunks.push(bytes.slice(cut));
	const actions = chunks.flatMap(chunk => decoder.push(chunk));
	t.is(actions.length, 2);
	t.deepEqual(actions[0], {type: 'paste', text});
	t.deepEqual(actions[1], {type: 'insert', text: 'x'});
});

test('a paste longer than the decoder keeps is counted, not kept', t => {
	const decoder = createKeyDecoder({pastesAreMarked: true, maxPasteLength: 1000});
	const actions = [pasteStart, 'a\n'.repeat(400), 'b\n'.repeat(400), pasteEnd].flatMap(chunk => decoder.push(chunk));
	t.deepEqual(actions, [{type: 'paste', text: '', dropped: {length: 1600, lineBreaks: 800}}]);
	const {state} = apply(createEditorState('docker ps'), actions);
	t.like(state.pendingPaste, {dropped: true, bytes: 1600, lines: 801});
	const after = apply(state, [{type: 'insert', text: 'y'}]).state;
	t.is(after.pendingPaste, undefined, 'any key dismisses the notice');
	t.is(after.text, 'docker ps', 'nothing was inserted');
});

test('a 1 MB paste is asked about; y inserts it in one edit, the commands waiting for Enter; Ctrl-U then Ctrl-C clear it', t => {
	const {text, lines} = megabyteOfCommands();
	const asked = apply(createEditorState(), [{type: 'paste', text}]);
	t.is(asked.state.text, '', 'nothing is inserted before the answer');
	t.deepEqual(asked.effects, []);
	t.like(asked.state.pendingPaste, {bytes: text.length, lines, commands: lines, dropped: false});
	t.truthy(editorView(asked.state, []).pendingPaste);

	const waiting = apply(asked.state, [{type: 'insert', text: 'x'}, {type: 'move', motion: 'left'}]);
	t.truthy(waiting.state.pendingPaste, 'other keys wait for y or n');

	const inserted = apply(waiting.state, [{type: 'insert', text: 'y'}]);
	t.deepEqual(inserted.effects, [], 'separate commands are not run by the paste itself');
	t.is(inserted.state.pendingPaste, undefined);
	t.is(inserted.state.text, text.slice(0, -1));
	t.is(inserted.state.cursor, text.length - 1);

	const typed = apply(inserted.state, [{type: 'insert', text: 'z'}]);
	t.is(typed.state.text, `${text.slice(0, -1)}z`);

	const killed = apply(typed.state, [{type: 'kill', range: 'to-line-start'}]);
	t.true(killed.state.text.endsWith('\n'), 'Ctrl-U takes the last line');
	t.is(killed.state.text.length, text.length - `docker volume inspect paste_${lines - 1} --format '{{.Name}}'`.length - 1);

	const cleared = apply(killed.state, [{type: 'interrupt'}]);
	t.is(cleared.state.text, '');
	t.deepEqual(cleared.effects, ['interrupt']);
});

test('n, Enter, Escape and Ctrl-C drop a long paste; a new paste replaces it', t => {
	const long = 'docker ps\n'.repeat(10_000);
	for (const answer of [{type: 'insert', text: 'n'}, {type: 'enter'}, {type: 'cancel'}, {type: 'interrupt'}] satisfies KeyAction[]) {
		const {state, effects} = apply(createEditorState('docker '), [{type: 'paste', text: long}, answer]);
		t.is(state.text, 'docker ', answer.type);
		t.is(state.pendingPaste, undefined);
		t.deepEqual(effects, [], `${answer.type} only answers the question`);
	}

	const replaced = apply(createEditorState(), [{type: 'paste', text: long}, {type: 'paste', text: 'volume ls'}]);
	t.is(replaced.state.text, 'volume ls');
	t.is(replaced.state.pendingPaste, undefined);
});

test('a 1 MB single line: y inserts it, Ctrl-U clears it', t => {
	const line = `docker run --rm alpine echo ${'word '.repeat(200_000)}`;
	const {state} = apply(createEditorState(), [{type: 'paste', text: line}, {type: 'insert', text: 'o'}]);
	t.is(state.text, line);
	const {state: cleared} = apply(state, [{type: 'kill', range: 'to-line-start'}]);
	t.is(cleared.text, '');
	t.is(cleared.killed, line);
});

test('the prompt draws a window of a 1 MB text: a few rows around the cursor, the rest counted', t => {
	const {text, lines} = megabyteOfCommands();
	const body = text.slice(0, -1);
	const view = {text: body, cursor: body.length};
	const window = promptWindow(view, {width: 80, maxRows: 10, prefixWidth: 10});
	const shown = windowView(view, window);
	t.is(window.end, body.length);
	t.is(window.linesBefore + shown.text.split('\n').length, lines, 'every line is shown or counted');
	t.true(window.linesBefore > 0);
	t.is(window.linesAfter, 0);
	t.true(shown.text.split('\n').length <= 9, 'the marker row and the lines fit in 10 rows');
	t.is(shown.cursor, shown.text.length);

	const top = promptWindow({text: body, cursor: 0}, {width: 80, maxRows: 10, prefixWidth: 10});
	t.is(top.start, 0);
	t.is(top.linesBefore, 0);
	t.true(top.linesAfter > 0);
});

test('a 1 MB single line is cut around the cursor', t => {
	const line = `docker run --rm alpine echo ${'word '.repeat(200_000)}`;
	for (const cursor of [0, 500_000, line.length]) {
		const window = promptWindow({text: line, cursor}, {width: 80, maxRows: 10, prefixWidth: 10});
		t.true(window.start <= cursor && cursor <= window.end, `cursor ${cursor}`);
		t.true(window.end - window.start <= 800, 'about 10 rows of 80 columns');
		t.is(window.cutBefore, cursor !== 0);
		t.is(window.cutAfter, cursor !== line.length);
		t.is(window.linesBefore + window.linesAfter, 0);
	}
});

test('a short text is drawn whole', t => {
	const view = {text: 'docker run \\\n  --rm \\\n  alpine', cursor: 5};
	t.deepEqual(promptWindow(view, {width: 80, maxRows: 10, prefixWidth: 10}), {start: 0, end: view.text.length, linesBefore: 0, linesAfter: 0, cutBefore: false, cutAfter: false});
	t.is(windowView(view, promptWindow(view, {width: 80, maxRows: 10, prefixWidth: 10})), view);
});

test('the explanation reads only the command under the cursor of a 1 MB text', t => {
	const {text} = megabyteOfCommands();
	const body = text.slice(0, -1);
	t.is(commandAt(body, body.length).text, body.slice(body.lastIndexOf('\n') + 1));
});
