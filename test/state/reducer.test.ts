import test from 'ava';
import fc from 'fast-check';
import {parseContainerInspect, parseContainerList, parseVolumeInspect, parseVolumeList} from '../../source/state/parse-queries.js';
import {initialState, reduceState} from '../../source/state/reducer.js';
import {volumeUsers} from '../../source/state/select.js';
import {helperLabel, type DockerEvent} from '../../source/state/types.js';
import {apply, container, events, stateWith, volume} from './build.js';
import {containerId, containerInspect, psAll, rmRunEvents, volumeId, volumeInspect, volumeLs} from './fixtures.js';

test('a --rm run, event by event: created, mounted, running, exited, removed with its anonymous volume', t => {
	const all = events(rmRunEvents);
	const atStart = stateWith({});
	const mounted = apply(atStart, {kind: 'events', events: all.slice(0, 7)});
	t.like(mounted.volumes['probe-vol-x2'], {name: 'probe-vol-x2', anonymous: false, detailed: false, createdAt: '2026-11-27T18:39:30.922Z'});
	t.like(mounted.volumes[volumeId], {anonymous: true});
	t.like(mounted.containers[containerId], {name: 'probe-ctr-x2', image: 'alpine:latest', status: 'running', detailed: false, labels: {'dockwise.test': ''}});
	t.deepEqual(mounted.containers[containerId]?.mounts, [
		{type: 'volume', name: 'probe-vol-x2', destination: '/d', readOnly: false, driver: 'local'},
		{type: 'volume', name: volumeId, destination: '/anon2', readOnly: false, driver: 'local'},
	]);
	t.is(mounted.lastImage, 'alpine:latest');

	const exited = apply(mounted, {kind: 'events', events: all.slice(7, 8)});
	t.like(exited.containers[containerId], {status: 'exited', exitCode: 0});

	const gone = apply(exited, {kind: 'events', events: all.slice(8)});
	t.deepEqual(Object.keys(gone.containers), []);
	t.deepEqual(Object.keys(gone.volumes), ['probe-vol-x2']);
	t.is(gone.removedContainers.at(-1)?.id, containerId);
	t.is(gone.removedVolumes.at(-1)?.name, volumeId);
});

test('the initial load: lists, then details', t => {
	const listed = apply(initialState(),
		{kind: 'volume-list', volumes: parseVolumeList(volumeLs), at: 1},
		{kind: 'container-list', containers: parseContainerList(psAll), at: 1},
	);
	t.true(listed.loaded);
	t.like(listed.volumes['probe-vol-x1'], {labels: {foo: 'bar'}, detailed: false});
	const detailed = apply(listed,
		{kind: 'volume-details', volumes: parseVolumeInspect(volumeInspect), missing: [], at: 2},
		{kind: 'container-details', containers: parseContainerInspect(containerInspect), missing: [], at: 2},
	);
	t.like(detailed.volumes['probe-vol-x1'], {createdAt: '2026-11-27T18:39:20Z', detailed: true});
	const users = volumeUsers(detailed);
	t.deepEqual(users.get('probe-vol-x1'), [{
		containerId: 'f81d34869b3267174409df8130a80158d84a1415788f85ddb68920d765603271',
		containerName: 'probe-ctr-x1',
		destination: '/data',
		readOnly: false,
		running: false,
	}]);
});

test('a full list removes what is gone and keeps known details', t => {
	const state = stateWith({volumes: [volume('a', {labels: {x: '1'}, createdAt: 'c'}), volume('b')], containers: [container('c1', 'one'), container('c2', 'two')]});
	const next = apply(state,
		{kind: 'volume-list', volumes: [{name: 'a', driver: 'local', labels: {}}], at: 5},
		{kind: 'container-list', containers: [{id: 'c1', name: 'renamed', image: 'alpine:latest', status: 'exited', labels: {}}], at: 5},
	);
	t.deepEqual(Object.keys(next.volumes), ['a']);
	t.like(next.volumes['a'], {labels: {x: '1'}, createdAt: 'c'});
	t.like(next.removedVolumes.at(-1), {name: 'b', removedAt: 5});
	t.like(next.containers['c1'], {name: 'renamed', status: 'exited'});
	t.like(next.removedContainers.at(-1), {id: 'c2', removedAt: 5});
});

test('missing objects in details are removed', t => {
	const state = stateWith({volumes: [volume('a')], containers: [container('c1', 'one')]});
	const next = apply(state,
		{kind: 'volume-details', volumes: [], missing: ['a'], at: 9},
		{kind: 'container-details', containers: [], missing: ['c1'], at: 9},
	);
	t.deepEqual(next.volumes, {});
	t.deepEqual(next.containers, {});
});

test('dockwise helper containers are ignored, their volume mounts too', t => {
	const helper: DockerEvent[] = [
		{type: 'container', action: 'create', id: 'h1', attributes: {name: 'x', image: 'busybox', [helperLabel]: 'volume-contents'}, time: 1, timestamp: '0.001'},
		{type: 'volume', action: 'mount', id: 'data', attributes: {container: 'h1', destination: '/dockwise-volume', 'read/write': 'false'}, time: 2, timestamp: '0.002'},
		{type: 'container', action: 'start', id: 'h1', attributes: {}, time: 3, timestamp: '0.003'},
		{type: 'container', action: 'destroy', id: 'h1', attributes: {}, time: 4, timestamp: '0.004'},
	];
	const state = stateWith({volumes: [volume('data')]});
	const next = apply(state, {kind: 'events', events: helper});
	t.deepEqual(next.containers, {});
	t.deepEqual(next.removedContainers, []);
	t.is(next.lastImage, undefined);
	t.deepEqual(next.hiddenContainers, ['h1']);
	const listed = apply(state, {kind: 'container-list', containers: [{id: 'h2', name: 'y', image: 'busybox', status: 'running', labels: {[helperLabel]: ''}}], at: 1});
	t.deepEqual(listed.containers, {});
});

test('rename, pause, unpause, restart', t => {
	const state = stateWith({containers: [container('c1', 'old')]});
	const at = (action: string, attributes: Record<string, string> = {}): DockerEvent => ({type: 'container', action, id: 'c1', attributes, time: 1, timestamp: '1'});
	t.like(apply(state, {kind: 'events', events: [at('rename', {name: 'new', oldName: '/old'})]}).containers['c1'], {name: 'new'});
	t.like(apply(state, {kind: 'events', events: [at('pause')]}).containers['c1'], {status: 'paused'});
	t.like(apply(state, {kind: 'events', events: [at('pause'), at('unpause')]}).containers['c1'], {status: 'running'});
	t.like(apply(state, {kind: 'events', events: [at('die', {exitCode: '137'}), at('restart')]}).containers['c1'], {status: 'running', exitCode: 137});
});

test('events for unknown containers make stubs the tracker then inspects', t => {
	const next = apply(stateWith({}), {kind: 'events', events: [{type: 'container', action: 'start', id: 'abcdef0123456789', attributes: {name: 'late'}, time: 1, timestamp: '1'}]});
	t.like(next.containers['abcdef0123456789'], {name: 'late', status: 'running', detailed: false});
	const ignored = apply(stateWith({}), {kind: 'events', events: [{type: 'container', action: 'exec_start', id: 'zz', attributes: {}, time: 1, timestamp: '1'}]});
	t.deepEqual(ignored.containers, {});
});

test('mounting or unmounting marks known contents stale', t => {
	const contents = {fileCount: 1, totalBytes: 24, files: [], truncated: false, partial: false, via: 'mountpoint' as const, readAt: 1};
	const state = stateWith({volumes: [volume('v', {contents})], containers: [container('c1', 'one')]});
	const next = apply(state, {kind: 'events', events: [{type: 'volume', action: 'unmount', id: 'v', attributes: {container: 'c1'}, time: 1, timestamp: '1'}]});
	t.true(next.volumes['v']?.contents?.stale);
});

test('writable-layer captures land on live and removed containers', t => {
	const layer = {changes: [{kind: 'A' as const, path: '/x'}], capturedAt: 5, final: true};
	const state = stateWith({containers: [container('c1', 'one')]});
	t.deepEqual(apply(state, {kind: 'writable-layer', id: 'c1', layer}).containers['c1']?.writableLayer, layer);
	const removed = apply(state, {kind: 'events', events: [{type: 'container', action: 'destroy', id: 'c1', attributes: {}, time: 1, timestamp: '1'}]});
	t.deepEqual(apply(removed, {kind: 'writable-layer', id: 'c1', layer}).removedContainers.at(-1)?.writableLayer, layer);
});

test('an input that changes nothing returns the same state', t => {
	const state = stateWith({volumes: [volume('v', {size: 3})]});
	t.is(reduceState(state, {kind: 'volume-sizes', sizes: [{name: 'v', size: 3}, {name: 'unknown', size: 1}]}), state);
	t.is(reduceState(state, {kind: 'events', events: [{type: 'volume', action: 'destroy', id: 'nope', attributes: {}, time: 1, timestamp: '1'}]}), state);
	t.is(reduceState(state, {kind: 'volume-contents', name: 'nope', contents: {fileCount: 0, totalBytes: 0, files: [], truncated: false, partial: false, via: 'helper', readAt: 1}}), state);
	const changed = reduceState(state, {kind: 'volume-sizes', sizes: [{name: 'v', size: 4}]});
	t.is(changed.revision, state.revision + 1);
});

test('removed lists are bounded', t => {
	let state = stateWith({});
	for (let index = 0; index < 1100; index++) {
		state = apply(state, {kind: 'events', events: [
			{type: 'volume', action: 'create', id: `v${index}`, attributes: {}, time: index, timestamp: '1'},
			{type: 'volume', action: 'destroy', id: `v${index}`, attributes: {}, time: index, timestamp: '1'},
		]});
	}

	t.is(state.removedVolumes.length, 1000);
	t.is(state.removedVolumes.at(-1)?.name, 'v1099');
});

const arbitraryEvent: fc.Arbitrary<DockerEvent> = fc.oneof(
	fc.record({
		type: fc.constant('volume'),
		action: fc.constantFrom('create', 'destroy', 'mount', 'unmount'),
		id: fc.constantFrom('v1', 'v2', 'v3'),
		attributes: fc.record({container: fc.constantFrom('c1', 'c2'), destination: fc.constantFrom('/a', '/b')}),
		time: fc.nat(),
		timestamp: fc.constant('1'),
	}),
	fc.record({
		type: fc.constant('container'),
		action: fc.constantFrom('create', 'start', 'die', 'destroy', 'pause', 'unpause', 'rename', 'attach'),
		id: fc.constantFrom('c1', 'c2'),
		attributes: fc.record({name: fc.constantFrom('one', 'two'), image: fc.constant('alpine')}),
		time: fc.nat(),
		timestamp: fc.constant('1'),
	}),
);

test('property: after any events, a full list and details give exactly the engine\'s objects', t => {
	fc.assert(fc.property(fc.array(arbitraryEvent, {maxLength: 30}), before => {
		let state = apply(stateWith({}), {kind: 'events', events: before});
		state = apply(state,
			{kind: 'volume-list', volumes: [{name: 'v1', driver: 'local', labels: {}}], at: 1},
			{kind: 'container-list', containers: [{id: 'c2', name: 'two', image: 'alpine', status: 'exited', labels: {}}], at: 1},
			{kind: 'container-details', containers: [{id: 'c2', name: 'two', image: 'alpine', status: 'exited', labels: {}, autoRemove: false, mounts: [{type: 'volume', name: 'v1', destination: '/a', readOnly: false}]}], missing: [], at: 1},
		);
		t.deepEqual(Object.keys(state.volumes), ['v1']);
		t.deepEqual(Object.keys(state.containers), ['c2']);
		t.is(state.containers['c2']?.status, 'exited');
		t.deepEqual(state.containers['c2']?.mounts.map(mount => mount.destination), ['/a']);
	}));
});

test('property: every volume a container mounts after events exists', t => {
	fc.assert(fc.property(fc.array(arbitraryEvent, {maxLength: 40}), all => {
		const state = apply(stateWith({}), {kind: 'events', events: all});
		for (const entry of Object.values(state.containers)) {
			for (const mount of entry.mounts) {
				if (mount.type === 'volume' && !state.volumes[mount.name]) {
					// Only a later destroy may remove a mounted volume (the engine refuses; the model follows events).
					t.true(all.some(event => event.type === 'volume' && event.action === 'destroy' && event.id === mount.name));
				}
			}
		}
	}));
});
