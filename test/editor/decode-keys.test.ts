import test from 'ava';
import fc from 'fast-check';
import {createKeyDecoder, decodeKeys} from '../../source/editor/decode-keys.js';

const macro = test.macro((t, input: string, expected: unknown[]) => {
	t.deepEqual(decodeKeys(input), expected);
});

const move = (motion: string) => ({type: 'move', motion});

test('Backspace as DEL', macro, '\u007F', [{type: 'delete-backward'}]);
test('Backspace as Ctrl-H', macro, '\b', [{type: 'delete-backward'}]);
test('Delete', macro, '\u001B[3~', [{type: 'delete-forward'}]);
test('Ctrl-Delete kills the next word', macro, '\u001B[3;5~', [{type: 'kill', range: 'word-forward'}]);
test('Alt-Up and Alt-Down go to the application (the explanation panel scrolls), not to history', macro, '\u001B[1;3A\u001B[1;3B\u001B\u001B[A', [{type: 'other', name: 'alt-up', sequence: '\u001B[1;3A'}, {type: 'other', name: 'alt-down', sequence: '\u001B[1;3B'}, {type: 'other', name: 'alt-up', sequence: '\u001B\u001B[A'}]);

for (const sequence of ['\u001B[H', '\u001B[1~', '\u001B[7~', '\u001BOH']) {
	test(`Home as ${JSON.stringify(sequence)}`, macro, sequence, [move('line-start')]);
}

for (const sequence of ['\u001B[F', '\u001B[4~', '\u001B[8~', '\u001BOF']) {
	test(`End as ${JSON.stringify(sequence)}`, macro, sequence, [move('line-end')]);
}

test('arrows, CSI and SS3', macro, '\u001B[A\u001B[B\u001B[C\u001B[D\u001BOA\u001BOB\u001BOC\u001BOD', [
	{type: 'up'},
	{type: 'down'},
	move('right'),
	move('left'),
	{type: 'up'},
	{type: 'down'},
	move('right'),
	move('left'),
]);

test('control keys', macro, '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u000B\u000C\u000E\u0010\u0012\u0014\u0015\u0017\u0019', [
	move('line-start'),
	move('left'),
	{type: 'interrupt'},
	{type: 'eof'},
	move('line-end'),
	move('right'),
	{type: 'cancel'},
	{type: 'kill', range: 'to-line-end'},
	{type: 'clear-screen'},
	{type: 'down'},
	{type: 'up'},
	{type: 'search-backward'},
	{type: 'transpose'},
	{type: 'kill', range: 'to-line-start'},
	{type: 'kill', range: 'shell-word-back'},
	{type: 'yank'},
]);

test('Alt-b and Alt-f, either case', macro, '\u001Bb\u001Bf\u001BB\u001BF', [move('word-left'), move('word-right'), move('word-left'), move('word-right')]);

for (const [name, sequence] of [['xterm Alt', '\u001B[1;3D'], ['xterm Ctrl', '\u001B[1;5D'], ['xterm Meta', '\u001B[1;9D'], ['ESC ESC', '\u001B\u001B[D'], ['rxvt Ctrl', '\u001BOd'], ['old xterm', '\u001B[5D']]) {
	test(`word left: ${name}`, macro, sequence!, [move('word-left')]);
}

for (const [name, sequence] of [['xterm Alt', '\u001B[1;3C'], ['xterm Ctrl', '\u001B[1;5C'], ['ESC ESC', '\u001B\u001B[C'], ['rxvt Ctrl', '\u001BOc']]) {
	test(`word right: ${name}`, macro, sequence!, [move('word-right')]);
}

test('Alt-d and Alt-Backspace kill words', macro, '\u001Bd\u001B\u007F\u001B\b', [
	{type: 'kill', range: 'word-forward'},
	{type: 'kill', range: 'word-back'},
	{type: 'kill', range: 'word-back'},
]);

test('Escape alone and doubled', t => {
	t.deepEqual(decodeKeys('\u001B'), [{type: 'cancel'}]);
	t.deepEqual(decodeKeys('\u001B\u001B'), [{type: 'cancel'}]);
});

test('Enter is CR, and LF (Ctrl-J) too', macro, '\r\n', [{type: 'enter'}, {type: 'enter'}]);
test('Alt-Enter is a line break', macro, '\u001B\r', [{type: 'newline'}]);

test('typed text, including emoji and accents', macro, 'héllo 👋🏽', [{type: 'insert', text: 'héllo 👋🏽'}]);

test('fast typing mixes text and control keys in one chunk', macro, 'ab\u007Fc\u0001', [
	{type: 'insert', text: 'ab'},
	{type: 'delete-backward'},
	{type: 'insert', text: 'c'},
	move('line-start'),
]);

test('several escape sequences in one chunk', macro, 'x\u001B[D\u001B[Dy\u001B[3~\u001Bb', [
	{type: 'insert', text: 'x'},
	move('left'),
	move('left'),
	{type: 'insert', text: 'y'},
	{type: 'delete-forward'},
	move('word-left'),
]);

test('text with a line break in one chunk is a paste', macro, 'docker ps\r', [{type: 'paste', text: 'docker ps\r'}]);
test('a multi-line paste stays one action', macro, 'echo a\recho b\r', [{type: 'paste', text: 'echo a\recho b\r'}]);
test('a control key before a pasted line is still a key', macro, '\u0015docker ps\r', [
	{type: 'kill', range: 'to-line-start'},
	{type: 'paste', text: 'docker ps\r'},
]);

test('bracketed paste in one chunk', macro, '\u001B[200~a\tb\r\nc\u001B[201~', [{type: 'paste', text: 'a\tb\r\nc'}]);

test('bracketed paste across chunks, escape sequences inside kept for cleaning', t => {
	const decoder = createKeyDecoder();
	t.deepEqual(decoder.push('\u001B[200~'), []);
	t.deepEqual(decoder.push('line one\r'), []);
	t.deepEqual(decoder.push('\u001B[D'), []);
	t.deepEqual(decoder.push('line two\u001B[201~x'), [{type: 'paste', text: 'line one\r\u001B[Dline two'}, {type: 'insert', text: 'x'}]);
	t.deepEqual(decoder.push('\r'), [{type: 'enter'}]);
});

test('keys the editor does not use are reported by name', t => {
	t.like(decodeKeys('\t')[0], {type: 'other', name: 'tab'});
	t.like(decodeKeys('\u001B[Z')[0], {type: 'other', name: 'shift-tab'});
	t.like(decodeKeys('\u001B[5~')[0], {type: 'other', name: 'pageup'});
	t.like(decodeKeys('\u001B[6~')[0], {type: 'other', name: 'pagedown'});
	t.like(decodeKeys('\u001BOP')[0], {type: 'other', name: 'f1'});
	t.like(decodeKeys('\u001B[[A')[0], {type: 'other', name: 'f1'});
	t.like(decodeKeys('\u001Bx')[0], {type: 'other', name: 'alt-x'});
	t.like(decodeKeys('\u0000')[0], {type: 'other', name: 'ctrl-space'});
	t.like(decodeKeys('\u001F')[0], {type: 'other', name: 'ctrl-\u007F'});
});

test('kitty keyboard protocol keys', t => {
	t.deepEqual(decodeKeys('\u001B[97;5u'), [move('line-start')]);
	t.deepEqual(decodeKeys('\u001B[13u'), [{type: 'enter'}]);
	t.deepEqual(decodeKeys('\u001B[127u'), [{type: 'delete-backward'}]);
	t.deepEqual(decodeKeys('\u001B[27u'), [{type: 'cancel'}]);
	t.deepEqual(decodeKeys('\u001B[98;3u'), [move('word-left')]);
	t.deepEqual(decodeKeys('\u001B[120u'), [{type: 'insert', text: 'x'}]);
	t.like(decodeKeys('\u001B[97;5:3u')[0], {type: 'other', name: 'key-release'});
	t.like(decodeKeys('\u001B[55296u')[0], {type: 'other', name: 'unknown'});
});

test('unknown or cut sequences never become text', t => {
	for (const input of ['\u001B[', '\u001B[99~', '\u001B[1;5', '\u001BO', '\u001B[?1;2c']) {
		t.false(decodeKeys(input).some(action => action.type === 'insert' || action.type === 'paste'), JSON.stringify(input));
	}
});

test('property: decoding never throws, and plain text comes back whole', t => {
	fc.assert(fc.property(fc.string({unit: 'binary'}), input => {
		decodeKeys(input);
	}));
	// eslint-disable-next-line no-control-regex -- control characters are what is filtered out.
	fc.assert(fc.property(fc.string({unit: 'grapheme', minLength: 1}).filter(text => !/[\u0000-\u001F\u007F]/.test(text)), text => {
		t.deepEqual(decodeKeys(text), [{type: 'insert', text}]);
	}));
	t.pass();
});

test('when the terminal marks pastes, unmarked text with a line break is typing: Enter stays Enter', t => {
	const decoder = createKeyDecoder({pastesAreMarked: true});
	t.deepEqual(decoder.push('volume ls\recho'), [
		{type: 'insert', text: 'volume ls'},
		{type: 'enter'},
		{type: 'insert', text: 'echo'},
	]);
	t.deepEqual(decoder.push('\u001B[200~a\rb\u001B[201~'), [{type: 'paste', text: 'a\rb'}]);
	t.deepEqual(createKeyDecoder().push('volume ls\recho'), [{type: 'paste', text: 'volume ls\recho'}], 'without marks, it can only be a paste');
});
