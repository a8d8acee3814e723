import {ownFailureReasons} from '../../source/state/failure-reason.js';
import test from 'ava';
import {createDockerRunner} from '../../source/docker/state-runner.js';
import {chunkArguments, EngineQueryError, inspectContainers, inspectVolumes, listContainers, listVolumes, volumeSizes} from '../../source/docker/state-queries.js';
import {readWritableLayer} from '../../source/docker/writable-layer.js';
import {docker, dockerBinary, engine, engineTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';

const volumeName = uniqueName('queries-vol');
const containerName = uniqueName('queries-ctr');
const runner = createDockerRunner({binary: dockerBinary});

test.before(async () => {
	if (!engine.ok) {
		return;
	}

	await docker('volume', 'create', '--label', testLabel, '--label', 'purpose=queries,with comma', volumeName);
	await docker('create', '--label', testLabel, '--name', containerName,
		'--mount', `type=volume,src=${volumeName},dst=/data,readonly`,
		'--mount', 'type=bind,src=/tmp,dst=/host-tmp',
		'--tmpfs', '/scratch',
		'-v', '/anonymous',
		'alpine:latest', 'sh', '-c', 'echo hi > /root/x');
});

test.after.always(async () => {
	await removeCreated({containers: [containerName], volumes: [volumeName]});
});

engineTest('volume ls and volume inspect see a labelled volume', async t => {
	const listed = await listVolumes(runner);
	t.like(listed.find(volume => volume.name === volumeName), {driver: 'local', labels: {[testLabel]: ''}});
	const {volumes, missing} = await inspectVolumes(runner, [volumeName, `${volumeName}-missing`]);
	t.deepEqual(missing, [`${volumeName}-missing`]);
	t.like(volumes[0], {name: volumeName, labels: {[testLabel]: '', purpose: 'queries,with comma'}});
	t.regex(volumes[0]?.createdAt ?? '', /^\d{4}-\d{2}-\d{2}T/);
});

engineTest('ps and inspect give the container with every kind of mount', async t => {
	const listed = await listContainers(runner);
	const summary = listed.find(container => container.name === containerName);
	t.like(summary, {status: 'created', image: 'alpine:latest'});
	t.is(summary?.id.length, 64);
	const {containers, missing} = await inspectContainers(runner, [summary!.id, 'f'.repeat(64)]);
	t.deepEqual(missing, ['f'.repeat(64)]);
	const mounts = containers[0]?.mounts ?? [];
	t.like(mounts.find(mount => mount.destination === '/data'), {type: 'volume', name: volumeName, readOnly: true});
	t.like(mounts.find(mount => mount.destination === '/host-tmp'), {type: 'bind', source: '/tmp', readOnly: false});
	t.like(mounts.find(mount => mount.destination === '/scratch'), {type: 'tmpfs'});
	t.like(mounts.find(mount => mount.destination === '/anonymous'), {type: 'volume'});
});

engineTest('system df gives volume sizes; diff reads a stopped container\'s layer', async t => {
	const sizes = await volumeSizes(runner);
	t.true(sizes.some(size => size.name === volumeName && size.size === 0));
	await docker('start', '--attach', containerName);
	const changes = await readWritableLayer(runner, containerName);
	t.true(changes?.some(change => change.kind === 'A' && change.path === '/root/x'));
	t.is(await readWritableLayer(runner, uniqueName('nothing')), undefined);
});

engineTest('a query the engine cannot answer throws with docker\'s reason', async t => {
	const away = createDockerRunner({binary: dockerBinary, env: {...process.env, DOCKER_HOST: 'unix:///tmp/dockwise-no-engine.sock'}});
	const error = await t.throwsAsync(listVolumes(away), {instanceOf: EngineQueryError});
	t.regex(error?.message ?? '', /Cannot connect to the Docker daemon/);
	t.is(away.spawnCount, 1);
	const missing = createDockerRunner({binary: '/nonexistent/docker'});
	await t.throwsAsync(listVolumes(missing), {message: ownFailureReasons.notFound});
});

test('chunking keeps each command line within the budget', t => {
	const names = Array.from({length: 10}, (_, index) => `volume-${index}`);
	t.deepEqual(chunkArguments(names, 20).map(chunk => chunk.length), [2, 2, 2, 2, 2]);
	t.deepEqual(chunkArguments(names).length, 1);
	t.deepEqual(chunkArguments([]), []);
	t.deepEqual(chunkArguments(['a-very-long-name'], 3), [['a-very-long-name']]);
});
