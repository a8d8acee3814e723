import {access, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {constants} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {createDockerRunner} from '../../source/docker/state-runner.js';
import {StateTracker} from '../../source/docker/state-tracker.js';
import {dockerBinary, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {delay, waitForState} from './state-helpers.js';

// Every docker process the tracker starts goes through a script that logs it and
// runs the real docker: the counts are of processes really started.
const volumes: string[] = [];
const directories: string[] = [];
const trackers: StateTracker[] = [];

test.after.always(async () => {
	try {
		await Promise.all(trackers.map(async tracker => tracker.dispose()));
	} finally {
		await removeCreated({volumes});
	}

	await Promise.all(directories.map(async directory => rm(directory, {recursive: true, force: true})));
});

async function realDocker(): Promise<string> {
	if (dockerBinary.includes('/')) {
		return dockerBinary;
	}

	for (const folder of (process.env['PATH'] ?? '').split(path.delimiter)) {
		const candidate = path.join(folder, dockerBinary);
		try {
			await access(candidate, constants.X_OK);
			return candidate;
		} catch {
			// Not in this folder.
		}
	}

	throw new Error(`${dockerBinary} not found in PATH`);
}

async function loggedLines(log: string): Promise<string[]> {
	return (await readFile(log, 'utf8')).split('\n').filter(Boolean);
}

engineSerialTest('a full load starts at most 3 docker processes; a burst of volume creations, one', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'dockwise-test-count-'));
	directories.push(directory);
	const log = path.join(directory, 'processes.log');
	const wrapper = path.join(directory, 'docker');
	await writeFile(log, '');
	await writeFile(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${await realDocker()}' "$@"\n`, {mode: 0o755});

	// A burst ends after this quiet time: long enough that a loaded machine's pauses between creations do not split it.
	const tracker = new StateTracker({runner: createDockerRunner({binary: wrapper}), coalesceMs: 5000, coalesceMaxMs: 60_000});
	trackers.push(tracker);
	await tracker.start();
	const load = await loggedLines(log);
	t.true(load.length <= 3, load.join('\n'));
	t.true(load[0]?.startsWith('events '));
	t.truthy(tracker.getState().loaded);

	// The volumes the load listed are detailed right after, by one more process.
	await tracker.settle();
	const afterLoad = (await loggedLines(log)).length;

	const prefix = uniqueName('burst');
	const names = Array.from({length: 40}, (_, index) => `${prefix}-${index}`);
	volumes.push(...names);
	await Promise.all(names.map(async name => execa(dockerBinary, ['volume', 'create', '--label', testLabel, '--label', 'burst=yes', name])));
	await waitForState(tracker, state => names.every(name => state.volumes[name]?.detailed && state.volumes[name]?.labels['burst'] === 'yes'), 60_000);
	const burst = (await loggedLines(log)).slice(afterLoad).filter(line => names.some(name => line.includes(name)));
	t.is(burst.length, 1, burst.join('\n'));
	t.true(names.every(name => burst[0]?.includes(name)));
});

async function createVolumes(names: readonly string[], atOnce: number): Promise<void> {
	const queue = [...names];
	await Promise.all(Array.from({length: atOnce}, async () => {
		for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
			await execa(dockerBinary, ['volume', 'create', '--label', testLabel, '--label', 'burst=yes', name]);
		}
	}));
}

engineSerialTest('a burst of 300 volume creations spread over time while a query runs costs that query plus one follow-up', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'dockwise-test-coalesce-'));
	directories.push(directory);
	const log = path.join(directory, 'processes.log');
	const closed = path.join(directory, 'closed');
	const wrapper = path.join(directory, 'docker');
	await writeFile(log, '');
	// Inspects started while `closed` exists wait for it to go: the test decides when the query in flight ends.
	await writeFile(wrapper, [
		'#!/bin/sh',
		`printf '%s\\n' "$*" >> '${log}'`,
		'case "$1 $2" in',
		`"inspect "*|"volume inspect") while [ -e '${closed}' ]; do sleep 0.05; done ;;`,
		'esac',
		`exec '${await realDocker()}' "$@"`,
		'',
	].join('\n'), {mode: 0o755});

	const quietMs = 1000;
	const tracker = new StateTracker({runner: createDockerRunner({binary: wrapper}), coalesceMs: quietMs, coalesceMaxMs: 120_000});
	trackers.push(tracker);
	await tracker.start();
	await tracker.settle();

	const prefix = uniqueName('spread');
	const lead = `${prefix}-lead`;
	const first = Array.from({length: 100}, (_, index) => `${prefix}-a${index}`);
	const second = Array.from({length: 200}, (_, index) => `${prefix}-b${index}`);
	const burst = [...first, ...second];
	volumes.push(lead, ...burst);

	// A query in flight: the lead volume's inspect, held.
	await writeFile(closed, '');
	await execa(dockerBinary, ['volume', 'create', '--label', testLabel, lead]);
	const leadStarted = async () => (await loggedLines(log)).findIndex(line => line.includes('inspect') && line.includes(lead));
	for (let waited = 0; await leadStarted() === -1; waited += 100) {
		if (waited > 60_000) {
			t.fail('the lead volume was never inspected');
			return;
		}

		await delay(100);
	}

	const leadIndex = await leadStarted();
	// Events while it runs, then a pause longer than the quiet time, then more events that go on after it ended.
	await createVolumes(first, 6);
	await waitForState(tracker, state => first.every(name => state.volumes[name]), 60_000);
	await delay(quietMs * 2.5);
	const rest = createVolumes(second, 6);
	await waitForState(tracker, state => second.filter(name => state.volumes[name]).length >= 20, 60_000);
	await rm(closed);
	await rest;
	await waitForState(tracker, state => burst.every(name => state.volumes[name]?.detailed && state.volumes[name]?.labels['burst'] === 'yes'), 120_000);

	const after = (await loggedLines(log)).slice(leadIndex + 1);
	const naming = after.filter(line => burst.some(name => line.includes(name)));
	t.is(naming.length, 1, naming.map(line => line.slice(0, 120)).join('\n'));
	t.true(burst.every(name => naming[0]?.includes(name)));
	t.false((await loggedLines(log))[leadIndex]!.includes(`${prefix}-a`), 'the query in flight started before the burst');
});
