import test from 'ava';
import {diffStates} from '../../source/state/diff.js';
import {narrateChanges} from '../../source/state/narrate.js';
import {parseDiff} from '../../source/state/parse-queries.js';
import type {DockerEvent, DockerState, VolumeContents} from '../../source/state/types.js';
import {apply, container, events, stateWith, volume} from './build.js';
import {rmRunEvents} from './fixtures.js';

const id = 'a'.repeat(64);
const anonymous = 'f'.repeat(64);
let clock = 0;
const event = (type: string, action: string, actor: string, attributes: Record<string, string> = {}): DockerEvent => {
	clock += 1;
	return {type, action, id: actor, attributes, time: 1_800_000_000_000 + clock, timestamp: String(clock)};
};

const contents = (fileCount: number, totalBytes: number): VolumeContents => ({fileCount, totalBytes, files: [], truncated: false, partial: false, via: 'mountpoint', readAt: 1});

/** A --rm container named my_alpine that ran and was removed, with what it mounted and wrote. */
function rmRun(before: DockerState, {mounts = {}, diff}: {mounts?: Record<string, string>; diff?: string}): DockerState {
	let state = apply(before, {kind: 'events', events: [
		event('container', 'create', id, {name: 'my_alpine', image: 'alpine:latest'}),
		...Object.entries(mounts).map(([name, destination]) => event('volume', 'mount', name, {container: id, destination, 'read/write': 'true'})),
		event('container', 'start', id),
	]});
	state = apply(state, {kind: 'container-details', containers: [{
		id,
		name: 'my_alpine',
		image: 'alpine:latest',
		status: 'running',
		labels: {},
		autoRemove: true,
		mounts: Object.entries(mounts).map(([name, destination]) => ({type: 'volume' as const, name, destination, readOnly: false})),
	}], missing: [], at: 1});
	if (diff !== undefined) {
		state = apply(state, {kind: 'writable-layer', id, layer: {changes: parseDiff(diff), capturedAt: 2, final: false}});
	}

	return apply(state, {kind: 'events', events: [event('container', 'die', id, {exitCode: '0'}), event('container', 'destroy', id)]});
}

test('tutorial, no volume: the file written in the container is named as lost', t => {
	const before = stateWith({});
	const after = rmRun(before, {diff: 'C /home\nA /home/test.txt'});
	t.deepEqual(narrateChanges(before, after, 'en'), [
		'container my_alpine has no volume: what it writes stays in its writable layer and goes with it',
		'container my_alpine removed: lost /home/test.txt',
	]);
	t.deepEqual(narrateChanges(before, after, 'fr'), [
		'le container my_alpine n’a aucun volume : ce qu’il écrit reste dans sa couche inscriptible et disparaît avec lui',
		'container my_alpine supprimé\u00A0: perdu /home/test.txt',
	]);
});

test('tutorial: volume create', t => {
	const before = stateWith({});
	const after = apply(before, {kind: 'events', events: [event('volume', 'create', 'my_volume', {driver: 'local'})]});
	t.deepEqual(narrateChanges(before, after, 'en'), ['volume my_volume created']);
	t.deepEqual(narrateChanges(before, after, 'fr'), ['volume my_volume créé']);
});

test('tutorial, with --mount: mounted, empty layer when last read, volume kept with its file', t => {
	const before = stateWith({volumes: [volume('my_volume')]});
	let after = rmRun(before, {mounts: {my_volume: '/home/my_folder'}, diff: 'C /home\nA /home/my_folder'});
	after = apply(after, {kind: 'volume-contents', name: 'my_volume', contents: contents(1, 24)});
	t.deepEqual(narrateChanges(before, after, 'en'), [
		'my_volume mounted at /home/my_folder in my_alpine',
		'container my_alpine removed: its writable layer was empty when last read, shortly before it stopped; anything written after that read is lost',
		'volume my_volume kept: 1 file, 24 B',
	]);
	t.deepEqual(narrateChanges(before, after, 'fr'), [
		'my_volume monté sur /home/my_folder dans my_alpine',
		'container my_alpine supprimé : sa couche inscriptible était vide à la dernière lecture, peu avant l’arrêt ; ce qui a été écrit après cette lecture est perdu',
		'volume my_volume conservé : 1 fichier, 24 o',
	]);
});

test('an empty layer read while a --rm container ran does not claim nothing was lost; read after it stopped, it does', t => {
	// A --rm container is removed as soon as it stops: the last read happened while it ran, and a write after it went unseen.
	const before = stateWith({});
	const polled = rmRun(before, {diff: ''});
	t.is(narrateChanges(before, polled, 'en')[1], 'container my_alpine removed: its writable layer was empty when last read, shortly before it stopped; anything written after that read is lost');
	let final = apply(before, {kind: 'container-details', containers: [{id, name: 'kept', image: 'alpine:latest', status: 'exited', labels: {}, autoRemove: false, mounts: []}], missing: [], at: 1});
	final = apply(final, {kind: 'writable-layer', id, layer: {changes: [], capturedAt: 1, final: true}});
	const removed = apply(final, {kind: 'events', events: [event('container', 'destroy', id)]});
	t.deepEqual(narrateChanges(final, removed, 'en'), ['container kept removed: its writable layer held nothing, nothing was lost']);
});

test('a removed container whose layer was never read says so', t => {
	const before = stateWith({volumes: [volume('my_volume')]});
	const after = rmRun(before, {mounts: {my_volume: '/data'}});
	t.deepEqual(narrateChanges(before, after, 'en'), [
		'my_volume mounted at /data in my_alpine',
		'container my_alpine removed: its writable layer was not read in time, what it held is unknown',
		'volume my_volume kept',
	]);
});

test('the recorded --rm run with an anonymous volume', t => {
	const before = apply(stateWith({}), {kind: 'events', events: events(rmRunEvents).slice(0, 1)});
	const after = apply(before, {kind: 'events', events: events(rmRunEvents).slice(1)});
	const anonymousId = '2f2d2435b841…';
	t.deepEqual(narrateChanges(before, after, 'en'), [
		`anonymous volume ${anonymousId} created and mounted at /anon2 in probe-ctr-x2`,
		'probe-vol-x2 mounted at /d in probe-ctr-x2',
		'container probe-ctr-x2 removed: its writable layer was not read in time, what it held is unknown',
		`anonymous volume ${anonymousId} removed with probe-ctr-x2`,
		'volume probe-vol-x2 kept',
	]);
});

test('a container that stops but stays keeps its layer; bind and tmpfs mounts are told', t => {
	const before = stateWith({});
	let after = apply(before, {kind: 'container-details', containers: [{
		id,
		name: 'keeper',
		image: 'alpine:latest',
		status: 'exited',
		labels: {},
		autoRemove: false,
		createdAt: '2026-01-01T00:00:00Z',
		mounts: [
			{type: 'bind', source: '/home/me', destination: '/home/my_folder', readOnly: false},
			{type: 'tmpfs', destination: '/scratch'},
			{type: 'bind', source: '/etc', destination: '/host-etc', readOnly: true},
		],
	}], missing: [], at: 1});
	after = apply(after, {kind: 'writable-layer', id, layer: {changes: parseDiff('A /a\nA /b\nA /c\nA /d\nA /e\nA /f\nA /g'), capturedAt: 3, final: true}});
	t.deepEqual(narrateChanges(before, after, 'en'), [
		'host folder /home/me bound at /home/my_folder in keeper',
		'host folder /etc bound at /host-etc in keeper (read-only)',
		'tmpfs at /scratch in keeper: kept in memory, gone when it stops',
		'container keeper stopped: 7 changes stay in its writable layer until it is removed: /a, /b, /c, /d, /e and 2 more',
	]);
	t.is(narrateChanges(before, after, 'fr')[3], 'container keeper arrêté : 7 modifications restent dans sa couche inscriptible jusqu’à sa suppression : /a, /b, /c, /d, /e et 2 de plus');
});

test('removing a container and its volumes tells what was deleted', t => {
	const before = stateWith({
		volumes: [volume(anonymous, {anonymous: true, contents: contents(2, 2048)}), volume('data', {contents: contents(3, 1_500_000)}), volume('stale', {contents: {...contents(1, 1), stale: true}})],
		containers: [container(id, 'web', {status: 'exited', mounts: [{type: 'volume', name: anonymous, destination: '/cache', readOnly: false}], writableLayer: {changes: [], capturedAt: 1, final: true}})],
	});
	const after = apply(before, {kind: 'events', events: [
		event('container', 'destroy', id),
		event('volume', 'destroy', anonymous),
		event('volume', 'destroy', 'data'),
		event('volume', 'destroy', 'stale'),
	]});
	t.deepEqual(narrateChanges(before, after, 'en'), [
		'container web removed: its writable layer held nothing, nothing was lost',
		'anonymous volume ffffffffffff… removed with web: 2 files, 2 kB deleted',
		'volume data removed: 3 files, 1.5 MB deleted',
		'volume stale removed',
	]);
	t.deepEqual(narrateChanges(before, after, 'fr').slice(1, 3), [
		'volume anonyme ffffffffffff… supprimé avec web, et son contenu : 2 fichiers, 2 ko',
		'volume data supprimé avec son contenu : 3 fichiers, 1,5 Mo',
	]);
});

test('nothing happened, nothing is said; a volume created and removed at once is one line', t => {
	const state = stateWith({volumes: [volume('v')]});
	t.deepEqual(narrateChanges(state, state, 'en'), []);
	const after = apply(state, {kind: 'events', events: [event('volume', 'create', 'tmp'), event('volume', 'destroy', 'tmp')]});
	t.deepEqual(narrateChanges(state, after, 'en'), ['volume tmp created and removed']);
});

test('the diff does not repeat changes already seen in the before state', t => {
	const before = rmRun(stateWith({}), {diff: 'A /x'});
	t.deepEqual(diffStates(before, before), []);
	const later = apply(before, {kind: 'events', events: [event('volume', 'create', 'later')]});
	t.deepEqual(narrateChanges(before, later, 'en'), ['volume later created']);
});
