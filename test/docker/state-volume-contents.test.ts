import test from 'ava';
import {createDockerRunner} from '../../source/docker/state-runner.js';
import {StateTracker} from '../../source/docker/state-tracker.js';
import {readMountpoint, readVolumeContents, VolumeContentsError} from '../../source/docker/volume-contents.js';
import {docker, dockerBinary, engine, engineTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {waitForState} from './state-helpers.js';

const volume = uniqueName('contents-vol');
const empty = uniqueName('contents-empty');
const runner = createDockerRunner({binary: dockerBinary});
let tracker: StateTracker | undefined;

test.before(async () => {
	if (!engine.ok) {
		return;
	}

	await docker('volume', 'create', '--label', testLabel, volume);
	await docker('volume', 'create', '--label', testLabel, empty);
	await docker('run', '--rm', '--label', testLabel, '--mount', `type=volume,src=${volume},dst=/v`, 'alpine:latest', 'sh', '-c',
		'echo "hello world from Docker" > /v/test.txt; mkdir -p "/v/a dir/deeper"; printf 12345 > "/v/a dir/deeper/five bytes"; ln -s /etc/passwd /v/link');
	tracker = new StateTracker({runner, helperImage: 'alpine:latest'});
	await tracker.start();
});

test.after.always(async () => {
	await tracker?.dispose();
	await removeCreated({volumes: [volume, empty]});
});

const expected = {
	fileCount: 2,
	totalBytes: 29,
	files: [{path: 'a dir/deeper/five bytes', size: 5}, {path: 'test.txt', size: 24}],
	truncated: false,
	partial: false,
};

engineTest('read through a helper container (forced): files, sizes, no symlink followed', async t => {
	const contents = await tracker!.volumeContents(volume, {via: 'helper'});
	t.like(contents, {...expected, via: 'helper'});
	t.like(tracker!.getState().volumes[volume]?.contents, {fileCount: 2, via: 'helper'});
	// The helper container leaves nothing behind and never shows in the model.
	t.false(Object.values(tracker!.getState().containers).some(container => container.image === 'alpine:latest' && container.mounts.some(mount => mount.type === 'volume' && mount.name === volume)));
});

engineTest('read through the Mountpoint of this local engine gives the same answer', async t => {
	const contents = await tracker!.volumeContents(volume, {via: 'mountpoint'});
	t.like(contents, {...expected, via: 'mountpoint'});
	const automatic = await tracker!.volumeContents(volume);
	t.is(automatic.via, 'mountpoint');
});

engineTest('an empty volume, a listing bound, a missing volume', async t => {
	t.like(await tracker!.volumeContents(empty, {via: 'helper'}), {fileCount: 0, totalBytes: 0, files: []});
	const mountpoint = tracker!.getState().volumes[volume]!.mountpoint!;
	const bounded = await readMountpoint(mountpoint, {maxListed: 1});
	t.like(bounded, {fileCount: 2, totalBytes: 29, truncated: true});
	t.is(bounded.files.length, 1);
	const missing = uniqueName('contents-missing');
	const error = await t.throwsAsync(tracker!.volumeContents(missing), {instanceOf: VolumeContentsError});
	t.is(error?.describe('fr'), `Aucun volume ne s’appelle ${missing}. \`docker volume ls\` les liste.`);
	// Asking about a missing volume must not create it.
	t.false((await docker('volume', 'ls', '--quiet')).split('\n').includes(missing));
});

engineTest('a volume known only from an event (no Mountpoint yet) is inspected before its files are read, not read through a helper', async t => {
	// A long quiet time: the burst's own inspect of the new volume cannot come first.
	const eventsOnly = new StateTracker({runner, coalesceMs: 60_000, coalesceMaxMs: 60_000});
	const created = uniqueName('contents-event');
	try {
		await eventsOnly.start();
		await docker('volume', 'create', '--label', testLabel, created);
		await waitForState(eventsOnly, state => state.volumes[created] !== undefined, 30_000);
		t.like(eventsOnly.getState().volumes[created], {detailed: false, mountpoint: undefined});
		t.like(await eventsOnly.volumeContents(created), {fileCount: 0, via: 'mountpoint'});
	} finally {
		await eventsOnly.dispose();
		await removeCreated({volumes: [created]});
	}
});

engineTest('by default the helper runs the image most recently used', async t => {
	const fresh = new StateTracker({runner});
	const container = uniqueName('contents-image');
	try {
		await fresh.start();
		await docker('create', '--label', testLabel, '--name', container, 'alpine:latest', 'true');
		await fresh.settle();
		t.is(fresh.getState().lastImage, 'alpine:latest');
		t.like(await fresh.volumeContents(volume, {via: 'helper'}), {fileCount: 2, via: 'helper'});
	} finally {
		await fresh.dispose();
		await removeCreated({containers: [container]});
	}
});

engineTest('helper failures say what went wrong', async t => {
	const noImage = await t.throwsAsync(readVolumeContents({runner, name: volume, via: 'helper'}), {instanceOf: VolumeContentsError});
	t.regex(noImage?.message ?? '', /no image is known/);
	const badImage = await t.throwsAsync(readVolumeContents({runner, name: volume, via: 'helper', helperImage: 'dockwise-no-such-image:never'}), {instanceOf: VolumeContentsError});
	t.regex(badImage?.message ?? '', /through a helper container of image dockwise-no-such-image:never: .*No such image/);
	const unreadable = await t.throwsAsync(readVolumeContents({runner, name: volume, via: 'mountpoint', mountpoint: '/nonexistent/_data'}), {instanceOf: VolumeContentsError});
	t.is(unreadable?.message, `Cannot read volume ${volume} at /nonexistent/_data: ENOENT`);
});

engineTest('a remote engine is never read through a local path', async t => {
	const remote = createDockerRunner({binary: dockerBinary, env: {...process.env, DOCKER_HOST: 'tcp://127.0.0.1:1'}});
	const contents = await readVolumeContents({
		runner,
		name: volume,
		mountpoint: tracker!.getState().volumes[volume]!.mountpoint!,
		helperImage: 'alpine:latest',
		isLocalEngine: async () => (await import('../../source/docker/engine-location.js')).isLocalEngine(remote),
	});
	t.is(contents.via, 'helper');
});
