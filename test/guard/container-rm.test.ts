import test from 'ava';
import {parseDiff} from '../../source/state/parse-queries.js';
import {container, stateWith, volume} from '../state/build.js';
import {assess, catalogue, contents, emptyContents, text} from './helpers.js';

const anonymous = 'f'.repeat(64);
const sharedAnonymous = '9'.repeat(64);
const webId = `abcdef${'0'.repeat(58)}`;

function rmState() {
	return stateWith({
		volumes: [
			volume('named', {contents: contents([['keep.db', 100]])}),
			volume(anonymous, {anonymous: true, contents: contents([['cache/a', 5], ['cache/b', 6]])}),
			volume(sharedAnonymous, {anonymous: true, contents: contents([['s', 1]])}),
		],
		containers: [
			container('stopped-id', 'worker', {
				status: 'exited',
				mounts: [
					{type: 'volume', name: 'named', destination: '/named', readOnly: false},
					{type: 'volume', name: anonymous, destination: '/cache', readOnly: false},
					{type: 'volume', name: sharedAnonymous, destination: '/shared', readOnly: false},
				],
				writableLayer: {changes: parseDiff('A /cache\nA /named\nA /shared\nC /root\nA /root/.ash_history\nA /srv/out.csv\nA /srv/out2.csv\nA /srv/out3.csv\nD /etc/motd'), capturedAt: 1, final: true},
			}),
			container('friend-id', 'friend', {status: 'exited', mounts: [{type: 'volume', name: sharedAnonymous, destination: '/shared', readOnly: false}], writableLayer: {changes: [], capturedAt: 1, final: true}}),
			container(webId, 'web', {writableLayer: {changes: parseDiff('A /tmp/session'), capturedAt: 1, final: false}}),
			container('idle-id', 'idle', {writableLayer: {changes: [], capturedAt: 1, final: false}}),
			container('clean-id', 'clean', {status: 'exited', writableLayer: {changes: [], capturedAt: 1, final: true}}),
			container('unread-id', 'unread', {status: 'exited'}),
		],
	});
}

test('rm: a stopped container loses what it wrote outside volumes, mount points left out, in both languages', t => {
	const preview = assess('docker rm worker', rmState());
	t.is(preview?.severity, 'danger');
	t.deepEqual(text(preview), [
		'Running this deletes, for good:',
		'  container worker: 5 changes outside volumes',
		'      /etc/motd (deleted), /root/.ash_history (new), /srv/out.csv (new) and 2 more',
	]);
	t.deepEqual(text(assess('docker container rm worker', rmState(), {lang: 'fr'}), 'fr'), [
		'Lancer ceci supprime, sans retour possible :',
		'  container worker : 5 modifications hors volumes',
		'      /etc/motd (supprimé), /root/.ash_history (nouveau), /srv/out.csv (nouveau) et 2 de plus',
	]);
	t.is(preview?.confirmedArgs, undefined);
});

test('rm -v: anonymous volumes go too, except one another container uses; named volumes always stay', t => {
	const lines = text(assess('rm -v worker', rmState()));
	t.deepEqual(lines.slice(1), [
		'  container worker: 5 changes outside volumes',
		'      /etc/motd (deleted), /root/.ash_history (new), /srv/out.csv (new) and 2 more',
		'      anonymous volume ffffffffffff…: 2 files, 11 B',
	]);
	// Both users removed together: the shared anonymous volume goes as well.
	t.true(text(assess('rm --volumes worker friend', rmState())).includes('      anonymous volume 999999999999…: 1 file, 1 B'));
	t.is(text(assess('rm -v worker', rmState(), {lang: 'fr'}), 'fr').at(-1), '      volume anonyme ffffffffffff… : 2 fichiers, 11 o');
});

test('rm -v of a container with nothing written but an anonymous volume with files still asks', t => {
	const state = stateWith({
		volumes: [volume(anonymous, {anonymous: true, contents: contents([['a', 3]])})],
		containers: [container('c-id', 'c', {status: 'exited', mounts: [{type: 'volume', name: anonymous, destination: '/a', readOnly: false}], writableLayer: {changes: parseDiff('A /a'), capturedAt: 1, final: true}})],
	});
	t.is(assess('rm c', state), undefined);
	t.deepEqual(text(assess('rm -v c', state)).slice(1), [
		'  container c: nothing written outside volumes',
		'      anonymous volume ffffffffffff…: 1 file, 3 B',
	]);
	const emptyVolume = stateWith({
		volumes: [volume(anonymous, {anonymous: true, contents: emptyContents})],
		containers: [container('c-id', 'c', {status: 'exited', mounts: [{type: 'volume', name: anonymous, destination: '/a', readOnly: false}], writableLayer: {changes: [], capturedAt: 1, final: true}})],
	});
	t.is(assess('rm -v c', emptyVolume), undefined);
});

test('rm of a running container: docker refuses without -f; with -f it is killed, and what it wrote so far is lost', t => {
	t.is(assess('rm web', rmState()), undefined);
	t.deepEqual(text(assess('rm -f web', rmState())).slice(1), [
		'  container web: 1 change outside volumes so far',
		'      /tmp/session (new)',
		'      it is running: --force kills it first (SIGKILL)',
	]);
	t.deepEqual(text(assess('rm -f web', rmState(), {lang: 'fr'}), 'fr').slice(1), [
		'  container web : 1 modification hors volumes pour l’instant',
		'      /tmp/session (nouveau)',
		'      il tourne : --force le tue d’abord (SIGKILL)',
	]);

	const idle = assess('rm --force idle', rmState());
	t.is(idle?.severity, 'warning');
	t.deepEqual(text(idle).slice(1), ['  container idle: nothing written outside volumes so far', '      it is running: --force kills it first (SIGKILL)']);

	const mixed = text(assess('rm web worker', rmState()));
	t.is(mixed.at(-1), '  container web stays: it is running, and docker refuses to delete it without --force');
	t.is(text(assess('rm web worker', rmState(), {lang: 'fr'}), 'fr').at(-1), '  le container web reste : il tourne, et docker refuse de le supprimer sans --force');
});

test('rm: containers are found by id prefix, named once; nothing written means no question', t => {
	t.deepEqual(text(assess('rm -f abcdef web', rmState())).filter(line => line.includes('container web')).length, 1);
	t.is(assess('rm clean', rmState()), undefined);
	t.is(assess('rm --link worker', rmState()), undefined);
	t.is(assess('rm --help worker', rmState()), undefined);
});

test('rm: a container whose writable layer was never read is said unknown and listed to read', t => {
	const preview = assess('rm unread clean', rmState());
	t.is(preview?.severity, 'warning');
	t.deepEqual(text(preview), [
		'Running this may delete data dockwise has not seen yet:',
		'  container unread: what it wrote outside volumes is not known',
		'  container clean: nothing written outside volumes, nothing lost',
	]);
	t.deepEqual(preview?.containersToRead, ['unread-id']);
	t.is(text(assess('rm unread', rmState(), {lang: 'fr'}), 'fr')[1], '  container unread : ce qu’il a écrit hors volumes n’est pas connu');
});

test('container prune: every stopped container, not its volumes; --force and filters read with or without docker’s help', t => {
	for (const options of [{}, {catalogue}]) {
		const preview = assess('container prune', rmState(), options);
		t.deepEqual(text(preview), [
			'Running this deletes, for good:',
			'  container worker: 5 changes outside volumes',
			'      /etc/motd (deleted), /root/.ash_history (new), /srv/out.csv (new) and 2 more',
			'  container unread: what it wrote outside volumes is not known',
			'  containers clean, friend: nothing written outside volumes, nothing lost',
		]);
		t.deepEqual(preview?.confirmedArgs, ['container', 'prune', '--force']);
		t.is(assess('container prune -f', rmState(), options)?.confirmedArgs, undefined);
		t.is(assess('container prune --filter label=none', rmState(), options), undefined);
		t.true(text(assess('container prune -f --filter until=1h', rmState(), options)).includes('  The filter until=1h is not applied here: the list is the most that could go.'));
		t.is(assess('container prune --filter name=x', rmState(), options), undefined);
	}

	t.is(text(assess('container prune', rmState(), {lang: 'fr'}), 'fr').at(-1), '  containers clean, friend : rien d’écrit hors volumes, rien de perdu');
});

test('rm: ids resolve as the engine does: exact id, exact name, then a unique prefix of any length, even one digit', t => {
	// `a` starts only web's id; `worker` is a name; a name wins over an id prefix.
	t.regex(text(assess('rm -f a', rmState())).join('\n'), /container web: 1 change outside volumes so far/);
	t.regex(text(assess('rm /worker', rmState())).join('\n'), /container worker: 5 changes/);
	const state = stateWith({containers: [
		container('c1'.padEnd(64, '0'), 'one', {status: 'exited', writableLayer: {changes: parseDiff('A /x'), capturedAt: 1, final: true}}),
		container('c2'.padEnd(64, '0'), 'two', {status: 'exited', writableLayer: {changes: parseDiff('A /y'), capturedAt: 1, final: true}}),
		container('e'.padEnd(64, '1'), 'c1', {status: 'exited', writableLayer: {changes: [], capturedAt: 1, final: true}}),
	]});
	// `c1` is a name first (nothing written), never the id starting with c1.
	t.is(assess('rm c1', state), undefined);
	t.regex(text(assess('rm c2', state)).join('\n'), /container two: 1 change/);
	t.regex(text(assess('rm e', state)).join('\n') || 'no question', /no question/);
});

test('rm: a prefix several ids share is refused by docker; an operand matching nothing asks, in both languages', t => {
	const state = stateWith({containers: [
		container('c1'.padEnd(64, '0'), 'one', {status: 'exited', writableLayer: {changes: parseDiff('A /x'), capturedAt: 1, final: true}}),
		container('c2'.padEnd(64, '0'), 'two', {status: 'exited', writableLayer: {changes: parseDiff('A /y'), capturedAt: 1, final: true}}),
	]});
	t.is(assess('rm c', state), undefined);
	t.deepEqual(text(assess('rm c c1', state)).slice(-1), ['  c stays: 2 containers have an id starting with it, and docker refuses an ambiguous id']);
	t.is(text(assess('rm c c1', state, {lang: 'fr'}), 'fr').at(-1), '  c reste : 2 containers ont un identifiant commençant ainsi, et docker refuse un identifiant ambigu');

	for (const line of ['rm no_such_container', 'rm -v 4', 'stop 4', 'kill 4']) {
		const preview = assess(line, state);
		t.is(preview?.severity, 'warning', line);
		t.regex(text(preview)[1] ?? '', /^ {2}dockwise cannot tell what (no_such_container|4) is: no container it knows has this name or an id starting with it \(it may be new\)$/, line);
	}

	t.is(text(assess('rm 4', state, {lang: 'fr'}), 'fr')[1], '  dockwise ne sait pas ce qu’est 4 : aucun container connu ne porte ce nom ni un identifiant commençant ainsi (il est peut-être nouveau)');
});
