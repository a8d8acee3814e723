import test from 'ava';
import {diffStates} from '../../source/state/diff.js';
import {narrate, narrateChanges, narrateElsewhere} from '../../source/state/narrate.js';
import type {LayerChange, VolumeContents} from '../../source/state/types.js';
import {apply, container, stateWith, volume} from './build.js';

const id = 'b'.repeat(64);

/** A container run in place of --rm, read exactly after it stopped, then removed. */
function removedWith(changes: LayerChange[], totalBytes?: number) {
	const before = stateWith({containers: [container(id, 'nw_box', {status: 'exited', autoRemove: true})]});
	let after = apply(before, {kind: 'writable-layer', id, layer: {changes, capturedAt: 5, final: true, ...(totalBytes === undefined ? {} : {totalBytes})}});
	after = apply(after, {kind: 'container-list', containers: [], at: 6});
	return {before, after};
}

test('exact verdicts: one file with its size, in English and French', t => {
	const {before, after} = removedWith([{kind: 'C', path: '/home', folder: true}, {kind: 'A', path: '/home/test.txt', size: 24}], 24);
	t.deepEqual(narrateChanges(before, after, 'en'), ['container nw_box removed: lost /home/test.txt (24 B)']);
	t.deepEqual(narrateChanges(before, after, 'fr'), ['container nw_box supprimé\u00A0: perdu /home/test.txt (24 o)']);
});

test('exact verdicts: nothing written is "nothing was lost"; only deletions lose nothing either', t => {
	const empty = removedWith([]);
	t.deepEqual(narrateChanges(empty.before, empty.after, 'en'), ['container nw_box removed: its writable layer held nothing, nothing was lost']);
	const deletions = removedWith([{kind: 'D', path: '/etc/motd'}]);
	t.regex(narrateChanges(deletions.before, deletions.after, 'en')[0]!, /nothing was lost/);
});

test('exact verdicts: many files are counted with their total and the biggest named, never docker-diff codes', t => {
	const files: LayerChange[] = Array.from({length: 312}, (_, index) => ({kind: 'A', path: `/var/cache/apk/f${index}`, size: index === 7 ? 4_000_000 : 100}));
	const {before, after} = removedWith(files, 4_031_100);
	const [line] = narrateChanges(before, after, 'en');
	t.is(line, 'container nw_box removed: lost 312 paths (4 MB), e.g. /var/cache/apk/f7 (4 MB), /var/cache/apk/f0 (100 B), /var/cache/apk/f1 (100 B)');
	t.notRegex(line!, /\bA \//);
});

test('a changed file and a folder are told as such; sizes unknown fall back to the layer total', t => {
	const {before, after} = removedWith([{kind: 'C', path: '/etc/hosts'}, {kind: 'A', path: '/data', folder: true}], 180);
	t.deepEqual(narrateChanges(before, after, 'en'), ['container nw_box removed: lost /data/ (folder), /etc/hosts (changed) (180 B in all)']);
});

const read = (files: Array<[string, number]>, readAt: number): VolumeContents => ({
	fileCount: files.length,
	totalBytes: files.reduce((sum, [, size]) => sum + size, 0),
	files: files.map(([path, size]) => ({path, size})),
	truncated: false,
	partial: false,
	via: 'mountpoint',
	readAt,
});

test('what changed inside a volume between two readings', t => {
	const before = stateWith({volumes: [volume('nw_vol', {contents: read([['test.txt', 24]], 1)})]});
	const after = apply(before, {kind: 'volume-contents', name: 'nw_vol', contents: read([['test.txt', 24], ['two.txt', 4]], 2)});
	t.deepEqual(narrateChanges(before, after, 'en'), ['nw_vol: +two.txt (4 B), now 2 files, 28 B']);
	t.deepEqual(narrateChanges(before, after, 'fr'), ['nw_vol\u00A0: +two.txt (4 o), maintenant 2 fichiers, 28 o']);
	t.deepEqual(narrateChanges(after, after, 'en'), []);
});

test('the meanwhile line sums what others did', t => {
	const before = stateWith({});
	let after = apply(before, {kind: 'events', events: [1, 2].map(index => ({type: 'volume', action: 'create', id: `v${index}`, attributes: {driver: 'local'}, time: index, timestamp: String(index)}))});
	after = apply(after, {kind: 'events', events: [{type: 'volume', action: 'destroy', id: 'v1', attributes: {}, time: 3, timestamp: '3'}]});
	const line = narrateElsewhere(diffStates(before, after), 'en');
	t.is(line, 'meanwhile elsewhere: 2 volumes created, 1 volume removed — :changes to see them');
	t.is(narrateElsewhere([], 'en'), undefined);
});

test('control bytes in file names are shown, not drawn', t => {
	const {before, after} = removedWith([{kind: 'A', path: '/evil\u001B[2J', size: 1}]);
	t.deepEqual(narrate(diffStates(before, after), 'en'), ['container nw_box removed: lost /evil\\x1b[2J (1 B)']);
});
