import test from 'ava';
import {parseDiff} from '../../source/state/parse-queries.js';
import {anonymousVolumeLabel} from '../../source/state/types.js';
import {container, stateWith, volume} from '../state/build.js';
import {assess, contents, text} from './helpers.js';

const anonymousName = 'e'.repeat(64);

function systemState() {
	return stateWith({
		volumes: [
			volume('app_data', {contents: contents([['app.db', 9000]])}),
			volume('live_data', {contents: contents([['live.db', 100]])}),
			volume('loose', {contents: contents([['notes.txt', 50]])}),
			volume(anonymousName, {anonymous: true, labels: {[anonymousVolumeLabel]: ''}, contents: contents([['tmp.bin', 70]])}),
		],
		containers: [
			container('exited-id', 'old_app', {
				status: 'exited',
				labels: {team: 'blue'},
				mounts: [
					{type: 'volume', name: 'app_data', destination: '/data', readOnly: false},
					{type: 'volume', name: anonymousName, destination: '/tmp/cache', readOnly: false},
				],
				writableLayer: {changes: parseDiff('C /etc\nC /etc/hosts\nA /data\nA /srv\nA /srv/report.csv'), capturedAt: 1, final: true},
			}),
			container('created-id', 'never_started', {status: 'created', labels: {team: 'red'}, writableLayer: {changes: [], capturedAt: 1, final: true}}),
			container('running-id', 'web', {mounts: [{type: 'volume', name: 'live_data', destination: '/live', readOnly: false}], writableLayer: {changes: parseDiff('A /x'), capturedAt: 1, final: false}}),
		],
	});
}

test('system prune: stopped containers lose what they wrote; volumes are left alone without --volumes', t => {
	const preview = assess('docker system prune', systemState());
	t.is(preview?.severity, 'danger');
	t.deepEqual(text(preview), [
		'Running this deletes, for good:',
		'  container old_app: 2 changes outside volumes',
		'      /etc/hosts (changed), /srv/report.csv (new)',
		'  container never_started: nothing written outside volumes, nothing lost',
		'  Also deleted: unused networks, dangling images and build cache; none of them holds files you wrote.',
	]);
	t.deepEqual(preview?.confirmedArgs, ['system', 'prune', '--force']);
	t.deepEqual(text(assess('docker system prune', systemState(), {lang: 'fr'}), 'fr'), [
		'Lancer ceci supprime, sans retour possible :',
		'  container old_app : 2 modifications hors volumes',
		'      /etc/hosts (modifié), /srv/report.csv (nouveau)',
		'  container never_started : rien d’écrit hors volumes, rien de perdu',
		'  Supprimés aussi : réseaux inutilisés, images orphelines et cache de construction ; rien de tout cela ne contient de fichiers écrits par vous.',
	]);
});

test('system prune --volumes on API 1.41: the stopped containers go first, so their volumes go too, named ones included', t => {
	const preview = assess('docker system prune --volumes', systemState(), {api: '1.41'});
	t.deepEqual(text(preview), [
		'Running this deletes, for good:',
		'  container old_app: 2 changes outside volumes',
		'      /etc/hosts (changed), /srv/report.csv (new)',
		'  container never_started: nothing written outside volumes, nothing lost',
		'  volume app_data: 1 file, 9 kB',
		'      such as app.db',
		'  anonymous volume eeeeeeeeeeee…: 1 file, 70 B',
		'      such as tmp.bin',
		'  volume loose: 1 file, 50 B',
		'      such as notes.txt',
		'  This engine (API 1.41) deletes every unused volume, named ones too, not only anonymous ones.',
		'  Volumes used only by the stopped containers above go too: docker deletes the containers first, then the volumes nobody uses.',
		'  Also deleted: unused networks, dangling images and build cache; none of them holds files you wrote.',
	]);
	t.is(text(assess('system prune --volumes', systemState(), {lang: 'fr'}), 'fr').at(-2),
		'  Les volumes utilisés seulement par les containers arrêtés ci-dessus partent aussi : docker supprime d’abord les containers, puis les volumes que plus personne n’utilise.');
});

test('system prune --volumes on API >= 1.42: only anonymous volumes, even with -a (which is about images)', t => {
	const lines = text(assess('system prune --volumes -a', systemState(), {api: '1.45'}));
	t.true(lines.includes('  anonymous volume eeeeeeeeeeee…: 1 file, 70 B'));
	t.false(lines.some(line => line.includes('app_data') || line.includes('loose')));
	t.is(lines.at(-1), '  Also deleted: unused networks, every image no container uses, and build cache; none of them holds files you wrote.');
	t.is(text(assess('system prune -a', systemState(), {lang: 'fr'}), 'fr').at(-1), '  Supprimés aussi : réseaux inutilisés, toutes les images qu’aucun container n’utilise, et cache de construction ; rien de tout cela ne contient de fichiers écrits par vous.');
});

test('system prune filters: labels apply to containers and volumes; until is not applied here; until with --volumes is refused', t => {
	const blue = text(assess('system prune --filter label=team=blue', systemState()));
	t.true(blue.some(line => line.includes('old_app')));
	t.false(blue.some(line => line.includes('never_started')));
	t.is(assess('system prune --filter label=team=red', systemState()), undefined);

	const until = assess('system prune --filter until=24h', systemState());
	t.true(text(until).includes('  The filter until=24h is not applied here: the list is the most that could go.'));
	t.true(text(assess('system prune --filter until=24h', systemState(), {lang: 'fr'}), 'fr').includes('  Le filtre until=24h n’est pas appliqué ici : la liste est le maximum de ce qui pourrait partir.'));
	t.is(assess('system prune --volumes --filter until=24h', systemState()), undefined);
	t.is(assess('system prune --filter dangling=true', systemState()), undefined);
});

test('system prune -f runs without docker asking; nothing stopped and no volumes means no question', t => {
	t.is(assess('system prune -f', systemState())?.confirmedArgs, undefined);
	const quiet = stateWith({containers: [container('r', 'web')], volumes: [volume('v', {contents: contents([['a', 1]])})]});
	t.is(assess('system prune', quiet), undefined);
});
