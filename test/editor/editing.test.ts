import test from 'ava';
import {createEditorState} from '../../source/editor/editor-state.js';
import {at, keys, picture, press} from './helpers.js';

const edit = test.macro((t, start: string, input: string, expected: string) => {
	t.is(picture(press(at(start), input).state), expected);
});

test('typing inserts at the cursor', edit, 'docker |ps', 'run ', 'docker run |ps');
test('left and right', edit, 'ab|c', keys.left + keys.left + 'x' + keys.right + keys.right + keys.right, 'xabc|');
test('left stops at the start, right at the end', edit, 'a|', keys.left + keys.left + '<' + keys.right + keys.right + keys.right + '>', '<a>|');
test('Ctrl-B and Ctrl-F move too', edit, 'ab|c', '\u0002\u0002\u0006', 'a|bc');
test('Home and End', edit, 'docker |ps', keys.home + 'x' + keys.end + 'y', 'xdocker psy|');
test('Ctrl-A and Ctrl-E', edit, 'docker |ps', keys.ctrlA + '[' + keys.ctrlE + ']', '[docker ps]|');
test('Backspace deletes before the cursor', edit, 'dockerr| ps', keys.backspace, 'docker| ps');
test('Backspace at the start does nothing', edit, '|ps', keys.backspace, '|ps');
test('Delete deletes under the cursor', edit, 'dock|xer', keys.delete, 'dock|er');
test('Delete at the end does nothing', edit, 'ps|', keys.delete, 'ps|');
test('Ctrl-U kills to the start', edit, 'docker volume| ls', keys.ctrlU, '| ls');
test('Ctrl-K kills to the end', edit, 'docker volume| ls', keys.ctrlK, 'docker volume|');
test('Ctrl-W kills the previous whitespace-delimited word', edit, 'run --mount type=volume,src=x|', keys.ctrlW, 'run --mount |');
test('Ctrl-W skips spaces first', edit, 'run --rm   |alpine', keys.ctrlW, 'run |alpine');
test('Ctrl-W at the start does nothing', edit, '|run', keys.ctrlW, '|run');
test('Alt-Backspace kills the previous letters-and-digits word', edit, 'src=my-vol|', keys.altBackspace, 'src=my-|');
test('Alt-d kills the next word', edit, 'docker| volume ls', keys.altD, 'docker| ls');
test('Alt-b and Alt-f walk letters-and-digits words', edit, '--volume-driver local|', keys.altB + keys.altB + '<' + keys.altF + '>', '--volume-<driver>| local');
test('Alt-left and Alt-right', edit, 'docker volume |ls', keys.altLeft + keys.altLeft + keys.altRight, 'docker| volume ls');
test('Ctrl-left and Ctrl-right', edit, 'docker volume |ls', keys.ctrlLeft + keys.ctrlRight + keys.ctrlRight, 'docker volume ls|');
test('word motions stop at the ends', edit, '  |x', keys.altB + keys.altB + '^' + keys.altF + keys.altF + keys.altF, '^  x|');
test('Ctrl-T swaps the two characters around the cursor', edit, 'dokc|er', keys.left + keys.ctrlT, 'dock|er');
test('Ctrl-T at the end swaps the last two', edit, 'dockre|', keys.ctrlT, 'docker|');
test('Ctrl-T at the start does nothing', edit, '|ab', keys.ctrlT, '|ab');

test('Ctrl-Y yanks the last kill', t => {
	const {state} = press(at('docker volume| ls'), keys.ctrlK + keys.ctrlA + keys.ctrlY);
	t.is(picture(state), ' ls|docker volume');
});

test('consecutive kills accumulate, in reading order', t => {
	const backward = press(at('a b c|'), keys.ctrlW + keys.ctrlW + keys.ctrlY).state;
	t.is(picture(backward), 'a b c|');
	t.is(backward.killed, 'b c');
	const forward = press(at('|a b c'), keys.altD + keys.altD + keys.ctrlY).state;
	t.is(forward.killed, 'a b');
	t.is(picture(forward), 'a b| c');
});

test('a motion between kills starts a new kill', t => {
	const {state} = press(at('a b c|'), keys.ctrlW + keys.left + keys.right + keys.ctrlW);
	t.is(state.killed, 'b ');
});

test('Ctrl-Y with nothing killed inserts nothing', edit, 'ab|', keys.ctrlY, 'ab|');

test('the cursor never splits an emoji, a flag, a family or an accent', t => {
	const text = 'a👍🏽b🇫🇷c👨‍👩‍👧d' + 'e\u0301';
	const stops: string[] = [];
	let state = {...createEditorState(text), cursor: 0};
	for (let step = 0; step < 12; step++) {
		stops.push(picture(state));
		state = press(state, keys.right).state;
	}

	t.deepEqual(stops.slice(0, 10), [
		'|a👍🏽b🇫🇷c👨‍👩‍👧de\u0301',
		'a|👍🏽b🇫🇷c👨‍👩‍👧de\u0301',
		'a👍🏽|b🇫🇷c👨‍👩‍👧de\u0301',
		'a👍🏽b|🇫🇷c👨‍👩‍👧de\u0301',
		'a👍🏽b🇫🇷|c👨‍👩‍👧de\u0301',
		'a👍🏽b🇫🇷c|👨‍👩‍👧de\u0301',
		'a👍🏽b🇫🇷c👨‍👩‍👧|de\u0301',
		'a👍🏽b🇫🇷c👨‍👩‍👧d|e\u0301',
		'a👍🏽b🇫🇷c👨‍👩‍👧de\u0301|',
		'a👍🏽b🇫🇷c👨‍👩‍👧de\u0301|',
	]);
	t.is(picture(press(at('a👨‍👩‍👧|'), keys.backspace).state), 'a|');
	t.is(picture(press(at('|👍🏽b'), keys.delete).state), '|b');
});

test('an accent typed before a combining mark keeps the cursor after the joined letter', t => {
	const {state} = press(at('|\u0301x'), [{type: 'insert', text: 'e'}]);
	t.is(state.text, 'e\u0301x');
	t.is(state.cursor, 2);
});

test('typed control characters never reach the text', t => {
	const {state} = press(at('|'), [{type: 'insert', text: 'a\u0000b\u001B[31mc\u0085d\u007F'}]);
	t.is(state.text, 'abcd');
});

test('Enter submits the text without changing it', t => {
	const {state, effects} = press(at('docker| ps'), keys.enter);
	t.deepEqual(effects, [{type: 'submit', text: 'docker ps'}]);
	t.is(picture(state), 'docker| ps');
});

test('Enter after a trailing backslash continues on a new line', t => {
	const {state, effects} = press(at('docker run \\|'), keys.enter + '  alpine');
	t.deepEqual(effects, []);
	t.is(picture(state), 'docker run \\\n  alpine|');
	t.deepEqual(press(state, keys.enter).effects, [{type: 'submit', text: 'docker run \\\n  alpine'}]);
});

test('an escaped backslash does not continue', t => {
	t.deepEqual(press(at('echo \\\\|'), keys.enter).effects, [{type: 'submit', text: 'echo \\\\'}]);
});

test('Enter continues wherever the cursor is', t => {
	t.is(picture(press(at('run |\\'), keys.enter).state), 'run \\\n|');
});

test('the application decides what continues', t => {
	const unbalanced = (text: string) => (text.match(/'/g)?.length ?? 0) % 2 === 1;
	const {state, effects} = press(at('echo \'a|'), keys.enter + 'b\'' + keys.enter, {shouldContinue: unbalanced});
	t.deepEqual(effects, [{type: 'submit', text: 'echo \'a\nb\''}]);
	t.is(state.text, 'echo \'a\nb\'');
	t.deepEqual(press(at('run \\|'), keys.enter, {shouldContinue: () => false}).effects, [{type: 'submit', text: 'run \\'}]);
});

test('Alt-Enter inserts a line break at the cursor', edit, 'a|b', keys.altEnter, 'a\n|b');

test('Home, End and kills work on the current line of a multi-line text', t => {
	t.is(picture(press(at('run \\\n  -v |x \\\n  alpine'), keys.home).state), 'run \\\n|  -v x \\\n  alpine');
	t.is(picture(press(at('run \\\n  -v |x \\\n  alpine'), keys.end).state), 'run \\\n  -v x \\|\n  alpine');
	t.is(picture(press(at('run \\\n  -v |x \\\n  alpine'), keys.ctrlU).state), 'run \\\n|x \\\n  alpine');
	t.is(picture(press(at('run \\\n  -v |x \\\n  alpine'), keys.ctrlK).state), 'run \\\n  -v |\n  alpine');
});

test('at the edge of a line, Ctrl-K and Ctrl-U take the line break', t => {
	t.is(picture(press(at('a \\|\nb'), keys.ctrlK).state), 'a \\|b');
	t.is(picture(press(at('a \\\n|b'), keys.ctrlU).state), 'a \\|b');
	t.is(picture(press(at('a \\\n|b'), keys.backspace).state), 'a \\|b');
});

test('Up and Down move between the lines of a multi-line text, by grapheme column', t => {
	const start = at('docker run \\\n  -v 👍🏽|x \\\n  alpine');
	t.is(picture(press(start, keys.up).state), 'docker| run \\\n  -v 👍🏽x \\\n  alpine');
	t.is(picture(press(start, keys.down).state), 'docker run \\\n  -v 👍🏽x \\\n  alpi|ne');
	t.is(picture(press(at('abcdef \\\n|x'), keys.up + keys.end + keys.down).state), 'abcdef \\\nx|');
});

test('Ctrl-D deletes forward on a non-empty line and signals end of input on an empty one', t => {
	const deleted = press(at('a|bc'), keys.ctrlD);
	t.is(picture(deleted.state), 'a|c');
	t.deepEqual(deleted.effects, []);
	t.deepEqual(press(at('|'), keys.ctrlD).effects, [{type: 'eof'}]);
	t.deepEqual(press(at('abc|'), keys.ctrlD).effects, []);
});

test('Ctrl-C clears the line and reports what it held', t => {
	const {state, effects} = press(at('docker r|un'), keys.ctrlC);
	t.is(picture(state), '|');
	t.deepEqual(effects, [{type: 'interrupt', text: 'docker run'}]);
	t.deepEqual(press(state, keys.ctrlC).effects, [{type: 'interrupt', text: ''}]);
});

test('Ctrl-L asks for a clear screen and keeps the line', t => {
	const {state, effects} = press(at('ab|c'), keys.ctrlL);
	t.is(picture(state), 'ab|c');
	t.deepEqual(effects, [{type: 'clear-screen'}]);
});

test('Escape outside a search changes nothing', edit, 'ab|c', keys.escape, 'ab|c');

test('other keys are passed on to the application', t => {
	const {state, effects} = press(at('ab|c'), '\t');
	t.is(picture(state), 'ab|c');
	t.deepEqual(effects, [{type: 'other', name: 'tab', sequence: '\t'}]);
});
