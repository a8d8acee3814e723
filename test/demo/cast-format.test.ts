import test from 'ava';
import {checkCast} from '../../source/demo/cast-check.js';
import {formatCast, type CastEvent} from '../../source/demo/cast-format.js';

const events: CastEvent[] = [
	{time: 0, code: 'o', data: 'dockwise> '},
	{time: 0.5, code: 'm', data: 'docker volume ls'},
	{time: 1.25, code: 'o', data: 'v\r\n'},
	{time: 1.25, code: 'o', data: ''},
];

test('v2: header with size and title, absolute times, one line per event, one final newline', t => {
	const text = formatCast({columns: 100, rows: 30, title: 'Demo'}, events, 'v2');
	const lines = text.split('\n');
	t.deepEqual(JSON.parse(lines[0]!), {version: 2, width: 100, height: 30, title: 'Demo', env: {TERM: 'xterm-256color'}});
	t.is(lines[1], '[0.000000, "o", "dockwise> "]');
	t.is(lines[3], '[1.250000, "o", "v\\r\\n"]');
	t.true(text.endsWith('"]\n'));
	t.deepEqual(checkCast(text).problems, []);
	t.deepEqual(checkCast(text).cast?.events.map(event => event.time), [0, 0.5, 1.25, 1.25]);
});

test('v3: term in the header, intervals between events', t => {
	const text = formatCast({columns: 80, rows: 24}, events, 'v3');
	const lines = text.split('\n');
	t.deepEqual(JSON.parse(lines[0]!), {version: 3, term: {cols: 80, rows: 24, type: 'xterm-256color'}});
	t.is(lines[3], '[0.750000, "o", "v\\r\\n"]');
	const {cast, problems} = checkCast(text);
	t.deepEqual(problems, []);
	t.deepEqual(cast?.events.map(event => event.time), [0, 0.5, 1.25, 1.25]);
});

test('the checker finds what players choke on', t => {
	const header = '{"version":2,"width":80,"height":24}';
	t.deepEqual(checkCast(`${header}\n[1.0, "o", "a"]\n[0.5, "o", "b"]\n`).problems, ['line 3: time 0.5 goes back (previous 1)']);
	t.deepEqual(checkCast(`${header}\n[1.0, "o", "a"]\n\n`).problems, ['the file must end with exactly one newline', 'line 3: not JSON']);
	t.deepEqual(checkCast(`${header}\n[1.0, "q", "a"]\n`).problems, ['line 2: unknown event code "q"']);
	t.deepEqual(checkCast(`${header}\n[1.0, "o"]\n`).problems, ['line 2: an event must be [number, code, string]']);
	t.deepEqual(checkCast('{"version":2,"width":0}\n').problems, ['line 1: the terminal size is missing or not a positive integer']);
	t.deepEqual(checkCast('{"version":3,"term":{"cols":80,"rows":24}}\n[-1, "o", "a"]\n').problems, ['line 2: negative interval -1']);
});
