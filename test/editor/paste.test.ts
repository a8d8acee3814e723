import test from 'ava';
import {at, picture, press} from './helpers.js';

const paste = (text: string) => ({type: 'paste', text}) as const;

test('a paste without line break is inserted at the cursor', t => {
	const {state, effects} = press(at('docker | alpine'), [paste('run --rm')]);
	t.is(picture(state), 'docker run --rm| alpine');
	t.deepEqual(effects, []);
});

test('a single line ending with a line break is inserted then submitted', t => {
	const {state, effects} = press(at('|'), [paste('docker volume ls\r\n')]);
	t.deepEqual(effects, [{type: 'submit', text: 'docker volume ls'}]);
	t.is(state.text, 'docker volume ls');
});

test('trailing blank lines of a paste count as one line break', t => {
	t.deepEqual(press(at('|'), [paste('docker ps\n\n\n')]).effects, [{type: 'submit', text: 'docker ps'}]);
});

test('a continued command pasted whole is one logical line: submitted', t => {
	const {effects} = press(at('|'), [paste('docker run --rm \\\n  -v data:/data \\\n  alpine ls /data\n')]);
	t.deepEqual(effects, [{type: 'submit', text: 'docker run --rm \\\n  -v data:/data \\\n  alpine ls /data'}]);
});

test('several commands pasted at once wait for review', t => {
	const {state, effects} = press(at('|'), [paste('docker volume create data\r\ndocker volume ls\r\n')]);
	t.deepEqual(effects, []);
	t.is(picture(state), 'docker volume create data\ndocker volume ls|');
});

test('a paste that ends inside a continuation keeps going', t => {
	const {state, effects} = press(at('|'), [paste('docker run \\\n')]);
	t.deepEqual(effects, []);
	t.is(picture(state), 'docker run \\\n|');
});

test('a multi-line paste without final line break is inserted as is', t => {
	const {state, effects} = press(at('a|'), [paste('\rb\rc')]);
	t.deepEqual(effects, []);
	t.is(picture(state), 'a\nb\nc|');
});

test('pasted tabs become spaces, control characters and escape sequences go', t => {
	const {state} = press(at('|'), [paste('a\tb\u0007c\u001B[31md\u001B[0m\u007F')]);
	t.is(state.text, 'a bcd');
});

test('a line typed quickly with Enter in one chunk is submitted, as if typed slowly', t => {
	t.deepEqual(press(at('|'), 'docker ps\r').effects, [{type: 'submit', text: 'docker ps'}]);
	t.deepEqual(press(at('|'), 'docker run \\\r').effects, []);
});

test('pasting into a continuation completes it', t => {
	const {effects} = press(at('docker run \\\n|'), [paste('alpine\n')]);
	t.deepEqual(effects, [{type: 'submit', text: 'docker run \\\nalpine'}]);
});
