import {chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {serializeHistory} from '../../source/history/history-format.js';
import {createMemoryHistory, openHistory} from '../../source/history/history-store.js';
import {formatHistoryWarning} from '../../source/history/messages.js';

const directories: string[] = [];

async function temporaryDirectory(): Promise<string> {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'dockwise-history-test-'));
	directories.push(directory);
	return directory;
}

test.after.always(async () => {
	await Promise.all(directories.map(async directory => rm(directory, {recursive: true, force: true})));
});

const lines = async (file: string) => (await readFile(file, 'utf8')).trimEnd().split('\n').map(line => JSON.parse(line) as string);

test('a missing file is an empty history; the first entry creates it private, in a private directory', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'state', 'dockwise', 'history');
	const {history, warning} = await openHistory({file});
	t.is(warning, undefined);
	t.deepEqual(history.entries(), []);
	t.is(await history.append('docker volume ls'), undefined);
	t.deepEqual(history.entries(), ['docker volume ls']);
	t.deepEqual(await lines(file), ['docker volume ls']);
	t.is((await stat(file)).mode & 0o777, 0o600);
	t.is((await stat(path.dirname(file))).mode & 0o777, 0o700);
});

test('the XDG state directory is used when no file is given', async t => {
	const directory = await temporaryDirectory();
	const {history} = await openHistory({env: {XDG_STATE_HOME: directory}, home: '/nonexistent'});
	t.is(history.file, path.join(directory, 'dockwise', 'history'));
	await history.append('docker ps');
	t.deepEqual(await lines(path.join(directory, 'dockwise', 'history')), ['docker ps']);
});

test('DOCKWISE_HISTORY_FILE wins', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'custom');
	const {history} = await openHistory({env: {DOCKWISE_HISTORY_FILE: file, XDG_STATE_HOME: path.join(directory, 'xdg')}, home: directory});
	t.is(history.file, file);
});

test('entries load back, multi-line ones whole, and a wider file mode is tightened on save', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'history');
	await writeFile(file, serializeHistory(['docker ps', 'docker run \\\n  alpine']), {mode: 0o644});
	await chmod(file, 0o644);
	const {history, warning} = await openHistory({file});
	t.is(warning, undefined);
	t.deepEqual(history.entries(), ['docker ps', 'docker run \\\n  alpine']);
	await history.append('docker volume ls');
	t.is((await stat(file)).mode & 0o777, 0o600);
});

test('blank lines and repeats are not saved', async t => {
	const file = path.join(await temporaryDirectory(), 'history');
	const {history} = await openHistory({file});
	await history.append('docker ps');
	await history.append('docker ps');
	await history.append('   ');
	await history.flush();
	t.deepEqual(await lines(file), ['docker ps']);
});

test('the cap holds in memory, on disk and when loading a longer file', async t => {
	const file = path.join(await temporaryDirectory(), 'history');
	await writeFile(file, serializeHistory(['1', '2', '3', '4', '5', '6']));
	const {history} = await openHistory({file, cap: 4});
	t.deepEqual(history.entries(), ['3', '4', '5', '6']);
	await history.append('7');
	t.deepEqual(history.entries(), ['4', '5', '6', '7']);
	t.deepEqual(await lines(file), ['4', '5', '6', '7']);
});

test('the default cap is 1000', async t => {
	const file = path.join(await temporaryDirectory(), 'history');
	await writeFile(file, serializeHistory(Array.from({length: 1200}, (_, index) => `echo ${index}`)));
	const {history} = await openHistory({file});
	t.is(history.entries().length, 1000);
	await history.append('last');
	t.is((await lines(file)).length, 1000);
	t.is(history.entries()[0], 'echo 201');
});

test('a damaged file: readable entries kept, warned once, moved aside before the first save', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'history');
	const damaged = '"docker ps"\n\u0000\u0001garbage\n"docker volume ls"\n';
	await writeFile(file, damaged);
	const {history, warning} = await openHistory({file});
	t.deepEqual(warning, {kind: 'damaged', file, badLines: 1, kept: 2});
	t.deepEqual(history.entries(), ['docker ps', 'docker volume ls']);
	t.is(await readFile(file, 'utf8'), damaged, 'loading alone never rewrites the file');

	const saved = await history.append('docker images');
	t.like(saved, {kind: 'moved-aside', file});
	const backups = (await readdir(directory)).filter(name => name.startsWith('history.corrupt-'));
	t.is(backups.length, 1);
	t.is(await readFile(path.join(directory, backups[0]!), 'utf8'), damaged);
	t.deepEqual(await lines(file), ['docker ps', 'docker volume ls', 'docker images']);
	t.is(await history.append('docker info'), undefined, 'the file is sound again: no more warnings');
});

test('a binary file gives an empty history and is kept', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'history');
	const binary = Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0x00]);
	await writeFile(file, binary);
	const {history, warning} = await openHistory({file});
	t.like(warning, {kind: 'damaged', kept: 0});
	t.deepEqual(history.entries(), []);
	await history.append('docker ps');
	const backups = (await readdir(directory)).filter(name => name.startsWith('history.corrupt-'));
	t.deepEqual(await readFile(path.join(directory, backups[0]!)), binary);
});

test('an unreadable path (a directory): warned, in-memory history, nothing written', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'history');
	await mkdir(file);
	const {history, warning} = await openHistory({file});
	t.deepEqual(warning, {kind: 'unreadable', file, reason: 'not-a-file'});
	t.is(await history.append('docker ps'), undefined);
	t.deepEqual(history.entries(), ['docker ps']);
	t.deepEqual(await readdir(directory), ['history']);
	t.deepEqual(await readdir(file), []);
});

test('a file that cannot be saved: the entry stays in memory, one warning', async t => {
	const directory = await temporaryDirectory();
	await writeFile(path.join(directory, 'not-a-directory'), '');
	const file = path.join(directory, 'not-a-directory', 'history');
	const {history, warning} = await openHistory({file});
	t.like(warning, {kind: 'unreadable', reason: 'ENOTDIR'});
	t.deepEqual(history.entries(), []);
	t.is(await history.append('docker ps'), undefined, 'nothing is written to a path that could not be read');
	t.deepEqual(history.entries(), ['docker ps']);
});

test('a save that fails says so once, and the history goes on in memory', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'sub', 'history');
	const {history} = await openHistory({file});
	await writeFile(path.join(directory, 'sub'), 'now a file');
	t.like(await history.append('one'), {kind: 'not-saved', file, reason: 'ENOTDIR'});
	t.is(await history.append('two'), undefined);
	t.deepEqual(history.entries(), ['one', 'two']);
});

test('/dev/null keeps history in memory, silently', async t => {
	const {history, warning} = await openHistory({file: '/dev/null'});
	t.is(warning, undefined);
	t.is(await history.append('docker ps'), undefined);
	t.deepEqual(history.entries(), ['docker ps']);
	t.true((await stat('/dev/null')).isCharacterDevice());
});

test('two sessions sharing a file keep each other\'s lines', async t => {
	const file = path.join(await temporaryDirectory(), 'history');
	const first = (await openHistory({file})).history;
	const second = (await openHistory({file})).history;
	await first.append('first 1');
	await second.append('second 1');
	await first.append('first 2');
	await Promise.all([first.flush(), second.flush()]);
	t.deepEqual(await lines(file), ['first 1', 'second 1', 'first 2']);
	t.deepEqual(first.entries(), ['first 1', 'first 2'], 'each session walks its own lines, as in bash');
});

test('quick appends from one session are saved in order', async t => {
	const file = path.join(await temporaryDirectory(), 'history');
	const {history} = await openHistory({file});
	const entries = Array.from({length: 30}, (_, index) => `docker ps --last ${index}`);
	// Not awaited one by one: each append starts while the previous save is under way.
	const appends = entries.map(async entry => history.append(entry));
	await history.flush();
	await Promise.all(appends);
	t.deepEqual(await lines(file), entries);
});

test('saves are atomic: a reader never sees a half-written file, and no temporary file is left', async t => {
	const directory = await temporaryDirectory();
	const file = path.join(directory, 'history');
	const long = (index: number) => `docker run --rm -v data-${index}:/data alpine sh -c '${'x'.repeat(2000)}'`;
	await writeFile(file, serializeHistory(Array.from({length: 900}, (_, index) => long(index))));
	const {history} = await openHistory({file});

	let done = false;
	let reads = 0;
	const reader = (async () => {
		while (!done) {
			const content = await readFile(file, 'utf8');
			t.true(content.endsWith('\n'));
			t.notThrows(() => content.trimEnd().split('\n').map(line => JSON.parse(line) as unknown));
			reads++;
		}
	})();
	for (let index = 0; index < 20; index++) {
		await history.append(long(1000 + index));
	}

	done = true;
	await reader;
	t.true(reads > 0);
	t.deepEqual(await readdir(directory), ['history']);
});

test('memory history: same rules, no file', async t => {
	const history = createMemoryHistory(['a', 'b', 'c'], {cap: 3});
	t.is(history.file, undefined);
	await history.append('c');
	await history.append('d');
	t.deepEqual(history.entries(), ['b', 'c', 'd']);
	await history.flush();
});

test('warnings read well in English and French', t => {
	const damaged = {kind: 'damaged', file: '/h', badLines: 1, kept: 2} as const;
	t.is(formatHistoryWarning(damaged, 'en'), 'History file /h: 1 damaged line was skipped and 2 entries kept. The file will be moved aside (renamed .corrupt-…) before history is next saved.');
	t.regex(formatHistoryWarning({...damaged, badLines: 3, kept: 1}, 'fr'), /3 lignes abîmées ignorées, 1 entrée conservée/);
	t.is(formatHistoryWarning({kind: 'unreadable', file: '/h', reason: 'EACCES'}, 'en'), 'Cannot read the history file /h (permission denied): it is left untouched and this session\'s history will not be saved.');
	t.regex(formatHistoryWarning({kind: 'not-saved', file: '/h', reason: 'EIO'}, 'fr'), /\(EIO\)/);
	t.regex(formatHistoryWarning({kind: 'moved-aside', file: '/h', backup: '/h.corrupt-1'}, 'en'), /\/h\.corrupt-1/);
	t.regex(formatHistoryWarning({kind: 'unreadable', file: '/h', reason: 'not-a-file'}, 'fr'), /pas un fichier ordinaire/);
});
