import {access, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {constants} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {createDockerRunner} from '../../source/docker/state-runner.js';
import {StateTracker} from '../../source/docker/state-tracker.js';
import {dockerBinary, engineTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {waitForState} from './state-helpers.js';

// Every docker process the tracker starts goes through a script that logs it and
// runs the real docker: the counts are of processes really started.
const volumes: string[] = [];
let directory: string | undefined;
let tracker: StateTracker | undefined;

test.after.always(async () => {
	try {
		await tracker?.dispose();
	} finally {
		await removeCreated({volumes});
	}

	if (directory) {
		await rm(directory, {recursive: true, force: true});
	}
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

engineTest('a full load starts at most 3 docker processes; a burst of volume creations, one', async t => {
	directory = await mkdtemp(path.join(tmpdir(), 'dockwise-test-count-'));
	const log = path.join(directory, 'processes.log');
	const wrapper = path.join(directory, 'docker');
	await writeFile(log, '');
	await writeFile(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${await realDocker()}' "$@"\n`, {mode: 0o755});

	// A burst ends after this quiet time: long enough that a loaded machine's pauses between creations do not split it.
	tracker = new StateTracker({runner: createDockerRunner({binary: wrapper}), coalesceMs: 5000, coalesceMaxMs: 60_000});
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
