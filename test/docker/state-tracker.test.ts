import test from 'ava';
import {execa} from 'execa';
import {createDockerRunner, type DockerRunner, type DockerStream} from '../../source/docker/state-runner.js';
import {StateTracker} from '../../source/docker/state-tracker.js';
import {narrateChanges} from '../../source/state/narrate.js';
import {docker, dockerBinary, engine, engineTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {waitForState} from './state-helpers.js';

/** These tests read narration windows: run them one after another. */
const serialEngineTest = engine.ok ? test.serial : test.skip;
const created = {containers: [] as string[], volumes: [] as string[]};
const trackers: StateTracker[] = [];

function newTracker(options: Partial<ConstructorParameters<typeof StateTracker>[0]> = {}) {
	const runner = createDockerRunner({binary: dockerBinary});
	const tracker = new StateTracker({runner, ...options});
	trackers.push(tracker);
	return {tracker, runner};
}

function name(prefix: string, kind: 'containers' | 'volumes'): string {
	const unique = uniqueName(prefix);
	created[kind].push(unique);
	return unique;
}

test.after.always(async () => {
	await Promise.all(trackers.map(async tracker => tracker.dispose()));
	await removeCreated(created);
});

engineTest('the initial load sees existing volumes and containers with their mounts, in at most 3 processes; volume details right after', async t => {
	const volume = name('load-vol', 'volumes');
	const container = name('load-ctr', 'containers');
	await docker('volume', 'create', '--label', testLabel, '--label', 'team=state', volume);
	await docker('create', '--label', testLabel, '--name', container, '--mount', `type=volume,src=${volume},dst=/data`, 'alpine:latest', 'true');
	const {tracker, runner} = newTracker();
	await tracker.start();
	t.true(runner.spawnCount <= 3, `${runner.spawnCount} processes`);
	const state = tracker.getState();
	t.like(state, {loaded: true, engine: {kind: 'up'}});
	t.like(state.volumes[volume], {labels: {[testLabel]: '', team: 'state'}, anonymous: false});
	t.like((await tracker.settle()).volumes[volume], {labels: {[testLabel]: '', team: 'state'}, detailed: true});
	const loaded = Object.values(state.containers).find(entry => entry.name === container);
	t.like(loaded, {status: 'created', detailed: true, mounts: [{type: 'volume', name: volume, destination: '/data', readOnly: false}]});
});

engineTest('the initial load inspects containers that mount something or run; a stopped one listed with no mount is listed, then inspected right after', async t => {
	const volume = name('split-vol', 'volumes');
	const mounting = name('split-mounting', 'containers');
	const binding = name('split-binding', 'containers');
	const bare = name('split-bare', 'containers');
	await docker('volume', 'create', '--label', testLabel, volume);
	await docker('create', '--label', testLabel, '--name', mounting, '-v', `${volume}:/data`, 'alpine:latest', 'true');
	await docker('create', '--label', testLabel, '--name', binding, '-v', '/tmp:/host-tmp:ro', 'alpine:latest', 'true');
	await docker('create', '--label', testLabel, '--name', bare, '--rm', '-t', 'alpine:latest', 'true');
	const {tracker} = newTracker();
	await tracker.start();
	const byName = (wanted: string) => Object.values(tracker.getState().containers).find(entry => entry.name === wanted);
	t.like(byName(mounting), {detailed: true, mounts: [{type: 'volume', name: volume, destination: '/data'}]});
	t.like(byName(binding), {detailed: true, mounts: [{type: 'bind', source: '/tmp', destination: '/host-tmp', readOnly: true}]});
	// The engine may have answered a `system df` for someone else meanwhile (then every container is inspected at once).
	t.like(byName(bare), {status: 'created', mounts: []});
	await waitForState(tracker, () => byName(bare)?.detailed === true, 30_000);
	t.like(byName(bare), {autoRemove: true, tty: true, mounts: []});
});

engineTest('a volume created from another terminal appears, detailed, with its labels', async t => {
	const {tracker} = newTracker();
	await tracker.start();
	const volume = name('live-vol', 'volumes');
	await docker('volume', 'create', '--label', testLabel, '--label', 'from=elsewhere', volume);
	await waitForState(tracker, state => state.volumes[volume]?.detailed === true, 30_000);
	t.like(tracker.getState().volumes[volume], {labels: {from: 'elsewhere'}});
	await docker('volume', 'rm', volume);
	await waitForState(tracker, state => !state.volumes[volume], 30_000);
	// Other runs share the engine: their removals may come after ours.
	t.true(tracker.getState().removedVolumes.some(removed => removed.name === volume));
});

serialEngineTest('tutorial, no volume: an interactive --rm container writes /home/test.txt and exits; the loss is named', async t => {
	const {tracker} = newTracker();
	await tracker.start();
	const container = name('my_alpine', 'containers');
	const command = tracker.beginCommand();
	const shell = execa(dockerBinary, ['container', 'run', '--rm', '--name', container, '--label', testLabel, '-i', 'alpine:latest', 'sh'], {stdin: 'pipe'});
	shell.stdin.write('echo "hello world from Docker" > /home/test.txt\ncat /home/test.txt\n');
	// A person types `exit` a moment later; the tracker reads the layer about once a second
	// meanwhile. How long that takes on a busy machine is bench matter: wait for the reading.
	await waitForState(tracker, state => Object.values(state.containers).some(entry => entry.name === container
		&& entry.writableLayer?.changes.some(change => change.path === '/home/test.txt')), 30_000);
	shell.stdin.end('exit\n');
	const {stdout} = await shell;
	t.is(stdout, 'hello world from Docker');
	const {before, after} = await command.end();
	// Other tests share the engine: keep the lines about this container.
	const lines = narrateChanges(before, after, 'en').filter(line => line.includes(container));
	t.deepEqual(lines, [
		`container ${container} has no volume: what it writes stays in its writable layer and goes with it`,
		`container ${container} removed: lost /home/test.txt`,
	]);
	t.is(narrateChanges(before, after, 'fr').filter(line => line.includes(container))[1], `container ${container} supprimé\u00A0: perdu /home/test.txt`);
});

serialEngineTest('tutorial, with a volume: create, --mount and write, kept with 1 file; a second container sees it', async t => {
	const {tracker} = newTracker();
	await tracker.start();
	const volume = name('my_volume', 'volumes');
	const first = name('my_alpine', 'containers');
	const second = name('my_alpine2', 'containers');

	let command = tracker.beginCommand();
	await docker('volume', 'create', '--label', testLabel, '--name', volume);
	let result = await command.end();
	t.deepEqual(narrateChanges(result.before, result.after, 'en').filter(line => line.includes(volume)), [`volume ${volume} created`]);
	t.like(result.after.volumes[volume], {detailed: true, labels: {[testLabel]: ''}});

	command = tracker.beginCommand();
	await docker('container', 'run', '--name', first, '--label', testLabel, '--mount', `type=volume,src=${volume},dst=/home/my_folder`, '--rm', 'alpine:latest',
		'sh', '-c', 'echo "hello world from Docker" > /home/my_folder/test.txt');
	result = await command.end();
	const lines = narrateChanges(result.before, result.after, 'en').filter(line => line.includes(volume) || line.includes(first));
	t.is(lines[0], `${volume} mounted at /home/my_folder in ${first}`);
	t.is(lines.at(-1), `volume ${volume} kept: 1 file, 24 B`);
	t.is(narrateChanges(result.before, result.after, 'fr').filter(line => line.includes(volume)).at(-1), `volume ${volume} conservé\u00A0: 1 fichier, 24 o`);

	command = tracker.beginCommand();
	const seen = await docker('container', 'run', '--name', second, '--label', testLabel, '--mount', `type=volume,src=${volume},dst=/home/my_folder2`, '--rm', 'alpine:latest',
		'cat', '/home/my_folder2/test.txt');
	t.is(seen, 'hello world from Docker');
	result = await command.end();
	t.deepEqual(narrateChanges(result.before, result.after, 'en').filter(line => line.includes(volume)), [
		`${volume} mounted at /home/my_folder2 in ${second}`,
		`volume ${volume} kept: 1 file, 24 B`,
	]);
});

serialEngineTest('a watched container that stops but stays: its layer is read after it stops; removing it tells the loss', async t => {
	const {tracker} = newTracker();
	await tracker.start();
	const container = name('keeper', 'containers');
	tracker.watchContainer(container);
	let command = tracker.beginCommand();
	await docker('run', '--name', container, '--label', testLabel, '--tmpfs', '/scratch', 'alpine:latest', 'sh', '-c', 'echo x > /root/notes; echo y > /scratch/tmp');
	let result = await command.end();
	t.deepEqual(narrateChanges(result.before, result.after, 'en').filter(line => line.includes(container)), [
		`container ${container} has no volume: what it writes stays in its writable layer and goes with it`,
		`tmpfs at /scratch in ${container}: kept in memory, gone when it stops`,
		`container ${container} stopped: 1 change stays in its writable layer until it is removed: /root/notes`,
	]);

	command = tracker.beginCommand();
	await docker('rm', container);
	result = await command.end();
	t.deepEqual(narrateChanges(result.before, result.after, 'en').filter(line => line.includes(container)), [`container ${container} removed: lost /root/notes`]);
});

serialEngineTest('a container created earlier and started from a command window is read too', async t => {
	const {tracker} = newTracker();
	const container = name('restarted', 'containers');
	await docker('create', '--name', container, '--label', testLabel, 'alpine:latest', 'sh', '-c', 'echo z > /srv-note');
	await tracker.start();
	const command = tracker.beginCommand();
	await docker('start', '--attach', container);
	const {before, after} = await command.end();
	t.deepEqual(narrateChanges(before, after, 'en').filter(line => line.includes(container)), [
		`container ${container} stopped: 1 change stays in its writable layer until it is removed: /srv-note`,
	]);
});

engineTest('settle and end are bounded when nothing happens; dispose ends the events process', async t => {
	const base = createDockerRunner({binary: dockerBinary});
	const streams: DockerStream[] = [];
	const runner: DockerRunner = {
		binary: base.binary,
		env: base.env,
		get spawnCount() {
			return base.spawnCount;
		},
		run: async (args, options) => base.run(args, options),
		stream(args, onLines) {
			const stream = base.stream(args, onLines);
			streams.push(stream);
			return stream;
		},
	};
	const tracker = new StateTracker({runner});
	trackers.push(tracker);
	await tracker.start();
	// Bounded: without events, end() resolves by itself (its time is settle's maxMs; ava's timeout catches a hang).
	await tracker.beginCommand().end();
	t.is(streams.length, 1);
	await tracker.dispose();
	await Promise.all(streams.map(async stream => stream.ended));
	t.pass();
});

