#!/usr/bin/env zx
// Benchmark of the volume state tracker (issue 4) on the real engine:
// - with 2,000 volumes and 300 containers on the engine, the initial load must use
//   at most 3 docker processes and finish within 500 ms (issue 14);
// - a burst of 500 volume creations must end with a correct panel, its follow-up
//   queries in one docker process.
// Every docker process the tracker starts goes through a wrapper script that logs
// it, so the counts are the processes really started, not what the code believes.
// Writes the `## state` section of BENCHMARKS.md and removes exactly what it created.
import {randomBytes} from 'node:crypto';
import {$, fs, os, path, which} from 'zx';
import {tsImport} from 'tsx/esm/api';
import {writeSection} from './report.mjs';

$.verbose = false;
const {createDockerRunner} = await tsImport('../source/docker/state-runner.ts', import.meta.url);
const {StateTracker} = await tsImport('../source/docker/state-tracker.ts', import.meta.url);
const {volumePanelView} = await tsImport('../source/state/panel-view.ts', import.meta.url);

const volumeCount = Number(process.env.BENCH_VOLUMES ?? 2000);
const containerCount = Number(process.env.BENCH_CONTAINERS ?? 300);
const burstCount = Number(process.env.BENCH_BURST ?? 500);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const prefix = `dockwise-bench-${randomBytes(3).toString('hex')}`;
const label = 'dockwise.bench';
const log = message => console.log(`bench/state: ${message}`);

const created = {volumes: [], containers: []};
const workDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'dockwise-bench-state-'));
const processLog = path.join(workDirectory, 'processes.log');
let tracker;

process.once('SIGINT', async () => {
	log('interrupted: cleaning up');
	await cleanUp();
	process.exit(130);
});

try {
	const realDocker = await which('docker');
	const wrapper = path.join(workDirectory, 'docker');
	// Logs the command and its argument count (inspect lines carry thousands of names), then
	// how long the process took (docker's own time, the shell's start included), then, after a
	// tab, the whole command line (the burst's names are looked for there).
	await fs.writeFile(wrapper, [
		'#!/bin/sh',
		`if [ "$1" = events ]; then printf '%s %s %s (%s arguments)\\t\\t%s\\n' "$1" "$2" "$3" "$#" "$*" >> '${processLog}'; exec '${realDocker}' "$@"; fi`,
		'started=$(date +%s%N)',
		`'${realDocker}' "$@"`,
		'status=$?',
		`printf '%s %s %s (%s arguments)\\t%s\\t%s\\n' "$1" "$2" "$3" "$#" "$(( ($(date +%s%N) - started) / 1000000 ))" "$*" >> '${processLog}'`,
		'exit $status',
		'',
	].join('\n'), {mode: 0o755});
	await fs.writeFile(processLog, '');

	const versions = (await $`docker version --format ${'{{.Client.Version}} / {{.Server.Version}} (API {{.Server.APIVersion}})'}`).stdout.trim();
	log(`creating ${volumeCount} volumes and ${containerCount} containers (prefix ${prefix})`);
	const setupStarted = Date.now();
	// Volumes a hundred at a time: one `docker create` with 100 `-v NAME:/PATH` creates them
	// (few processes on a busy machine); the carrier container is removed, the volumes stay.
	const volumeNames = range(volumeCount).map(index => `${prefix}-v${index}`);
	created.volumes.push(...volumeNames);
	await inParallel(chunks(volumeNames, 100), async names => {
		const carrier = `${names[0]}-carrier`;
		const mounts = names.flatMap((name, index) => ['-v', `${name}:/v${index}`]);
		await $`docker create --label ${label}=${prefix} --label dockwise.test --name ${carrier} ${mounts} alpine:latest true`;
		await $`docker rm ${carrier}`;
	});
	await inParallel(range(containerCount), async index => {
		const name = `${prefix}-c${index}`;
		created.containers.push(name);
		// One container in three mounts two of the volumes, one in ten binds a host folder.
		const mounts = index % 3 === 0
			? ['--mount', `type=volume,src=${prefix}-v${index},dst=/data`, '--mount', `type=volume,src=${prefix}-v${index + 1},dst=/cache,readonly`]
			: [];
		const binds = index % 10 === 0 ? ['-v', '/tmp:/host-tmp:ro'] : [];
		await $`docker create --label ${label}=${prefix} --label dockwise.test --name ${name} ${mounts} ${binds} alpine:latest true`;
	});
	const setupSeconds = (Date.now() - setupStarted) / 1000;
	const engineVolumes = (await $`docker volume ls --quiet`).stdout.split('\n').filter(Boolean).length;
	const engineContainers = (await $`docker ps --all --quiet`).stdout.split('\n').filter(Boolean).length;
	log(`setup done in ${setupSeconds.toFixed(1)} s; the engine holds ${engineVolumes} volumes and ${engineContainers} containers`);

	// Initial load. One docker process first, outside the count: it loads execa's modules
	// (through tsx here, ~0.3 s the first time), which the bundle has compiled in.
	await createDockerRunner({binary: realDocker}).run(['version', '--format', '{{.Server.Version}}']);
	const runner = createDockerRunner({binary: wrapper});
	tracker = new StateTracker({runner});
	const loadStarted = performance.now();
	await tracker.start();
	const loadMs = performance.now() - loadStarted;
	const loadProcesses = await processes();
	const state = tracker.getState();
	const loadedOurs = created.volumes.filter(name => state.volumes[name]).length;
	const ours = Object.values(state.containers).filter(container => container.name.startsWith(prefix));
	const inspectedAtLoad = ours.filter(container => container.detailed).length;
	const mountsRight = created.containers.every((name, index) => {
		const container = Object.values(state.containers).find(entry => entry.name === name);
		return container && container.mounts.filter(mount => mount.type === 'volume').length === (index % 3 === 0 ? 2 : 0);
	});
	// The load's queries run one after the other: their sum is docker's share of the load's time.
	const dockerMs = loadProcesses.reduce((sum, {ms}) => sum + (ms ?? 0), 0);
	log(`initial load: ${loadMs.toFixed(0)} ms, ${loadProcesses.length} processes, ${dockerMs} ms of them in docker processes`);

	// Sizes come with the load (or from one debounced `system df` when the engine was busy counting).
	await waitFor(() => Object.values(tracker.getState().volumes).some(volume => volume.size !== undefined), 10_000);
	// Exact labels and creation dates of the listed volumes, and the containers listed with no mount: inspected after the load.
	const isDetailed = name => Object.values(tracker.getState().containers).some(container => container.name === name && container.detailed);
	await waitFor(() => created.volumes.every(name => tracker.getState().volumes[name]?.detailed) && created.containers.every(name => isDetailed(name)), 30_000);
	const detailedMs = performance.now() - loadStarted;
	const withSizes = await processes();

	// Burst of volume creations from outside (another terminal).
	const burst = range(burstCount).map(index => `${prefix}-burst${index}`);
	const before = withSizes.length;
	const burstStarted = performance.now();
	await inParallel(burst, async name => {
		created.volumes.push(name);
		await $`docker volume create --label ${label}=${prefix} --label burst=yes ${name}`;
	});
	const burstCreatedMs = performance.now() - burstStarted;
	await waitFor(() => burst.every(name => tracker.getState().volumes[name]?.labels.burst === 'yes'), 10_000);
	const visibleAfterMs = performance.now() - burstStarted - burstCreatedMs;
	// Let the debounced follow-ups (sizes) happen before counting.
	await sleep(3000);
	const refresh = (await processes()).slice(before);
	const burstQueries = refresh.filter(line => burst.some(name => line.full.includes(` ${name}`)));
	const view = volumePanelView(tracker.getState());
	const panelNames = new Set(view.volumes.map(volume => volume.name));
	const panelCorrect = burst.every(name => panelNames.has(name)) && created.volumes.every(name => panelNames.has(name));
	log(`burst: ${burstCount} creations in ${burstCreatedMs.toFixed(0)} ms, all visible ${visibleAfterMs.toFixed(0)} ms after the last, ${burstQueries.length} processes inspecting them (${refresh.length} in all), panel ${panelCorrect ? 'correct' : 'WRONG'}`);

	const section = [
		'## state',
		'',
		`Measured by \`npx zx bench/state.mjs\` on ${new Date().toISOString().slice(0, 10)}: docker ${versions}, ${os.cpus().length} CPUs, Node ${process.version}.`,
		`The engine held ${engineVolumes} volumes and ${engineContainers} containers (${volumeCount} volumes and ${containerCount} containers created by the bench, one container in three mounting two volumes; setup took ${setupSeconds.toFixed(0)} s).`,
		'Docker processes are counted by a wrapper script the tracker runs instead of `docker`, which logs every start.',
		'',
		'| measure | target | result |',
		'|---|---|---|',
		`| initial load (start() to every volume listed with its size, every container with its mounts) | < 500 ms | ${loadMs.toFixed(0)} ms |`,
		`| of which docker processes ran (one after the other; the rest is dockwise: starting them, parsing, the model) | | ${dockerMs} ms |`,
		`| docker processes for the initial load (events stream included) | ≤ 3 | ${loadProcesses.length} |`,
		`| volumes and containers of the bench in the model after load | all | ${loadedOurs}/${volumeCount} volumes, ${ours.length}/${containerCount} containers, mounts ${mountsRight ? 'right' : 'WRONG'} |`,
		`| of which inspected by the load (those that may mount something; the stopped ones listed with no mount come after) | | ${inspectedAtLoad}/${containerCount} |`,
		`| + exact volume labels and creation dates, and every container inspected (after the load: one \`volume inspect\` of all, one \`inspect\` of the containers left) | | ${detailedMs.toFixed(0)} ms from start(), ${withSizes.length} processes in all |`,
		`| burst of ${burstCount} \`volume create\` from another terminal (${concurrency} at a time) | | ${burstCreatedMs.toFixed(0)} ms |`,
		`| all ${burstCount} in the model, labels included, after the last creation | | ${visibleAfterMs.toFixed(0)} ms |`,
		`| docker processes inspecting the burst's volumes | 1 | ${burstQueries.length} |`,
		`| docker processes during the burst and 3 s after, all causes | | ${refresh.length} |`,
		`| panel correct after the burst | yes | ${panelCorrect ? 'yes' : 'NO'} |`,
		'',
		'Processes of the initial load:',
		'',
		...loadProcesses.map(({short, ms}) => `- \`docker ${short.replace(/ \((\d+) arguments\)$/, ' …` ($1 arguments)')}${ms === undefined ? '' : `: ${ms} ms`}`),
		'',
		'Processes during the burst and 3 s after (all causes: other sessions on the engine too):',
		'',
		...summarize(refresh.map(({short}) => short)).map(line => `- ${line}`),
		'',
	].join('\n');
	await writeSection('state', section.replace(/^## state\n/, ''));
	log('BENCHMARKS.md updated');

	if (loadProcesses.length > 3 || loadMs >= 500 || burstQueries.length > 1 || !panelCorrect || loadedOurs !== volumeCount || ours.length !== containerCount || !mountsRight) {
		process.exitCode = 1;
		log('a target was missed');
	}
} catch (error) {
	console.error(`bench/state: ${error.stack ?? error}`);
	process.exitCode = 1;
} finally {
	await cleanUp();
}

async function cleanUp() {
	await tracker?.dispose();
	tracker = undefined;
	// Exactly what this run created, by name.
	for (const chunk of chunks(created.containers.splice(0), 100)) {
		await $`docker rm --force --volumes ${chunk}`.nothrow();
	}

	for (const chunk of chunks(created.volumes.splice(0), 200)) {
		await $`docker volume rm --force ${chunk}`.nothrow();
	}

	await fs.remove(workDirectory);
}

async function processes() {
	return (await fs.readFile(processLog, 'utf8')).split('\n').filter(Boolean).map(line => {
		const [short = line, ms = '', full = line] = line.split('\t');
		return {short, ms: ms === '' ? undefined : Number(ms), full};
	});
}

async function inParallel(items, task) {
	const queue = [...items];
	await Promise.all(range(concurrency).map(async () => {
		while (queue.length > 0) {
			await task(queue.shift());
		}
	}));
}

async function waitFor(predicate, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (!predicate()) {
		if (Date.now() > deadline) {
			throw new Error(`condition not met within ${timeoutMs} ms`);
		}

		await sleep(10);
	}
}

function range(count) {
	return Array.from({length: count}, (_, index) => index);
}

function chunks(items, size) {
	const result = [];
	for (let index = 0; index < items.length; index += size) {
		result.push(items.slice(index, index + size));
	}

	return result;
}

async function sleep(ms) {
	await new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

function summarize(lines) {
	const counts = new Map();
	for (const line of lines) {
		const key = line.replace(/\(\d+ arguments\)/, '').trim();
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}

	return [...counts].map(([command, count]) => `${count} × \`docker ${command} …\``);
}
