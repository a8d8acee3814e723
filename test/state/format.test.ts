import test from 'ava';
import {formatBytes} from '../../source/state/format-size.js';
import {formatStateText, formatTime, formatVolumeContents, stateToJson} from '../../source/state/format-state.js';
import {parseDiff} from '../../source/state/parse-queries.js';
import {apply, container, stateWith, volume} from './build.js';

const anonymous = 'c7a953d5830c9eae83075092489d856e6fb914de90efc2c79e5aa586883b0554';

function sample() {
	const state = stateWith({
		volumes: [
			volume('my_volume', {createdAt: '2026-11-27T18:49:26Z', labels: {'dockwise.test': '', team: 'a'}, mountpoint: '/var/lib/docker/volumes/my_volume/_data', size: 24, contents: {fileCount: 1, totalBytes: 24, files: [{path: 'test.txt', size: 24}], truncated: false, partial: false, via: 'mountpoint', readAt: Date.parse('2026-11-27T18:49:29Z')}}),
			volume('old'),
			volume(anonymous, {anonymous: true}),
		],
		containers: [container('b'.repeat(64), 'web', {
			status: 'exited',
			autoRemove: true,
			mounts: [
				{type: 'volume', name: 'my_volume', destination: '/home/my_folder', readOnly: true},
				{type: 'volume', name: anonymous, destination: '/cache', readOnly: false},
				{type: 'bind', source: '/tmp', destination: '/host', readOnly: false},
				{type: 'tmpfs', destination: '/t'},
			],
			writableLayer: {changes: parseDiff('C /root\nA /root/x\nA /cache'), capturedAt: Date.parse('2026-11-27T18:49:30Z'), final: true},
		})],
	});
	return {...state, engine: {kind: 'up' as const, since: Date.parse('2026-11-27T18:49:00Z')}};
}

test(':state text, English', t => {
	t.is(formatStateText(sample(), {lang: 'en', utc: true}), [
		'Engine: answering since 2026-11-27 18:49:00',
		'',
		'Volumes (3)',
		'  my_volume  driver local  created 2026-11-27 18:49:26',
		'    labels: dockwise.test, team=a',
		'    mountpoint: /var/lib/docker/volumes/my_volume/_data',
		'    size: 24 B',
		'    contents: 1 file, 24 B (read 2026-11-27 18:49:29)',
		'    used by web at /home/my_folder (read-only, stopped)',
		'  old  driver local',
		'    unused: no container uses it',
		`  ${anonymous}  (anonymous)  driver local`,
		'    used by web at /cache (read-write, stopped)',
		'',
		'Containers (1)',
		'  web  bbbbbbbbbbbb  image alpine:latest  exited  removed when it stops (--rm)',
		'    volume my_volume -> /home/my_folder (read-only)',
		`    volume ${anonymous} -> /cache`,
		'    bind /tmp -> /host',
		'    tmpfs -> /t',
		'    writable layer: 1 change (read 2026-11-27 18:49:30)',
		'      A /root/x',
	].join('\n'));
});

test(':state text, French, engine away, removed containers', t => {
	const state = {...apply(sample(), {kind: 'events', events: [{type: 'container', action: 'destroy', id: 'b'.repeat(64), attributes: {}, time: Date.parse('2026-11-27T18:50:00Z'), timestamp: '1'}]}), engine: {kind: 'away' as const, since: Date.parse('2026-11-27T18:51:00Z'), reason: 'Cannot connect to the Docker daemon'}};
	const text = formatStateText(state, {lang: 'fr', utc: true});
	t.true(text.startsWith('Moteur : ne répond plus depuis 2026-11-27 18:51:00 (Docker a dit : Cannot connect to the Docker daemon)\n'));
	t.true(text.includes('Containers (0)\n  aucun'));
	t.true(text.includes('Containers supprimés récemment (1)\n  web  bbbbbbbbbbbb  image alpine:latest  arrêté  supprimé à l’arrêt (--rm)  supprimé à 2026-11-27 18:50:00'));
	t.true(text.includes('    inutilisé\u00A0: aucun container ne l’utilise'));
	t.true(text.includes('contenu\u00A0: 1 fichier, 24 o (lu à 2026-11-27 18:49:29)'));
});

test(':state --json: derived facts spelled out, serialisable', t => {
	const json = stateToJson(sample());
	t.deepEqual(JSON.parse(JSON.stringify(json)), json);
	t.like(json, {engine: {status: 'up', since: '2026-11-27T18:49:00.000Z', reason: null}, loaded: true});
	t.deepEqual(json.volumes.map(entry => [entry.name, entry.dangling, entry.anonymous]), [['my_volume', false, false], ['old', true, false], [anonymous, false, true]]);
	t.deepEqual(json.volumes[0]?.usedBy, [{container: 'web', containerId: 'b'.repeat(64), destination: '/home/my_folder', readOnly: true, running: false}]);
	t.is(json.volumes[0]?.fileCount, 1);
	t.deepEqual(json.containers[0]?.writableLayer, {
		changes: ['C /root', 'A /root/x', 'A /cache'],
		meaningfulChanges: ['A /root/x'],
		capturedAt: '2026-11-27T18:49:30.000Z',
		final: true,
	});
});

test('sizes in decimal units, French units and comma', t => {
	t.is(formatBytes(0, 'en'), '0 B');
	t.is(formatBytes(24, 'en'), '24 B');
	t.is(formatBytes(1500, 'en'), '1.5 kB');
	t.is(formatBytes(999_960, 'en'), '1 MB');
	t.is(formatBytes(123_456_789, 'en'), '123 MB');
	t.is(formatBytes(24, 'fr'), '24 o');
	t.is(formatBytes(1_500_000, 'fr'), '1,5 Mo');
	t.is(formatBytes(5e18, 'en'), '5000 PB');
});

test('times', t => {
	t.is(formatTime('2026-01-02T03:04:05Z', true), '2026-01-02 03:04:05');
	t.is(formatTime('not a date', true), 'not a date');
});

test(':volume NAME lists the files it read', t => {
	const contents = {
		fileCount: 3,
		totalBytes: 1_000_024,
		files: [{path: 'big.bin', size: 1_000_000}, {path: 'test.txt', size: 24}],
		truncated: true,
		partial: true,
		via: 'helper' as const,
		readAt: Date.parse('2026-11-27T18:49:29Z'),
	};
	t.is(formatVolumeContents('my_volume', contents, {lang: 'en', utc: true}), [
		'Volume my_volume: 3 files, 1 MB (read through a short-lived helper container, 2026-11-27 18:49:29)',
		'  1 MB  big.bin',
		'  24 B  test.txt',
		'  … and 1 more file',
		'Some folders could not be read: there may be more.',
	].join('\n'));
	t.is(formatVolumeContents('v', {...contents, fileCount: 0, totalBytes: 0, files: [], partial: false, via: 'mountpoint'}, {lang: 'fr', utc: true}),
		'Volume v : vide (lu dans son dossier sur la machine du moteur, 2026-11-27 18:49:29)');
});
