import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {render} from 'ink-testing-library';
import {type HistoryStore, type HistoryWarning, createMemoryHistory, openHistory} from '../../source/history/history-store.js';
import {Prompt, type PromptProps} from '../../source/ui/Prompt.js';
import {keyBindings} from '../../source/editor/key-bindings.js';

const keys = {
	left: '\u001B[D',
	up: '\u001B[A',
	down: '\u001B[B',
	delete: '\u001B[3~',
	backspace: '\u007F',
	escape: '\u001B',
	ctrlA: '\u0001',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	ctrlL: '\u000C',
	ctrlR: '\u0012',
	ctrlW: '\u0017',
	altB: '\u001Bb',
};

const delay = async (milliseconds: number) => new Promise(resolve => {
	setTimeout(resolve, milliseconds);
});

async function until(condition: () => boolean, what: string): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (condition()) {
			return;
		}

		await delay(10);
	}

	throw new Error(`Timed out waiting for ${what}`);
}

type Setup = Partial<PromptProps> & {history?: HistoryStore; accept?: (text: string) => boolean};

function setup({accept = () => true, history = createMemoryHistory(), ...props}: Setup = {}) {
	const calls = {
		submitted: [] as string[],
		changes: [] as Array<[string, number]>,
		interrupts: [] as string[],
		eof: 0,
		clear: 0,
		other: [] as string[],
		warnings: [] as HistoryWarning[],
	};
	const element = (overrides: Partial<PromptProps> = {}) => (
		<Prompt
			prefix='docker> '
			isActive
			lang='en'
			history={history}
			onSubmit={text => {
				calls.submitted.push(text);
				return accept(text);
			}}
			onChange={(text, cursor) => calls.changes.push([text, cursor])}
			onInterrupt={text => calls.interrupts.push(text)}
			onEof={() => calls.eof++}
			onClearScreen={() => calls.clear++}
			onOtherKey={key => calls.other.push(key.name)}
			onHistoryWarning={warning => calls.warnings.push(warning)}
			{...props}
			{...overrides}
		/>
	);
	const app = render(element());
	const frame = () => app.lastFrame() ?? '';
	const cursor = () => calls.changes.at(-1)?.[1];

	/** Writes keys the way a terminal would, one chunk at a time, and waits for Ink to handle them. */
	const type = async (...chunks: string[]) => {
		for (const chunk of chunks) {
			app.stdin.write(chunk);
			await delay(chunk.startsWith('\u001B') ? 20 : 5);
		}
	};

	return {app, calls, frame, cursor, type, history, rerender: (overrides: Partial<PromptProps>) => app.rerender(element(overrides))};
}

test.afterEach.always(async () => {
	await delay(5);
});

test('typing shows the text after the prefix', async t => {
	const {app, frame, type, calls} = setup();
	await delay(20);
	t.is(frame(), 'docker>');
	await type('d', 'o', 'c', 'k', 'e', 'r', ' ', 'p', 's');
	await until(() => frame() === 'docker> docker ps', 'the echo');
	t.deepEqual(calls.changes.at(-1), ['docker ps', 9]);
	app.unmount();
});

test('editing: arrows, Backspace and Delete are told apart, words, Ctrl-W', async t => {
	const {app, frame, type, cursor} = setup();
	await type('docker volume lss');
	await type(keys.backspace, keys.left, keys.left, keys.delete);
	await until(() => frame() === 'docker> docker volume s', 'the edit');
	t.is(cursor(), 14);
	await type(keys.altB, 'x');
	await until(() => frame() === 'docker> docker xvolume s', 'word motion');
	await type(keys.ctrlW);
	await until(() => frame() === 'docker> docker volume s', 'Ctrl-W');
	await type(keys.ctrlA, '[');
	await until(() => frame() === 'docker> [docker volume s', 'Ctrl-A');
	app.unmount();
});

test('Enter submits, records the line and clears the prompt', async t => {
	const {app, frame, type, calls, history} = setup();
	await type('docker ps', '\r');
	await until(() => calls.submitted.length === 1, 'the submit');
	t.deepEqual(calls.submitted, ['docker ps']);
	await until(() => frame() === 'docker>', 'a clear prompt');
	t.deepEqual(history.entries(), ['docker ps']);
	app.unmount();
});

test('a refused line stays, with its cursor, and is not recorded', async t => {
	const {app, frame, type, calls, cursor, history} = setup({accept: text => !text.includes('\'')});
	await type('echo \'hi', keys.left, keys.left);
	await until(() => cursor() === 6, 'the cursor move');
	await type('\r');
	await until(() => calls.submitted.length === 1, 'the submit');
	t.is(frame(), 'docker> echo \'hi');
	t.is(cursor(), 6);
	await type('\'');
	await until(() => frame() === 'docker> echo \'\'hi', 'the insert at the kept cursor');
	t.deepEqual(history.entries(), []);
	app.unmount();
});

test('a line typed with Enter in one chunk is submitted', async t => {
	const {app, type, calls} = setup();
	await type('docker volume ls\r');
	await until(() => calls.submitted.length === 1, 'the submit');
	t.deepEqual(calls.submitted, ['docker volume ls']);
	app.unmount();
});

test('Up and Down walk history and come back to the draft', async t => {
	const {app, frame, type} = setup({history: createMemoryHistory(['docker volume ls', 'docker ps'])});
	await type('dra');
	await type(keys.up);
	await until(() => frame() === 'docker> docker ps', 'the newest entry');
	await type(keys.up);
	await until(() => frame() === 'docker> docker volume ls', 'the older entry');
	await type(keys.down, keys.down);
	await until(() => frame() === 'docker> dra', 'the draft');
	t.pass();
	app.unmount();
});

test('Ctrl-R searches history; Enter runs the match', async t => {
	const {app, frame, type, calls} = setup({history: createMemoryHistory(['docker volume create data', 'docker ps', 'docker volume ls'])});
	await type(keys.ctrlR);
	await until(() => frame() === 'docker>\n(reverse-i-search)`\':', 'the search line');
	await type('v', 'o', 'l');
	await until(() => frame() === 'docker> docker volume ls\n(reverse-i-search)`vol\':', 'the match');
	await type(keys.ctrlR);
	await until(() => frame() === 'docker> docker volume create data\n(reverse-i-search)`vol\':', 'the older match');
	await type('x');
	await until(() => frame() === 'docker> docker volume create data\n(failing reverse-i-search)`volx\':', 'failing');
	await type(keys.backspace, '\r');
	await until(() => calls.submitted.length === 1, 'the submit');
	t.deepEqual(calls.submitted, ['docker volume create data']);
	await until(() => frame() === 'docker>', 'a clear prompt');
	app.unmount();
});

test('Escape cancels the search and restores the line', async t => {
	const {app, frame, type, cursor} = setup({history: createMemoryHistory(['docker ps'])});
	await type('abc', keys.left, keys.ctrlR, 'ps');
	await until(() => frame().startsWith('docker> docker ps'), 'the match');
	await type(keys.escape);
	await until(() => frame() === 'docker> abc', 'the original line');
	t.is(cursor(), 2);
	app.unmount();
});

test('the search label is translated', async t => {
	const {app, frame, type} = setup({lang: 'fr', history: createMemoryHistory(['docker ps'])});
	await type(keys.ctrlR, 'zz');
	await until(() => frame().includes('(recherche arrière, aucun résultat)`zz\' :'), 'the French label');
	t.pass();
	app.unmount();
});

test('Ctrl-C clears the line and reports it; on an empty line it reports an empty text', async t => {
	const {app, frame, type, calls} = setup();
	await type('docker ps');
	await type(keys.ctrlC);
	await until(() => frame() === 'docker>', 'the cleared line');
	await type(keys.ctrlC);
	await until(() => calls.interrupts.length === 2, 'two interrupts');
	t.deepEqual(calls.interrupts, ['docker ps', '']);
	t.deepEqual(calls.submitted, []);
	app.unmount();
});

test('Ctrl-D: end of input on an empty line only; Ctrl-L asks to clear', async t => {
	const {app, frame, type, calls} = setup();
	await type('ab', keys.left, keys.ctrlD);
	await until(() => frame() === 'docker> a', 'the forward delete');
	t.is(calls.eof, 0);
	await type(keys.backspace, keys.ctrlD, keys.ctrlL);
	await until(() => calls.eof === 1 && calls.clear === 1, 'eof and clear');
	t.pass();
	app.unmount();
});

test('continuation lines are shown with "> "', async t => {
	const {app, frame, type, calls} = setup();
	await type('docker run --rm \\', '\r', '  alpine');
	await until(() => frame() === 'docker> docker run --rm \\\n>   alpine', 'the continuation');
	await type('\r');
	await until(() => calls.submitted.length === 1, 'the submit');
	t.deepEqual(calls.submitted, ['docker run --rm \\\n  alpine']);
	app.unmount();
});

test('a multi-line paste waits for Enter', async t => {
	const {app, frame, type, calls} = setup();
	await type('docker volume create a\rdocker volume ls\r');
	await until(() => frame() === 'docker> docker volume create a\n> docker volume ls', 'the pasted lines');
	t.deepEqual(calls.submitted, []);
	app.unmount();
});

test('bracketed paste: markers written while active, pasted line breaks never submit', async t => {
	const {app, frame, type, calls, rerender} = setup({bracketedPaste: true});
	await delay(20);
	t.true(app.frames.includes('\u001B[?2004h'));
	await type('\u001B[200~echo a\r', 'echo b\u001B[201~');
	await until(() => frame() === 'docker> echo a\n> echo b', 'the paste');
	t.deepEqual(calls.submitted, []);
	rerender({isActive: false});
	await until(() => app.frames.includes('\u001B[?2004l'), 'bracketed paste off');
	t.pass();
	app.unmount();
});

test('an inactive prompt ignores keys until it is active again', async t => {
	const {app, frame, type, rerender} = setup({isActive: false});
	await type('ignored');
	await delay(20);
	t.is(frame(), 'docker>');
	rerender({isActive: true});
	await delay(20);
	await type('ok');
	await until(() => frame() === 'docker> ok', 'the typed text');
	t.pass();
	app.unmount();
});

test('keys the prompt does not use go to onOtherKey', async t => {
	const {app, type, calls} = setup();
	await type('\t', '\u001B[5~');
	await until(() => calls.other.length === 2, 'the keys');
	t.deepEqual(calls.other, ['tab', 'pageup']);
	app.unmount();
});

test('submitted lines reach the history file', async t => {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'dockwise-prompt-test-'));
	t.teardown(async () => rm(directory, {recursive: true, force: true}));
	const file = path.join(directory, 'history');
	const {history} = await openHistory({file});
	const {app, type, calls} = setup({history});
	await type('docker run \\', '\r', 'alpine', '\r');
	await until(() => calls.submitted.length === 1, 'the submit');
	await history.flush();
	t.is(await readFile(file, 'utf8'), '"docker run \\\\\\nalpine"\n');
	app.unmount();
});

test('a history that cannot be saved is reported through onHistoryWarning', async t => {
	const warning: HistoryWarning = {kind: 'not-saved', file: '/x', reason: 'EIO'};
	const failing: HistoryStore = {...createMemoryHistory(), append: async () => Promise.resolve(warning)};
	const {app, type, calls} = setup({history: failing});
	await type('docker ps\r');
	await until(() => calls.warnings.length === 1, 'the warning');
	t.deepEqual(calls.warnings, [warning]);
	app.unmount();
});

test('key bindings are described in English and French', t => {
	const english = keyBindings('en');
	const french = keyBindings('fr');
	t.is(english.length, french.length);
	t.true(english.length >= 15);
	t.regex(english.find(binding => binding.keys === 'Ctrl-R')?.description ?? '', /^search history backwards/);
	for (const binding of [...english, ...french]) {
		t.notRegex(binding.keys + binding.description, /\{|undefined/);
	}

	t.true(french.some(binding => binding.keys === 'Retour arrière'));
});

test('Tab: the list under the line, each candidate explained, control bytes escaped, its rows reported and bounded', async t => {
	const menuRows: number[] = [];
	const candidates = Array.from({length: 6}, (_, index) => ({value: `vol-${index}${index === 2 ? '\u001B[2J' : ''}`, description: `volume number ${index}`, suffix: ' '}));
	const {app, frame, type} = setup({
		complete: (text, cursor) => ({cursor, prefix: text.slice(text.lastIndexOf(' ') + 1, cursor), quote: undefined, candidates, directoriesWanted: []}),
		maxMenuRows: 4,
		onMenuRowsChange: rows => menuRows.push(rows),
	});
	await type('volume rm v', '\t');
	await until(() => frame().includes('… 3 more'), 'the list');
	t.regex(frame(), /^docker> volume rm vol-$/m, 'the common prefix is inserted');
	t.regex(frame(), /^vol-0\s+volume number 0$/m);
	t.regex(frame(), /^vol-2\\x1b\[2J\s+volume number 2$/m);
	t.not(frame().includes('\u001B[2J'), true);
	await until(() => menuRows.at(-1) === 4, 'the rows told');
	await type('\t');
	await until(() => /^docker> volume rm vol-0\s/.test(frame()), 'the first candidate');
	await type(keys.escape);
	await until(() => !frame().includes('more'), 'the list closed');
	await until(() => menuRows.at(-1) === 0, 'no rows told');
	t.pass();
	app.unmount();
});

test('the history suggestion is drawn after the cursor and never makes the line wrap', async t => {
	const history = createMemoryHistory(['volume create some_rather_long_volume_name_here']);
	const {app, frame, type} = setup({history, width: 40, complete: (_text, cursor) => ({cursor, prefix: '', quote: undefined, candidates: [], directoriesWanted: []})});
	await type('volume c');
	await until(() => frame().startsWith('docker> volume create some_rather_long'), 'the suggestion');
	t.is(frame().split('\n').length, 1);
	t.true(frame().length <= 40);
	await type('\u001B[C');
	await until(() => frame() === 'docker> volume create some_rather_long_volume_name_here', 'the suggestion taken');
	app.unmount();
});
