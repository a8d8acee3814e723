import test from 'ava';
import {anonymousVolumeLabel} from '../../source/state/types.js';
import {container, stateWith, volume} from '../state/build.js';
import {assess, contents, emptyContents, text} from './helpers.js';

const anonymousName = 'c'.repeat(64);
const oldAnonymousName = 'd'.repeat(64);

/** Named and anonymous volumes, used and unused, as a prune sees them. */
function pruneState() {
	return stateWith({
		volumes: [
			volume('my_volume', {contents: contents([['test.txt', 24]])}),
			volume('empty_named', {contents: emptyContents}),
			volume('in_use', {contents: contents([['db', 4096]])}),
			volume('used_by_stopped', {contents: contents([['keep.txt', 8]])}),
			volume('nfs_share', {driver: 'nfs-plugin', contents: contents([['remote', 1]])}),
			volume(anonymousName, {anonymous: true, labels: {[anonymousVolumeLabel]: ''}, contents: contents([['cache.bin', 2000]])}),
			// Anonymous, created by an engine older than the label: newer engines do not prune it by default.
			volume(oldAnonymousName, {anonymous: true, contents: contents([['old.bin', 10]])}),
		],
		containers: [
			container('run-id', 'web', {mounts: [{type: 'volume', name: 'in_use', destination: '/data', readOnly: false}]}),
			container('stop-id', 'batch', {status: 'exited', mounts: [{type: 'volume', name: 'used_by_stopped', destination: '/out', readOnly: false}]}),
		],
	});
}

test('volume prune on API 1.41 (this engine): every unused local volume, named ones included; confirmed args add --force', t => {
	const preview = assess('docker volume prune', pruneState(), {api: '1.41'});
	t.is(preview?.severity, 'danger');
	t.deepEqual(text(preview), [
		'Running this deletes, for good:',
		'  anonymous volume cccccccccccc…: 1 file, 2 kB',
		'      such as cache.bin',
		'  volume my_volume: 1 file, 24 B',
		'      such as test.txt',
		'  anonymous volume dddddddddddd…: 1 file, 10 B',
		'      such as old.bin',
		'  volume empty_named: empty, nothing lost',
		'  This engine (API 1.41) deletes every unused volume, named ones too, not only anonymous ones.',
	]);
	t.deepEqual(preview?.confirmedArgs, ['volume', 'prune', '--force']);
	t.deepEqual(text(assess('docker volume prune', pruneState(), {api: '1.41', lang: 'fr'}), 'fr').at(-1),
		'  Ce moteur (API 1.41) supprime tous les volumes inutilisés, les nommés aussi, pas seulement les anonymes.');
});

test('volume prune on API >= 1.42: only volumes labelled anonymous, unless --all or all=true', t => {
	const preview = assess('volume prune', pruneState(), {api: '1.43'});
	t.deepEqual(text(preview), [
		'Running this deletes, for good:',
		'  anonymous volume cccccccccccc…: 1 file, 2 kB',
		'      such as cache.bin',
	]);

	const all = text(assess('volume prune --all', pruneState(), {api: '1.43'}));
	t.true(all.includes('  volume my_volume: 1 file, 24 B'));
	t.true(all.includes('  anonymous volume dddddddddddd…: 1 file, 10 B'));
	t.false(all.some(line => line.includes('API')));
	t.deepEqual(text(assess('volume prune -a', pruneState(), {api: '1.43'})), all);
	t.deepEqual(text(assess('volume prune --filter all=true', pruneState(), {api: '1.43'})), all);
	t.deepEqual(text(assess('volume prune --filter all=0', pruneState(), {api: '1.43'})), text(preview));
});

test('volume prune: used volumes (even by a stopped container) and other drivers are never listed', t => {
	const lines = text(assess('volume prune --all', pruneState(), {api: '1.44'})).join('\n');
	t.false(lines.includes('in_use'));
	t.false(lines.includes('used_by_stopped'));
	t.false(lines.includes('nfs_share'));
});

test('volume prune with an unknown API version lists named volumes in case, and says why', t => {
	const preview = assess('volume prune', pruneState(), {api: null});
	t.true(text(preview).includes('  volume my_volume: 1 file, 24 B'));
	t.is(text(preview).at(-1), '  The engine’s API version is not known: named volumes are listed in case it is older than 1.42 and deletes them too.');
	t.is(text(assess('volume prune', pruneState(), {api: null, lang: 'fr'}), 'fr').at(-1), '  Version d’API du moteur inconnue : les volumes nommés sont listés au cas où il serait antérieur à 1.42 et les supprimerait aussi.');
});

test('volume prune --all on API 1.41: the client refuses it, nothing is deleted', t => {
	t.is(assess('volume prune --all', pruneState(), {api: '1.41'}), undefined);
	t.is(assess('volume prune --filter all=true', pruneState(), {api: '1.41'}), undefined);
	// --all together with all= is refused by the client on new engines too.
	t.is(assess('volume prune --all --filter all=true', pruneState(), {api: '1.43'}), undefined);
});

test('volume prune --force asks nothing more of docker; --force=false does, and the confirmed args end with --force', t => {
	t.is(assess('volume prune -f', pruneState())?.confirmedArgs, undefined);
	t.is(assess('volume prune --force', pruneState())?.confirmedArgs, undefined);
	t.deepEqual(assess('docker volume prune --force=false --filter label!=keep', pruneState())?.confirmedArgs, ['volume', 'prune', '--force=false', '--filter=label!=keep', '--force']);
	t.deepEqual(assess('volume prune --filter=label!=keep --', pruneState())?.confirmedArgs, ['volume', 'prune', '--filter=label!=keep', '--force', '--']);
});

test('volume prune label filters: label=KEY, label=KEY=VALUE, label!=..., as the engine matches them', t => {
	const state = stateWith({volumes: [
		volume('a1b2', {labels: {a: '1', b: '2'}, contents: contents([['x', 1]])}),
		volume('a1', {labels: {a: '1'}, contents: contents([['x', 1]])}),
		volume('a2', {labels: {a: '2'}, contents: contents([['x', 1]])}),
		volume('keep', {labels: {keep: ''}, contents: contents([['x', 1]])}),
		volume('bare', {contents: contents([['x', 1]])}),
	]});
	const names = (line: string) => (assess(line, state)?.lines ?? []).filter(line => line.depth === 0 && line.kind === 'lost').map(line => line.text.split(':')[0]!.replace('volume ', '')).sort();
	t.deepEqual(names('volume prune --filter label=a'), ['a1', 'a1b2', 'a2']);
	t.deepEqual(names('volume prune --filter label=a=1'), ['a1', 'a1b2']);
	t.deepEqual(names('volume prune --filter label=a=1 --filter label=b=2'), ['a1b2']);
	t.deepEqual(names('volume prune --filter label!=keep'), ['a1', 'a1b2', 'a2', 'bare']);
	t.deepEqual(names('volume prune --filter label!=a=1'), ['a2', 'bare', 'keep']);
	// Spared only when every label!= matches: checked on the engine (guard/prune-semantics test).
	t.deepEqual(names('volume prune --filter label!=a --filter label!=keep'), ['a1', 'a1b2', 'a2', 'bare', 'keep']);
	t.deepEqual(names('volume prune --filter label!=a --filter label!=b'), ['a1', 'a2', 'bare', 'keep']);
	t.deepEqual(names('volume prune --filter "LABEL = a=2 "'), ['a2']);
});

test('volume prune: volumes whose labels are not known yet are listed in case, and said so', t => {
	const state = stateWith({volumes: [volume('fresh', {detailed: false, contents: contents([['x', 1]])}), volume('tagged', {labels: {keep: ''}})]});
	const preview = assess('volume prune --filter label=keep', state);
	t.is(text(preview)[1], '  volume fresh: 1 file, 1 B');
	t.is(text(preview).at(-1), '  Labels of fresh are not known yet: listed in case they match the filter.');
	t.is(text(assess('volume prune --filter label=keep', state, {lang: 'fr'}), 'fr').at(-1), '  Étiquettes de fresh pas encore connues : listés au cas où ils correspondraient au filtre.');
});

test('volume prune: filters the engine refuses, or a malformed one, delete nothing', t => {
	t.is(assess('volume prune --filter until=24h', pruneState()), undefined);
	t.is(assess('volume prune --filter dangling=true', pruneState(), {api: '1.44'}), undefined);
	t.is(assess('volume prune --filter label', pruneState()), undefined);
	t.is(assess('volume prune --filter all=maybe', pruneState(), {api: '1.44'}), undefined);
});

test('volume prune: nothing unused with data means no question', t => {
	const state = stateWith({
		volumes: [volume('empty', {contents: emptyContents}), volume('used', {contents: contents([['a', 1]])})],
		containers: [container('c', 'app', {status: 'created', mounts: [{type: 'volume', name: 'used', destination: '/u', readOnly: false}]})],
	});
	t.is(assess('volume prune', state), undefined);
	t.is(assess('volume prune', stateWith({})), undefined);
});

test('volume prune: unread volumes go to volumesToRead, the biggest first', t => {
	const state = stateWith({volumes: [volume('small', {size: 10}), volume('big', {size: 5_000_000}), volume('unsized')]});
	const preview = assess('volume prune', state);
	t.is(preview?.severity, 'warning');
	t.deepEqual(text(preview).slice(1, 4), [
		'  volume big: contents unknown, about 5 MB on disk',
		'  volume small: contents unknown, about 10 B on disk',
		'  volume unsized: contents unknown',
	]);
	t.deepEqual(new Set(preview?.volumesToRead), new Set(['small', 'big', 'unsized']));
});
