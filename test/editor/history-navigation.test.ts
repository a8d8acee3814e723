import test from 'ava';
import {createEditorState} from '../../source/editor/editor-state.js';
import {at, keys, picture, press} from './helpers.js';

const history = ['docker volume ls', 'docker ps', 'docker run \\\n  alpine'];

test('Up walks back through history, Down forward, back to the draft', t => {
	let {state} = press(at('draft|'), keys.up, {history});
	t.is(picture(state), 'docker run \\\n  alpine|');
	state = press(state, keys.up, {history}).state;
	t.is(picture(state), 'docker ps|');
	state = press(state, keys.up + keys.up + keys.up, {history}).state;
	t.is(picture(state), 'docker volume ls|', 'stops at the oldest');
	state = press(state, keys.down + keys.down + keys.down, {history}).state;
	t.is(picture(state), 'draft|', 'the line being typed comes back');
	state = press(state, keys.down, {history}).state;
	t.is(picture(state), 'draft|');
});

test('Ctrl-P and Ctrl-N walk history too', t => {
	const {state} = press(createEditorState(), '\u0010\u0010\u000E', {history});
	t.is(picture(state), 'docker run \\\n  alpine|');
});

test('walking history goes straight through multi-line entries', t => {
	const {state} = press(at('|'), keys.up + keys.up, {history});
	t.is(picture(state), 'docker ps|');
});

test('Up in a multi-line line being edited moves up a line first', t => {
	const {state} = press(at('docker run \\\n  alp|ine'), keys.up, {history});
	t.is(picture(state), 'docke|r run \\\n  alpine');
	t.is(picture(press(state, keys.up, {history}).state), 'docker run \\\n  alpine|');
});

test('edits to a recalled entry are kept while walking, until submit', t => {
	let {state} = press(at('|'), keys.up + keys.up + ' -a', {history});
	t.is(picture(state), 'docker ps -a|');
	state = press(state, keys.up + keys.down, {history}).state;
	t.is(picture(state), 'docker ps -a|');
	const submitted = press(state, keys.enter, {history});
	t.deepEqual(submitted.effects, [{type: 'submit', text: 'docker ps -a'}]);
});

test('an edit undone is forgotten', t => {
	const {state} = press(at('|'), keys.up + keys.up + 'x' + keys.backspace + keys.down, {history});
	t.deepEqual([...state.historyEdits], []);
});

test('with no history, Up and Down do nothing', t => {
	t.is(picture(press(at('ab|c'), keys.up + keys.down).state), 'ab|c');
});

test('history shorter than the index in the state is tolerated', t => {
	const walked = press(at('|'), keys.up, {history}).state;
	const {state} = press(walked, keys.down + keys.up, {history: ['only']});
	t.is(picture(state), 'only|');
});

test('entries holding control characters (a hand-edited file) are recalled clean', t => {
	const list = ['echo \u001B[31mred\r\nnext\u0007'];
	t.is(press(at('|'), keys.up, {history: list}).state.text, 'echo red\nnext');
	t.is(press(at('|'), keys.ctrlR + 'red' + keys.right, {history: list}).state.text, 'echo red\nnext');
});
