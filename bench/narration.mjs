#!/usr/bin/env zx
// Benchmark of the narration machinery (issue 8) on the real engine, in docker
// processes started by dockwise (counted by the runner every query goes through):
// - per minute, while one container runs with a volume mounted (the volume panel
//   re-reads it every 3 s): through its folder (local engine) and through a helper
//   container (what a remote engine costs);
// - per `run --rm` run in place: reading the stopped container and removing it.
// Writes the `## narration` section of BENCHMARKS.md; removes exactly what it created.
import {randomBytes} from 'node:crypto';
import {$} from 'zx';
import {tsImport} from 'tsx/esm/api';
import {machineLine, writeSection} from './report.mjs';

$.verbose = false;
const {createDockerRunner} = await tsImport('../source/docker/state-runner.ts', import.meta.url);
const {StateTracker} = await tsImport('../source/docker/state-tracker.ts', import.meta.url);
const {VolumeRefresher} = await tsImport('../source/docker/volume-refresh.ts', import.meta.url);
const {PendingRemovals} = await tsImport('../source/docker/pending-removals.ts', import.meta.url);

const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const prefix = `dockwise-bench-nw-${randomBytes(3).toString('hex')}`;
const log = message => console.log(`bench/narration: ${message}`);
const volume = `${prefix}-vol`;
const runner = name => `${prefix}-${name}`;
const started = [];

function counted() {
	const kinds = new Map();
	const docker = createDockerRunner({onSpawn: args => {
		const kind = args.slice(0, args[0] === 'container' || args[0] === 'volume' || args[0] === 'system' ? 2 : 1).join(' ');
		kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
	}});
	return {docker, kinds};
}

async function watchFor(via) {
	const {docker, kinds} = counted();
	const tracker = new StateTracker({runner: docker, contentsVia: via, helperImage: 'alpine:latest'});
	const refresher = new VolumeRefresher({tracker});
	await tracker.start();
	refresher.start();
	const before = docker.spawnCount;
	const kindsBefore = new Map(kinds);
	await new Promise(resolve => setTimeout(resolve, seconds * 1000));
	const count = docker.spawnCount - before;
	refresher.dispose();
	await tracker.dispose();
	const detail = [...kinds].map(([kind, n]) => [kind, n - (kindsBefore.get(kind) ?? 0)]).filter(([, n]) => n > 0).map(([kind, n]) => `${kind} ${n}`).join(', ');
	return {perMinute: (count * 60) / seconds, detail};
}

try {
	await $`docker volume create --label dockwise.test ${volume}`;
	const container = runner('writer');
	started.push(container);
	await $`docker run -d --name ${container} --label dockwise.test -v ${volume}:/data alpine sh -c ${'while true; do date >> /data/log; sleep 1; done'}`;
	log(`${seconds} s with one running container writing into a volume, local and helper reads in parallel`);
	const [local, helper] = await Promise.all([watchFor('auto'), watchFor('helper')]);

	log('10 run --rm in place');
	const {docker, kinds} = counted();
	const tracker = new StateTracker({runner: docker});
	const removals = new PendingRemovals({runner: docker, tracker});
	await tracker.start();
	const perRun = [];
	for (let index = 0; index < 10; index++) {
		const name = runner(`rm${index}`);
		started.push(name);
		const command = tracker.beginCommand();
		const id = (await $`docker create --label dockwise.test --label dockwise.pending-rm=${removals.owner} --name ${name} alpine sh -c ${'echo x > /f'}`).stdout.trim();
		await $`docker start -a ${id}`;
		const before = docker.spawnCount;
		await removals.settle(id);
		perRun.push(docker.spawnCount - before);
		await command.end();
	}

	removals.dispose();
	await tracker.dispose();
	const rows = [
		`Machine: ${machineLine()}. Reproduce: \`npx zx bench/narration.mjs\` (BENCH_SECONDS=${seconds}).`,
		'',
		'| what | docker processes |',
		'|---|---|',
		`| idle session, 1 running container mounting 1 volume, local engine (folder walk) | ${local.perMinute.toFixed(1)} per minute (${local.detail || 'none'}) |`,
		`| same, volume read through a helper container (remote engine) | ${helper.perMinute.toFixed(1)} per minute (${helper.detail || 'none'}) |`,
		`| one \`run --rm\` run in place: read after it stops, then \`rm -v\` | ${Math.min(...perRun)}–${Math.max(...perRun)} per run (inspect --size, diff, rm) |`,
		'',
		`Process kinds during the runs: ${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}.`,
	];
	await writeSection('narration', rows.join('\n'));
	log(rows.join('\n'));
} finally {
	await $`docker rm -f -v ${started}`.nothrow().quiet();
	await $`docker volume rm -f ${volume}`.nothrow().quiet();
}
