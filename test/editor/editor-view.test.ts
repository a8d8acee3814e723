import test from 'ava';
import {viewLines} from '../../source/editor/editor-view.js';

test('the cursor is its own span, a space at the end of a line', t => {
	t.deepEqual(viewLines({text: 'abc', cursor: 1}, {showCursor: true}), [[{text: 'a'}, {text: 'b', cursor: true}, {text: 'c'}]]);
	t.deepEqual(viewLines({text: 'abc', cursor: 3}, {showCursor: true}), [[{text: 'abc'}, {text: ' ', cursor: true}]]);
	t.deepEqual(viewLines({text: '', cursor: 0}, {showCursor: true}), [[{text: ' ', cursor: true}]]);
});

test('a cursor on a wide grapheme covers all of it', t => {
	t.deepEqual(viewLines({text: 'a👨‍👩‍👧b', cursor: 1}, {showCursor: true}), [[{text: 'a'}, {text: '👨‍👩‍👧', cursor: true}, {text: 'b'}]]);
});

test('multi-line text gives one list of spans per line, the cursor on its line', t => {
	t.deepEqual(viewLines({text: 'run \\\nalpine', cursor: 5}, {showCursor: true}), [
		[{text: 'run \\'}, {text: ' ', cursor: true}],
		[{text: 'alpine'}],
	]);
	t.deepEqual(viewLines({text: 'a\n\nb', cursor: 2}, {showCursor: true}), [[{text: 'a'}], [{text: ' ', cursor: true}], [{text: 'b'}]]);
});

test('without cursor the text is plain', t => {
	t.deepEqual(viewLines({text: 'abc', cursor: 1}, {showCursor: false}), [[{text: 'abc'}]]);
});

test('the search match is marked', t => {
	t.deepEqual(viewLines({text: 'docker volume ls', cursor: 7, search: {query: 'vol', failing: false, match: {start: 7, end: 10}}}, {showCursor: false}), [
		[{text: 'docker '}, {text: 'vol', match: true}, {text: 'ume ls'}],
	]);
});
