import test from 'ava';
import {acceptCapture, mayBeAutoRemoved, meaningfulChanges} from '../../source/state/layer-changes.js';
import {parseDiff} from '../../source/state/parse-queries.js';
import type {Container, Mount} from '../../source/state/types.js';
import {diffNoVolume, diffTornDown, diffWithMounts} from './fixtures.js';

const mounts: Mount[] = [
	{type: 'volume', name: 'v', destination: '/data', readOnly: false},
	{type: 'volume', name: 'a', destination: '/anon', readOnly: false},
	{type: 'bind', source: '/tmp', destination: '/hosttmp', readOnly: true},
	{type: 'tmpfs', destination: '/run/x'},
	{type: 'volume', name: 'my_volume', destination: '/home/my_folder', readOnly: false},
];

test('what the user wrote, without parent folders', t => {
	t.deepEqual(meaningfulChanges(parseDiff(diffNoVolume), []), [
		{kind: 'A', path: '/home/test.txt'},
		{kind: 'A', path: '/root/.ash_history'},
	]);
});

test('mount points and their parents are the engine\'s, not the user\'s', t => {
	t.deepEqual(meaningfulChanges(parseDiff(diffWithMounts), mounts), []);
	t.deepEqual(meaningfulChanges(parseDiff(`${diffWithMounts}\nA /home/notes.txt`), mounts), [{kind: 'A', path: '/home/notes.txt'}]);
});

test('deletions are always kept, an empty new folder too', t => {
	t.deepEqual(meaningfulChanges(parseDiff('D /etc/motd\nC /etc\nA /srv'), []), [{kind: 'D', path: '/etc/motd'}, {kind: 'A', path: '/srv'}]);
});

test('captures while running are believed, not final', t => {
	const layer = acceptCapture(undefined, parseDiff(diffNoVolume), {afterDeath: false, autoRemove: true, at: 7});
	t.deepEqual(layer, {changes: parseDiff(diffNoVolume), capturedAt: 7, final: false});
});

test('after a kept container stops, the capture is final', t => {
	t.like(acceptCapture(undefined, [], {afterDeath: true, autoRemove: false, at: 7}), {changes: [], final: true});
});

test('after a --rm container stops, a torn-down or empty capture is refused', t => {
	const previous = {changes: parseDiff(diffNoVolume), capturedAt: 1, final: false};
	t.is(acceptCapture(previous, parseDiff(diffTornDown), {afterDeath: true, autoRemove: true, at: 2}), undefined);
	t.is(acceptCapture(previous, [], {afterDeath: true, autoRemove: true, at: 2}), undefined);
	t.is(acceptCapture(previous, parseDiff('C /home'), {afterDeath: true, autoRemove: true, at: 2}), undefined);
	t.is(acceptCapture(undefined, parseDiff(diffTornDown), {afterDeath: true, autoRemove: true, at: 2}), undefined);
});

test('after a --rm container stops, a capture that only adds to the last one is believed', t => {
	const previous = {changes: parseDiff('C /home\nA /home/test.txt'), capturedAt: 1, final: false};
	const more = parseDiff('C /home\nA /home/test.txt\nC /root\nA /root/.ash_history');
	t.deepEqual(acceptCapture(previous, more, {afterDeath: true, autoRemove: true, at: 2}), {changes: more, capturedAt: 2, final: true});
	t.like(acceptCapture(undefined, parseDiff('A /x'), {afterDeath: true, autoRemove: true, at: 2}), {final: true});
});

test('a container known only from events may be a --rm one: its layer after death is judged as one', t => {
	const container: Container = {id: 'c', name: 'c', image: 'alpine', status: 'exited', autoRemove: false, labels: {}, mounts: [], detailed: false};
	t.true(mayBeAutoRemoved(undefined));
	t.true(mayBeAutoRemoved(container), 'not inspected yet');
	t.false(mayBeAutoRemoved({...container, detailed: true}), 'inspected: kept');
	t.true(mayBeAutoRemoved({...container, detailed: true, autoRemove: true}));
});
