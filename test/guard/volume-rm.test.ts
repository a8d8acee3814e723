import test from 'ava';
import {initialState, reduceState} from '../../source/state/reducer.js';
import {container, stateWith, volume} from '../state/build.js';
import {assess, contents, emptyContents, text, tutorialState} from './helpers.js';

const stopped = (name: string, volumeName: string) => container(`${name}-id`, name, {
	status: 'exited',
	mounts: [{type: 'volume', name: volumeName, destination: '/data', readOnly: false}],
	writableLayer: {changes: [], capturedAt: 1, final: true},
});

test('volume rm: the files of the volume, a few of them named, in both languages', t => {
	const state = stateWith({volumes: [volume('my_volume', {contents: contents([['test.txt', 24], ['notes/a.md', 1200], ['notes/b.md', 300], ['c', 1]])})]});
	const en = assess('docker volume rm my_volume', state);
	t.is(en?.severity, 'danger');
	t.deepEqual(text(en), [
		'Running this deletes, for good:',
		'  volume my_volume: 4 files, 1.5 kB',
		'      such as test.txt, notes/a.md, notes/b.md and 1 more',
	]);
	t.deepEqual(en?.volumesToRead, []);
	t.deepEqual(en?.containersToRead, []);
	t.is(en?.confirmedArgs, undefined);

	const fr = assess('docker volume rm my_volume', state, {lang: 'fr'});
	t.deepEqual(text(fr, 'fr'), [
		'Lancer ceci supprime, sans retour possible :',
		'  volume my_volume : 4 fichiers, 1,5 ko',
		'      par exemple test.txt, notes/a.md, notes/b.md et 1 de plus',
	]);
});

test('volume rm: the `volume remove` alias and -f name the same loss', t => {
	const state = stateWith({volumes: [volume('v1', {contents: contents([['x', 5]])})]});
	t.deepEqual(text(assess('volume remove -f v1', state)), text(assess('docker volume rm v1', state)));
});

test('volume rm: a volume in use stays, even with -f and even when its container is stopped (docker refuses)', t => {
	const state = stateWith({
		volumes: [volume('data', {contents: contents([['db', 4096]])}), volume('scratch', {contents: contents([['tmp.txt', 3]])})],
		containers: [stopped('db', 'data')],
	});
	t.is(assess('docker volume rm data', state), undefined);
	t.is(assess('docker volume rm -f data', state), undefined);

	const both = assess('docker volume rm -f data scratch', state);
	t.deepEqual(text(both), [
		'Running this deletes, for good:',
		'  volume scratch: 1 file, 3 B',
		'      such as tmp.txt',
		'  volume data stays: db uses it, and docker refuses to delete a volume in use, even with --force',
	]);
	t.deepEqual(both?.lines.map(line => line.kind), ['lost', 'lost', 'kept']);
	t.is(text(assess('docker volume rm -f data scratch', state, {lang: 'fr'}), 'fr').at(-1), '  volume data reste : db l’utilise, et docker refuse de supprimer un volume utilisé, même avec --force');
});

test('volume rm: users are named, running ones marked, plural verb', t => {
	const state = stateWith({
		volumes: [volume('shared'), volume('gone', {contents: contents([['a', 1]])})],
		containers: [
			container('a-id', 'web', {mounts: [{type: 'volume', name: 'shared', destination: '/a', readOnly: false}]}),
			stopped('batch', 'shared'),
		],
	});
	const lines = text(assess('volume rm shared gone', state));
	t.is(lines.at(-1), '  volume shared stays: web (running), batch use it, and docker refuses to delete a volume in use, even with --force');
	t.is(text(assess('volume rm shared gone', state, {lang: 'fr'}), 'fr').at(-1), '  volume shared reste : web (en marche), batch l’utilisent, et docker refuse de supprimer un volume utilisé, même avec --force');
});

test('volume rm: nothing to lose means no question (empty volume, help, missing name)', t => {
	const state = stateWith({volumes: [volume('empty', {contents: emptyContents})]});
	t.is(assess('docker volume rm empty', state), undefined);
	t.is(assess('docker volume rm --help my_volume', tutorialState()), undefined);
	t.is(assess('docker volume rm', state), undefined);
});

test('volume rm: empty volumes deleted along with a full one are named once', t => {
	const state = stateWith({volumes: [volume('full', {contents: contents([['a', 10]])}), volume('e1', {contents: emptyContents}), volume('e2', {contents: emptyContents})]});
	t.is(text(assess('volume rm e2 full e1', state)).at(-1), '  volumes e1, e2: empty, nothing lost');
	t.is(text(assess('volume rm e2 full e1', state, {lang: 'fr'}), 'fr').at(-1), '  volumes e1, e2 : vides, rien de perdu');
});

test('volume rm: unknown contents are said plainly and listed to read; read, the next assessment tells the files', t => {
	let state = stateWith({volumes: [volume('unread', {size: 12_000})]});
	const before = assess('volume rm unread', state);
	t.is(before?.severity, 'warning');
	t.deepEqual(text(before), [
		'Running this may delete data dockwise has not seen yet:',
		'  volume unread: contents unknown, about 12 kB on disk',
	]);
	t.deepEqual(before?.volumesToRead, ['unread']);
	t.deepEqual(text(assess('volume rm unread', state, {lang: 'fr'}), 'fr'), [
		'Lancer ceci peut supprimer des données que dockwise n’a pas encore vues :',
		'  volume unread : contenu inconnu, environ 12 ko sur le disque',
	]);

	// What the REPL does: read the volume through the tracker, then assess again.
	state = reduceState(state, {kind: 'volume-contents', name: 'unread', contents: contents([['big.bin', 12_000]])});
	const after = assess('volume rm unread', state);
	t.is(after?.severity, 'danger');
	t.deepEqual(after?.volumesToRead, []);
	t.is(text(after)[1], '  volume unread: 1 file, 12 kB');

	const read = reduceState(stateWith({volumes: [volume('unread')]}), {kind: 'volume-contents', name: 'unread', contents: emptyContents});
	t.is(assess('volume rm unread', read), undefined);
});

test('volume rm: contents read before a container mounted the volume again are stale, so unknown', t => {
	const state = stateWith({volumes: [volume('v', {contents: contents([['a', 1]], {stale: true})})]});
	const preview = assess('volume rm v', state);
	t.deepEqual(text(preview), ['Running this may delete data dockwise has not seen yet:', '  volume v: contents unknown']);
	t.deepEqual(preview?.volumesToRead, ['v']);
});

test('volume rm: a partial read is a lower bound; a partial read of nothing is unknown', t => {
	const partial = stateWith({volumes: [volume('v', {contents: contents([['a', 7]], {partial: true})})]});
	t.is(text(assess('volume rm v', partial))[1], '  volume v: at least 1 file, 7 B');
	t.is(text(assess('volume rm v', partial, {lang: 'fr'}), 'fr')[1], '  volume v : au moins 1 fichier, 7 o');
	const unreadable = stateWith({volumes: [volume('v', {contents: contents([], {partial: true})})]});
	t.deepEqual(assess('volume rm v', unreadable)?.volumesToRead, ['v']);
});

test('volume rm: an anonymous volume is named by its short id', t => {
	const name = 'b'.repeat(64);
	const state = stateWith({volumes: [volume(name, {anonymous: true, contents: contents([['x', 2]])})]});
	t.is(text(assess(`volume rm ${name}`, state))[1], '  anonymous volume bbbbbbbbbbbb…: 1 file, 2 B');
	t.is(text(assess(`volume rm ${name}`, state, {lang: 'fr'}), 'fr')[1], '  volume anonyme bbbbbbbbbbbb… : 1 fichier, 2 o');
});

test('volume rm: before the engine state is loaded, dockwise says it cannot tell and asks to read the named volumes', t => {
	const preview = assess('volume rm my_volume other', initialState());
	t.is(preview?.severity, 'warning');
	t.deepEqual(text(preview), [
		'Running this may delete data dockwise has not seen yet:',
		'  dockwise has not loaded the engine’s state yet, so it cannot tell what would be lost.',
	]);
	t.deepEqual(preview?.volumesToRead, ['my_volume', 'other']);
	t.is(text(assess('volume rm my_volume', initialState(), {lang: 'fr'}), 'fr')[1], '  dockwise n’a pas encore chargé l’état du moteur : il ne peut pas dire ce qui serait perdu.');
});

test('volume rm: a line sent to another engine is not judged with this engine’s state', t => {
	const preview = assess('docker -H tcp://10.0.0.2:2375 volume rm my_volume', tutorialState());
	t.deepEqual(text(preview), [
		'Running this may delete data dockwise has not seen yet:',
		'  This line talks to another engine (--host tcp://10.0.0.2:2375); dockwise only sees its own, so it cannot tell what would be lost there.',
	]);
	t.deepEqual(preview?.volumesToRead, []);
	t.regex(text(assess('docker --context prod volume rm x', tutorialState(), {lang: 'fr'}), 'fr')[1] ?? '', /autre moteur \(--context prod\)/);
});

test('volume rm: volumesToRead is capped by readLimit', t => {
	const names = Array.from({length: 30}, (_, index) => `v${String(index).padStart(2, '0')}`);
	const state = stateWith({volumes: names.map(name => volume(name))});
	t.is(assess(`volume rm ${names.join(' ')}`, state)?.volumesToRead.length, 20);
	t.deepEqual(assess(`volume rm ${names.join(' ')}`, state, {readLimit: 3})?.volumesToRead, ['v00', 'v01', 'v02']);
});

test('volume rm: a name dockwise does not know asks (it may be new) and is read; volume names take no prefix', t => {
	const state = stateWith({volumes: [volume('data', {contents: contents([['a', 1]])})]});
	for (const name of ['no_such_volume', 'd', 'dat']) {
		const preview = assess(`volume rm ${name}`, state);
		t.deepEqual(text(preview), ['Running this may delete data dockwise has not seen yet:', `  dockwise cannot tell what ${name} is: it knows no volume of this name (it may be new)`]);
		t.deepEqual(preview?.volumesToRead, [name]);
	}

	t.is(text(assess('volume rm x', state, {lang: 'fr'}), 'fr')[1], '  dockwise ne sait pas ce qu’est x : il ne connaît aucun volume de ce nom (il est peut-être nouveau)');
});

test('volume rm: a reading older than freshSince is unknown (files may have arrived without a mount), read again, then trusted', t => {
	const state = stateWith({volumes: [volume('v', {contents: contents([], {readAt: 1000})})]});
	t.is(assess('volume rm v', state), undefined);
	const stale = assess('volume rm v', state, {freshSince: 2000});
	t.deepEqual(text(stale), ['Running this may delete data dockwise has not seen yet:', '  volume v: contents unknown']);
	t.deepEqual(stale?.volumesToRead, ['v']);
	t.is(assess('volume rm v', state, {freshSince: 1000}), undefined);
	const refilled = reduceState(state, {kind: 'volume-contents', name: 'v', contents: contents([['from-host.txt', 3]], {readAt: 2500})});
	t.is(text(assess('volume rm v', refilled, {freshSince: 2000}))[1], '  volume v: 1 file, 3 B');
});
