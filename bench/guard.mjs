#!/usr/bin/env zx
// Measures assessLoss (the pure call the REPL makes on Enter, and again after
// reading unknown volumes) on a large engine model: 2,000 volumes and 300
// containers, then writes the figures into the `## guard` section of
// BENCHMARKS.md. Run: npx zx bench/guard.mjs
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {containerCount, largeModel, volumeCount, volumeName} from './model.mjs';
import {importBundled, machineLine, percentile, writeSection} from './report.mjs';

const temporary = await mkdtemp(path.join(os.tmpdir(), 'dockwise-bench-'));

// Measure the code as it ships: bundled by esbuild, like dist/cli.js.
const {
	guard: {assessLoss, formatLossPreview},
	explain: {explainLine},
	reducer: {initialState, reduceAll},
} = await importBundled({guard: 'source/guard/index.ts', explain: 'source/explain/index.ts', reducer: 'source/state/reducer.ts'}, temporary);
await rm(temporary, {recursive: true, force: true});

const {at, events, volumes, containers} = largeModel();
const files = count => Array.from({length: Math.min(count, 50)}, (_, index) => ({path: `dir/file-${index}.txt`, size: 100 + index}));
const state = reduceAll(initialState(), [
	...events,
	{kind: 'volume-details', volumes: volumes.map(volume => ({...volume, createdAt: '2026-11-27T18:39:20Z'})), missing: [], at},
	...volumes.filter((_, index) => index % 2 === 0).map((volume, index) => ({
		kind: 'volume-contents',
		name: volume.name,
		contents: {fileCount: index % 7, totalBytes: (index % 7) * 1000, files: files(index % 7), truncated: false, partial: false, via: 'mountpoint', readAt: at},
	})),
	...containers.map((container, index) => ({
		kind: 'writable-layer',
		id: container.id,
		layer: {changes: Array.from({length: index % 6}, (_, change) => ({kind: 'A', path: `/srv/out-${change}.csv`})), capturedAt: at, final: index % 2 === 1},
	})),
]);

const someVolumes = Array.from({length: 50}, (_, index) => volumeName((index * 37) + 1)).join(' ');
const someContainers = Array.from({length: 20}, (_, index) => `ctr-${index * 7}`).join(' ');
const cases = [
	['docker volume prune', '1.41'],
	['docker volume prune --all --filter label!=team=blue', '1.44'],
	['docker system prune --volumes', '1.41'],
	['docker container prune', '1.41'],
	[`docker volume rm ${someVolumes}`, '1.41'],
	[`docker rm -f -v ${someContainers}`, '1.41'],
	['docker stop ctr-0 ctr-5 ctr-10', '1.41'],
];

const results = [];
for (const [line, apiVersion] of cases) {
	const explanation = explainLine(line, {lang: 'en', engine: {apiVersion}});
	const run = () => assessLoss(explanation, state, {lang: 'en', apiVersion});
	for (let round = 0; round < 20; round++) {
		run();
	}

	const samples = [];
	for (let round = 0; round < 200; round++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}

	const preview = run();
	results.push({
		line: line.length > 60 ? `${line.slice(0, 57)}…` : line,
		lines: preview ? formatLossPreview(preview, {lang: 'en'}).length : 0,
		p50: percentile(samples, 0.5),
		p99: percentile(samples, 0.99),
	});
}

const format = milliseconds => `${milliseconds.toFixed(2)} ms`;
const worst = Math.max(...results.map(result => result.p99));
const target = 20;
await writeSection('guard', [
	`Measured by \`npx zx bench/guard.mjs\`: ${machineLine()}.`,
	`assessLoss on the model of bench/model.mjs (${volumeCount} volumes, one in four anonymous, half of them read; ${containerCount} containers, half running, one in three mounting two volumes, up to 5 writable-layer changes each), 200 timed calls per line after 20 warm-up calls, explanation made once.`,
	'',
	'| line | preview lines | p50 | p99 |',
	'|---|---|---|---|',
	...results.map(result => `| \`${result.line}\` | ${result.lines} | ${format(result.p50)} | ${format(result.p99)} |`),
	'',
	`Target: every p99 under ${target} ms (it runs once on Enter, and once more after reading volumes): ${worst < target ? 'met' : 'NOT met'} (worst ${format(worst)}).`,
].join('\n'));
console.log(results);
