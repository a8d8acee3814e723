import test from 'ava';
import {editorView} from '../../source/editor/editor-view.js';
import type {KeyAction} from '../../source/editor/key-action.js';
import {findMatch} from '../../source/editor/reverse-search.js';
import {at, keys, picture, press} from './helpers.js';

const history = [
	'docker volume create data',
	'docker run --rm -v data:/data alpine ls /data',
	'docker ps',
	'docker volume ls',
	'docker volume ls',
	'docker ps -a',
];

const search = (start: string, input: string | Array<KeyAction | string>, historyList = history) => {
	const run = press(at(start), input, {history: historyList});
	return {...run, view: editorView(run.state, historyList)};
};

test('Ctrl-R then typing finds the newest match, cursor at its start', t => {
	const {view} = search('draft|', keys.ctrlR + 'vol');
	t.deepEqual(view.search, {query: 'vol', failing: false, match: {start: 7, end: 10}});
	t.is(view.text, 'docker volume ls');
	t.is(view.cursor, 7);
});

test('before any character, the line is shown unchanged', t => {
	const {view} = search('draft|', keys.ctrlR);
	t.deepEqual(view, {text: 'draft', cursor: 5, search: {query: '', failing: false}});
});

test('typing refines from the current match', t => {
	const {view} = search('|', keys.ctrlR + 'docker v');
	t.is(view.text, 'docker volume ls');
	const refined = search('|', keys.ctrlR + 'docker volume c');
	t.is(refined.view.text, 'docker volume create data');
});

test('Ctrl-R again steps to older matches, skipping repeats of the same line', t => {
	t.is(search('|', keys.ctrlR + 'volume' + keys.ctrlR).view.text, 'docker volume create data');
	t.is(search('|', keys.ctrlR + 'ps' + keys.ctrlR).view.text, 'docker ps');
});

test('when nothing older matches, the search says failing and keeps the last match', t => {
	const {view} = search('|', keys.ctrlR + 'volume' + keys.ctrlR + keys.ctrlR);
	t.like(view.search, {query: 'volume', failing: true});
	t.is(view.text, 'docker volume create data');
	const typed = search('|', keys.ctrlR + 'volumez');
	t.like(typed.view.search, {query: 'volumez', failing: true});
	t.is(typed.view.text, 'docker volume ls');
});

test('a query that never matched shows the original line', t => {
	const {view} = search('orig|inal', keys.ctrlR + 'zzz');
	t.deepEqual(view, {text: 'original', cursor: 4, search: {query: 'zzz', failing: true}});
});

test('Backspace shortens the query and goes back to what the shorter query showed', t => {
	const {view} = search('|', keys.ctrlR + 'volume' + keys.ctrlR + 'x' + keys.backspace);
	t.like(view.search, {query: 'volume', failing: false});
	t.is(view.text, 'docker volume create data');
	const shorter = search('|', keys.ctrlR + 'volume' + keys.ctrlR + keys.backspace);
	t.like(shorter.view.search, {query: 'volum', failing: false});
	t.is(shorter.view.text, 'docker volume ls');
	t.like(search('|', keys.ctrlR + 'ab' + keys.backspace + keys.backspace + keys.backspace).view.search, {query: ''});
});

test('Enter accepts the match and submits it', t => {
	const {state, effects} = search('draft|', keys.ctrlR + 'rm' + keys.enter);
	t.deepEqual(effects, [{type: 'submit', text: 'docker run --rm -v data:/data alpine ls /data'}]);
	t.is(state.search, undefined);
});

test('Escape and Ctrl-G cancel and restore the original line and cursor', t => {
	for (const cancel of [keys.escape, keys.ctrlG]) {
		const {state, effects} = search('dra|ft', keys.ctrlR + 'rm' + cancel);
		t.is(picture(state), 'dra|ft');
		t.deepEqual(effects, []);
	}
});

test('a motion key accepts the match and moves from its start', t => {
	t.is(picture(search('|', keys.ctrlR + 'alpine' + keys.right).state), 'docker run --rm -v data:/data a|lpine ls /data');
	t.is(picture(search('|', keys.ctrlR + 'alpine' + keys.ctrlE).state), 'docker run --rm -v data:/data alpine ls /data|');
	t.is(picture(search('|', keys.ctrlR + 'alpine' + keys.ctrlK).state), 'docker run --rm -v data:/data |');
});

test('accepting with no match keeps the original line', t => {
	t.is(picture(search('orig|inal', keys.ctrlR + 'zzz' + keys.right).state), 'origi|nal');
});

test('after accepting, Up and Down continue from the match and return to the draft', t => {
	const {state} = search('draft|', keys.ctrlR + 'create' + keys.ctrlE + keys.down, history);
	t.is(picture(state), 'docker run --rm -v data:/data alpine ls /data|');
	const back = press(state, keys.down + keys.down + keys.down + keys.down + keys.down, {history}).state;
	t.is(picture(back), 'draft|');
});

test('Ctrl-R on an empty query repeats the last search', t => {
	const first = search('|', keys.ctrlR + 'create' + keys.escape);
	const {state} = press(first.state, keys.ctrlR + keys.ctrlR, {history});
	t.is(editorView(state, history).text, 'docker volume create data');
	t.like(editorView(state, history).search, {query: 'create'});
	const shortened = press(state, keys.backspace, {history}).state;
	t.like(editorView(shortened, history).search, {query: 'creat', failing: false});
});

test('search is case-insensitive unless the query has a capital letter', t => {
	const list = ['echo Hello', 'echo hello'];
	t.is(search('|', keys.ctrlR + 'HELLO', list).view.search?.failing, true);
	t.is(search('|', keys.ctrlR + 'Hello', list).view.text, 'echo Hello');
	t.is(search('|', keys.ctrlR + 'hello' + keys.ctrlR, list).view.text, 'echo Hello');
});

test('regular expression characters are taken literally', t => {
	t.deepEqual(findMatch(['a.b', 'axb'], 'a.b', 1), {index: 0, position: 0, length: 3});
	t.deepEqual(findMatch(['(x)', 'x'], '(x', 1), {index: 0, position: 0, length: 2});
	t.deepEqual(findMatch(['a-b/c'], '-b/', 0), {index: 0, position: 1, length: 3});
});

test('the last occurrence in an entry is the match', t => {
	t.deepEqual(findMatch(['data:/data'], 'data', 0), {index: 0, position: 6, length: 4});
});

test('Ctrl-C during a search clears the line and reports the original', t => {
	const {state, effects} = search('draft|', keys.ctrlR + 'ps' + keys.ctrlC);
	t.is(picture(state), '|');
	t.deepEqual(effects, [{type: 'interrupt', text: 'draft'}]);
});

test('Ctrl-L and other keys leave the search alone', t => {
	const {state, effects} = search('|', keys.ctrlR + 'ps' + keys.ctrlL + '\t');
	t.deepEqual(effects, [{type: 'clear-screen'}, {type: 'other', name: 'tab', sequence: '\t'}]);
	t.like(editorView(state, history).search, {query: 'ps'});
});

test('a paste refines the query, line breaks as spaces', t => {
	const {view} = search('|', [keys.ctrlR, {type: 'paste', text: 'docker\nps'}]);
	t.like(view.search, {query: 'docker ps'});
});

test('the cursor of a match starting inside a grapheme lands on its start', t => {
	const {view} = search('|', keys.ctrlR + '\u0301', ['cafe\u0301 ok']);
	t.is(view.cursor, 3);
});

test('a pasted query ending with a line break accepts and submits', t => {
	const {effects} = search('|', [keys.ctrlR, {type: 'paste', text: 'ps -\n'}]);
	t.deepEqual(effects, [{type: 'submit', text: 'docker ps -a'}]);
});
