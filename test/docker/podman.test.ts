import test from 'ava';
import {checkEngine} from '../../source/docker/engine-status.js';
import {createDockerRunner} from '../../source/docker/state-runner.js';
import {StateTracker} from '../../source/docker/state-tracker.js';
import {IsolatedPodman, podmanTest} from '../helpers/podman.js';
import {waitForState} from './state-helpers.js';

let podman: IsolatedPodman | undefined;
let tracker: StateTracker | undefined;

test.after.always(async () => {
	await tracker?.dispose();
	await podman?.remove();
});

podmanTest('podman: version, the batched load, its events (died, remove) and volume contents read from its Mountpoint', async t => {
	podman = await IsolatedPodman.create();
	const status = await checkEngine(podman.binary, process.env);
	t.like(status, {state: 'ready', product: 'podman', apiVersion: '1.41'});

	await podman.run('volume', 'create', 'kept');
	const runner = createDockerRunner({binary: podman.binary});
	tracker = new StateTracker({runner});
	await tracker.start();
	t.truthy(tracker.getState().volumes['kept'], 'listed from podman\'s JSON array');

	// Followed from `podman events`: created, mounted by a container that writes and exits, then removed.
	await podman.run('run', '--name', 'writer', '-v', 'kept:/data', 'alpine:latest', 'sh', '-c', 'echo from podman > /data/note.txt');
	const withContainer = await waitForState(tracker, state => Object.values(state.containers).some(container => container.name === 'writer' && container.status === 'exited' && container.mounts.length > 0), 30_000);
	const writer = Object.values(withContainer.containers).find(container => container.name === 'writer')!;
	t.like(writer.mounts[0], {type: 'volume', name: 'kept', destination: '/data'});

	const contents = await tracker.volumeContents('kept');
	t.is(contents.via, 'mountpoint', 'podman here is local: its Mountpoint is read directly');
	t.deepEqual(contents.files.map(file => file.path), ['note.txt']);

	await podman.run('rm', 'writer');
	await waitForState(tracker, state => !Object.values(state.containers).some(container => container.name === 'writer'), 30_000);
	await podman.run('volume', 'rm', 'kept');
	await waitForState(tracker, state => !state.volumes['kept'], 30_000);
	t.pass();
});
