import test from 'ava';
import {parseDiff} from '../../source/state/parse-queries.js';
import {reduceState} from '../../source/state/reducer.js';
import {container, events, stateWith, volume} from '../state/build.js';
import {containerId, rmRunEvents, volumeId} from '../state/fixtures.js';
import {assess, catalogue, contents, emptyContents, text, tutorialState} from './helpers.js';

test('tutorial, first lesson: stopping the --rm container loses /home/test.txt', t => {
	const state = tutorialState();
	const preview = assess('docker container stop my_alpine', state);
	t.is(preview?.severity, 'danger');
	t.deepEqual(text(preview), [
		'Running this deletes, for good:',
		'  container my_alpine was started with --rm: once stopped, docker deletes it',
		'      2 changes outside volumes: /home/test.txt (new), /root/.ash_history (new)',
	]);
	t.deepEqual(text(assess('docker stop my_alpine', state, {lang: 'fr'}), 'fr'), [
		'Lancer ceci supprime, sans retour possible :',
		'  le container my_alpine a été lancé avec --rm : une fois arrêté, docker le supprime',
		'      2 modifications hors volumes : /home/test.txt (nouveau), /root/.ash_history (nouveau)',
	]);
	t.deepEqual(text(assess('docker kill my_alpine', state)), text(preview));
	t.deepEqual(preview?.containersToRead, []);
	t.is(preview?.confirmedArgs, undefined);
});

test('tutorial, with a volume: stopping the --rm container that wrote only into my_volume loses nothing', t => {
	const state = tutorialState();
	t.is(assess('docker container stop my_alpine1', state), undefined);
	// And the volume cannot be removed while my_alpine1 holds it.
	t.is(assess('docker volume rm my_volume', state), undefined);
	// Once my_alpine1 is gone, removing the volume loses test.txt.
	const after = reduceState(state, {kind: 'container-details', containers: [], missing: [Object.values(state.containers).find(item => item.name === 'my_alpine1')!.id], at: 2});
	t.deepEqual(text(assess('docker volume rm my_volume', after)), [
		'Running this deletes, for good:',
		'  volume my_volume: 1 file, 24 B',
		'      such as test.txt',
	]);
});

test('stop of a container without --rm loses nothing: its writable layer stays', t => {
	const state = stateWith({containers: [container('c', 'web', {writableLayer: {changes: parseDiff('A /tmp/x'), capturedAt: 1, final: false}})]});
	t.is(assess('docker stop web', state), undefined);
	t.is(assess('docker kill web', state), undefined);
	t.is(assess('docker container restart web', state), undefined);
});

test('stop of a --rm container that wrote nothing and has no anonymous volume asks nothing; an exited one is not stopped', t => {
	const clean = stateWith({containers: [container('c', 'job', {autoRemove: true, writableLayer: {changes: [], capturedAt: 1, final: false}})]});
	t.is(assess('stop job', clean), undefined);
	const exited = stateWith({containers: [container('c', 'job', {autoRemove: true, status: 'exited', writableLayer: {changes: parseDiff('A /x'), capturedAt: 1, final: true}})]});
	t.is(assess('stop job', exited), undefined);
});

test('stop of a --rm container: its anonymous volumes go with it (reducer fed with recorded events)', t => {
	// `docker run --rm --name probe-ctr-x2 --mount type=volume,src=probe-vol-x2,dst=/d -v /anon2 alpine ...`, up to its start.
	const lines = rmRunEvents.split('\n');
	const upToStart = events(lines.slice(0, lines.findIndex(line => line.includes('"Action":"start"')) + 1).join('\n'));
	let state = reduceState(stateWith({}), {kind: 'events', events: upToStart});
	state = reduceState(state, {kind: 'container-details', containers: [{
		id: containerId,
		name: 'probe-ctr-x2',
		image: 'alpine:latest',
		status: 'running',
		labels: {},
		autoRemove: true,
		mounts: [
			{type: 'volume', name: 'probe-vol-x2', destination: '/d', readOnly: false},
			{type: 'volume', name: volumeId, destination: '/anon2', readOnly: false},
		],
	}], missing: [], at: 1});
	state = reduceState(state, {kind: 'writable-layer', id: containerId, layer: {changes: parseDiff('A /d\nA /anon2'), capturedAt: 2, final: false}});

	const unread = assess('docker stop probe-ctr-x2', state);
	t.is(unread?.severity, 'warning');
	t.deepEqual(text(unread).slice(1), [
		'  container probe-ctr-x2 was started with --rm: once stopped, docker deletes it',
		'      nothing written outside volumes so far',
		'      anonymous volume 2f2d2435b841…: contents unknown',
	]);
	t.deepEqual(unread?.volumesToRead, [volumeId]);

	const read = reduceState(state, {kind: 'volume-contents', name: volumeId, contents: contents([['cache.bin', 400]])});
	t.deepEqual(text(assess('docker stop probe-ctr-x2', read, {lang: 'fr'}), 'fr'), [
		'Lancer ceci supprime, sans retour possible :',
		'  le container probe-ctr-x2 a été lancé avec --rm : une fois arrêté, docker le supprime',
		'      rien d’écrit hors volumes pour l’instant',
		'      volume anonyme 2f2d2435b841… : 1 fichier, 400 o',
	]);
	const empty = reduceState(state, {kind: 'volume-contents', name: volumeId, contents: emptyContents});
	t.is(assess('docker stop probe-ctr-x2', empty), undefined);
});

test('kill with a signal that may not end the container says so; SIGKILL and 9 do end it', t => {
	const state = tutorialState();
	for (const options of [{}, {catalogue}]) {
		t.is(text(assess('kill -s HUP my_alpine', state, options))[1], '  container my_alpine was started with --rm: if HUP stops it, docker deletes it');
		t.is(text(assess('kill --signal=SIGUSR1 my_alpine', state, {...options, lang: 'fr'}), 'fr')[1], '  le container my_alpine a été lancé avec --rm : si SIGUSR1 l’arrête, docker le supprime');
		for (const signal of ['KILL', 'sigkill', '9']) {
			t.is(text(assess(`kill -s ${signal} my_alpine`, state, options))[1], '  container my_alpine was started with --rm: once stopped, docker deletes it');
		}
	}
});

test('stop of a --rm container whose writable layer was never read: unknown, to read', t => {
	const state = stateWith({
		volumes: [volume('named')],
		containers: [container('x-id', 'outside', {autoRemove: true, mounts: [{type: 'volume', name: 'named', destination: '/n', readOnly: false}]})],
	});
	const preview = assess('stop outside', state);
	t.deepEqual(text(preview).slice(1), ['  container outside was started with --rm: once stopped, docker deletes it', '      what it wrote outside volumes is not known']);
	t.deepEqual(preview?.containersToRead, ['x-id']);
	// The named volume stays: it is not listed, not to read.
	t.deepEqual(preview?.volumesToRead, []);
});

test('stop of a --rm container whose layer was read empty before freshSince: read again, unknown until then', t => {
	const state = stateWith({containers: [container('r'.padEnd(64, '0'), 'svc', {autoRemove: true, writableLayer: {changes: [], capturedAt: 1000, final: false}})]});
	t.is(assess('stop svc', state), undefined);
	const stale = assess('stop svc', state, {freshSince: 2000});
	t.is(stale?.severity, 'warning');
	t.deepEqual(stale?.containersToRead, ['r'.padEnd(64, '0')]);
});
