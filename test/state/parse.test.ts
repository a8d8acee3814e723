import test from 'ava';
import {parseEventLine} from '../../source/state/parse-event.js';
import {
	containerInspectTemplate,
	helperListingScript,
	isAnonymousVolume,
	parseContainerInspect,
	parseContainerList,
	parseDiff,
	parseHelperListing,
	parseHumanSize,
	parseLabels,
	parseMixedInspect,
	parseStatus,
	parseSystemDf,
	parseVolumeInspect,
	parseVolumeList,
	parseVolumeSizes,
} from '../../source/state/parse-queries.js';
import {events} from './build.js';
import {containerId, containerInspect, diffWithMounts, newStyleEvent, psAll, rmRunEvents, systemDf, volumeInspect, volumeLs} from './fixtures.js';

test('events of a 20.10 engine: type, action, actor, attributes, exact timestamp', t => {
	const parsed = events(rmRunEvents);
	t.is(parsed.length, 12);
	t.deepEqual(parsed[4], {
		type: 'volume',
		action: 'mount',
		id: 'probe-vol-x2',
		attributes: {container: containerId, destination: '/d', driver: 'local', propagation: '', 'read/write': 'true'},
		time: 1_795_804_770_975,
		timestamp: '1795804770.975400122',
	});
	t.like(parsed[7], {type: 'container', action: 'die', id: containerId, attributes: {exitCode: '0', name: 'probe-ctr-x2'}});
});

test('events of newer engines: no legacy fields, action details dropped', t => {
	t.like(parseEventLine(newStyleEvent), {type: 'container', action: 'exec_start', id: 'abc123', timestamp: '1795804771.000000001'});
});

test('lines that are not events are skipped', t => {
	t.is(parseEventLine(''), undefined);
	t.is(parseEventLine('Error response from daemon: something'), undefined);
	t.is(parseEventLine('{"Type":"volume"}'), undefined);
	t.is(parseEventLine('{broken'), undefined);
	t.is(parseEventLine('[1,2]'), undefined);
});

test('volume ls: names, drivers, labels, mountpoints', t => {
	const volumes = parseVolumeList(`${volumeLs}\nnot json\n`);
	t.is(volumes.length, 2);
	t.deepEqual(volumes[1], {name: 'probe-vol-x1', driver: 'local', labels: {'dockwise.test': '', foo: 'bar'}, mountpoint: '/var/lib/docker/volumes/probe-vol-x1/_data', scope: 'local'});
});

test('volume inspect: labels as an object and the creation date', t => {
	t.deepEqual(parseVolumeInspect(volumeInspect), [{
		name: 'probe-vol-x1',
		driver: 'local',
		labels: {'dockwise.test': '', foo: 'bar'},
		mountpoint: '/var/lib/docker/volumes/probe-vol-x1/_data',
		scope: 'local',
		createdAt: '2026-11-27T18:39:20Z',
	}]);
});

test('ps: full id, first name, state, labels, creation date', t => {
	t.deepEqual(parseContainerList(psAll), [{
		id: 'f81d34869b3267174409df8130a80158d84a1415788f85ddb68920d765603271',
		name: 'probe-ctr-x1',
		image: 'alpine:latest',
		status: 'created',
		labels: {'dockwise.test': ''},
		createdAt: '2026-11-27T18:39:20.000Z',
	}]);
	t.like(parseContainerList('{"ID":"abc","Names":"db,web/db","Status":"Up 3 minutes (Paused)"}')[0], {name: 'db', status: 'paused'});
});

test('inspect: volume, bind and tmpfs mounts, auto-remove', t => {
	const [details] = parseContainerInspect(containerInspect);
	t.like(details, {name: 'probe-ctr-x1', status: 'created', autoRemove: false, exitCode: 0, labels: {'dockwise.test': ''}});
	t.deepEqual(details?.mounts, [
		{type: 'volume', name: 'probe-vol-x1', destination: '/data', readOnly: false, driver: 'local'},
		{type: 'volume', name: '4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934', destination: '/anon', readOnly: false, driver: 'local'},
		{type: 'bind', source: '/tmp', destination: '/hosttmp', readOnly: true, propagation: 'rprivate'},
		{type: 'tmpfs', destination: '/run/x'},
	]);
	t.true(containerInspectTemplate.includes('(index .HostConfig "Tmpfs")'));
	t.is(details?.tty, undefined, 'not in the output: not known');
	t.like(parseContainerInspect(containerInspect.replace('"Mounts":', '"Tty":true,"Mounts":'))[0], {tty: true});
	t.like(parseContainerInspect(containerInspect.replace('"Mounts":', '"Tty":false,"Mounts":'))[0], {tty: false});
});

test('system df: volume sizes in bytes', t => {
	t.deepEqual(parseVolumeSizes(systemDf), [
		{name: 'probe-vol-x1', size: 1500},
		{name: '4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934', size: 0},
	]);
	t.deepEqual(parseVolumeSizes(''), []);
});

test('system df -v lists every volume and container in one document', t => {
	const container = '{"Command":"\\"/bin/sh\\"","CreatedAt":"2026-12-02 16:00:09 +0000 UTC","ID":"b270fc0eb3d61b1045fa9b690617fa1c4e776128940d128830829fd6b4c4c272","Image":"alpine:latest","Labels":"dockwise.test=71635b","LocalVolumes":"1","Mounts":"vol1","Names":"web","Networks":"bridge","Platform":null,"Ports":"","RunningFor":"1 second ago","Size":"0B","State":"created","Status":"Created"}';
	const listed = parseSystemDf(systemDf.replace('"Containers":[]', `"Containers":[${container}]`));
	t.deepEqual(listed?.volumes.map(volume => volume.name), ['probe-vol-x1', '4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934']);
	t.like(listed?.volumes[0], {labels: {'dockwise.test': '', foo: 'bar'}, driver: 'local'});
	t.like(listed?.containers, [{id: 'b270fc0eb3d61b1045fa9b690617fa1c4e776128940d128830829fd6b4c4c272', name: 'web', status: 'created', labels: {'dockwise.test': '71635b'}}]);
	t.is(listed?.sizes[0]?.size, 1500);
	t.deepEqual(listed?.unmounted, new Set(), 'web mounts vol1');
	const bare = container.replace('"LocalVolumes":"1","Mounts":"vol1"', '"LocalVolumes":"0","Mounts":""');
	t.deepEqual(parseSystemDf(systemDf.replace('"Containers":[]', `"Containers":[${bare}]`))?.unmounted, new Set(['b270fc0eb3d61b1045fa9b690617fa1c4e776128940d128830829fd6b4c4c272']));
	const bindOnly = container.replace('"LocalVolumes":"1","Mounts":"vol1"', '"LocalVolumes":"0","Mounts":"/tmp"');
	t.deepEqual(parseSystemDf(systemDf.replace('"Containers":[]', `"Containers":[${bindOnly}]`))?.unmounted, new Set(), 'a bind mount is listed by its source');
	t.is(parseSystemDf('Error response from daemon: a disk usage operation is already running'), undefined);
});

test('an untyped inspect: containers and volumes told apart, other objects left out', t => {
	const container = '{"Id":"c59c18c7a5f4ca90b8bef503e45fe1f51a6655ff6e0aca4573b50fa643d608b9","Created":"2026-12-02T16:01:18.788525762Z","State":{"Status":"exited","ExitCode":3},"Name":"/probe","HostConfig":{"AutoRemove":true,"Tmpfs":{"/run/x":"size=1m"}},"Mounts":[{"Type":"volume","Name":"dwst-probe","Source":"/var/lib/docker/volumes/dwst-probe/_data","Destination":"/d","Driver":"local","Mode":"z","RW":true,"Propagation":""}],"Config":{"Image":"alpine:latest","Labels":{"a":"1,2"},"Tty":true}}';
	const volume = '{"CreatedAt":"2026-12-02T16:01:18Z","Driver":"local","Labels":{"b":"x,y=z"},"Mountpoint":"/var/lib/docker/volumes/dwst-probe/_data","Name":"dwst-probe","Options":null,"Scope":"local"}';
	const image = '{"Id":"sha256:002c","RepoTags":["alpine:latest"],"Config":{}}';
	const {volumes, containers} = parseMixedInspect([container, volume, image].join('\n'));
	t.deepEqual(volumes, [{name: 'dwst-probe', driver: 'local', labels: {b: 'x,y=z'}, mountpoint: '/var/lib/docker/volumes/dwst-probe/_data', scope: 'local', createdAt: '2026-12-02T16:01:18Z'}]);
	t.like(containers[0], {name: 'probe', image: 'alpine:latest', status: 'exited', exitCode: 3, autoRemove: true, labels: {a: '1,2'}, tty: true});
	t.deepEqual(containers[0]?.mounts, [{type: 'volume', name: 'dwst-probe', destination: '/d', readOnly: false, driver: 'local'}, {type: 'tmpfs', destination: '/run/x', options: 'size=1m'}]);
});

test('human sizes', t => {
	t.is(parseHumanSize('24B'), 24);
	t.is(parseHumanSize('1.984MB'), 1_984_000);
	t.is(parseHumanSize('2GiB'), 2 * 1024 ** 3);
	t.is(parseHumanSize('N/A'), undefined);
	t.is(parseHumanSize('12 parsecs'), undefined);
});

test('docker diff lines', t => {
	t.deepEqual(parseDiff(`${diffWithMounts}\n`).slice(0, 2), [{kind: 'A', path: '/data'}, {kind: 'A', path: '/hosttmp'}]);
	t.deepEqual(parseDiff('A /with space/file name.txt\nwhat\nX /nope'), [{kind: 'A', path: '/with space/file name.txt'}]);
});

test('labels as the CLI prints them, commas in values included', t => {
	t.deepEqual(parseLabels('a=1,b=2'), {a: '1', b: '2'});
	t.deepEqual(parseLabels('desc=one,two,x=3'), {desc: 'one,two', x: '3'});
	t.deepEqual(parseLabels('flag'), {flag: ''});
	t.deepEqual(parseLabels(''), {});
	t.deepEqual(parseLabels(null), {});
	t.deepEqual(parseLabels({a: '1'}), {a: '1'});
});

test('anonymous volumes: the label of newer engines, or a 64-digit name', t => {
	t.true(isAnonymousVolume('4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934', {}));
	t.true(isAnonymousVolume('whatever', {'com.docker.volume.anonymous': ''}));
	t.false(isAnonymousVolume('my_volume', {}));
	t.false(isAnonymousVolume('4c4bcabfd9d7', {}));
});

test('container status from State or from the human Status', t => {
	t.is(parseStatus('running', undefined), 'running');
	t.is(parseStatus(undefined, 'Up 2 minutes'), 'running');
	t.is(parseStatus(undefined, 'Exited (0) 3 seconds ago'), 'exited');
	t.is(parseStatus(undefined, 'Created'), 'created');
	t.is(parseStatus(undefined, 'Restarting (1) 2 seconds ago'), 'restarting');
	t.is(parseStatus(undefined, 'Removal In Progress'), 'removing');
	t.is(parseStatus(undefined, 'Dead'), 'dead');
});

test('helper listing: files relative to the root, totals', t => {
	const stdout = '24 /dockwise-volume/test.txt\n6 /dockwise-volume/a dir/b c.txt\nTOTAL 3 1030\n';
	t.deepEqual(parseHelperListing(stdout, '/dockwise-volume'), {
		files: [{path: 'test.txt', size: 24}, {path: 'a dir/b c.txt', size: 6}],
		fileCount: 3,
		totalBytes: 1030,
	});
	t.is(parseHelperListing('sh: find: not found\n', '/dockwise-volume'), undefined);
	t.deepEqual(parseHelperListing('TOTAL 0 0', '/v'), {files: [], fileCount: 0, totalBytes: 0});
	t.regex(helperListingScript('/v', 5), /^find \/v -type f .* max=5 /);
});
