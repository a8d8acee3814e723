import test from 'ava';
import {appendToHistory, capHistory, maxHistoryEntryLength} from '../../source/history/history-list.js';
import {parseHistory, serializeHistory} from '../../source/history/history-format.js';
import {historyFilePath} from '../../source/history/history-path.js';

test('blank lines and a repeat of the newest entry are not recorded', t => {
	const entries = ['docker ps'];
	t.is(appendToHistory(entries, ''), entries);
	t.is(appendToHistory(entries, '  \t'), entries);
	t.is(appendToHistory(entries, 'docker ps'), entries);
	t.deepEqual(appendToHistory(entries, 'docker volume ls'), ['docker ps', 'docker volume ls']);
	t.deepEqual(appendToHistory(['a', 'b'], 'a'), ['a', 'b', 'a'], 'only consecutive repeats are skipped');
});

test('the oldest entries go beyond the cap', t => {
	t.deepEqual(appendToHistory(['1', '2', '3'], '4', 3), ['2', '3', '4']);
	t.deepEqual(capHistory(['1', '2', '3'], 0), []);
	t.is(appendToHistory(Array.from({length: 1000}, (_, index) => String(index)), 'new').length, 1000);
});

test('the file format round-trips any entry, multi-line and odd characters included', t => {
	const entries = ['docker run \\\n  alpine', 'echo "quoted" \'single\' \\\\', '👨‍👩‍👧 é', '{"json": true}', 'tab\there'];
	const content = serializeHistory(entries);
	t.is(content.split('\n').length, entries.length + 1);
	t.deepEqual(parseHistory(content), {entries, badLines: 0});
});

test('damaged lines are counted, readable ones kept', t => {
	t.deepEqual(parseHistory('"ok"\nnot json\n42\n"fine"\n\n{"a":1}\n"trunc'), {entries: ['ok', 'fine'], badLines: 4});
	t.deepEqual(parseHistory(''), {entries: [], badLines: 0});
});

test('history path: override, XDG state dir, fallback', t => {
	t.is(historyFilePath({env: {DOCKWISE_HISTORY_FILE: '/tmp/h', XDG_STATE_HOME: '/s'}, home: '/home/u'}), '/tmp/h');
	t.is(historyFilePath({env: {XDG_STATE_HOME: '/s'}, home: '/home/u'}), '/s/dockwise/history');
	t.is(historyFilePath({env: {XDG_STATE_HOME: 'relative'}, home: '/home/u'}), '/home/u/.local/state/dockwise/history');
	t.is(historyFilePath({env: {DOCKWISE_HISTORY_FILE: ''}, home: '/home/u'}), '/home/u/.local/state/dockwise/history');
});

test('a line longer than the limit (a large paste) is not recorded: the history stays small', t => {
	const entries = ['docker ps'];
	const pasted = `docker run --rm alpine echo ${'x'.repeat(maxHistoryEntryLength)}`;
	t.is(appendToHistory(entries, pasted), entries);
	t.deepEqual(appendToHistory(entries, 'docker volume ls'), ['docker ps', 'docker volume ls']);
});
