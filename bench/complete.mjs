#!/usr/bin/env zx
// Measures Tab completion (the pure call the prompt makes on Tab, the list's
// common prefix included) on a large engine model: 2,000 volumes and 300
// containers built through the state reducer, then writes the figures into the
// `## complete` section of BENCHMARKS.md. Run: npx zx bench/complete.mjs
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {containerCount, largeModel, volumeCount} from './model.mjs';
import {importBundled, machineLine, percentile, writeSection} from './report.mjs';

const temporary = await mkdtemp(path.join(os.tmpdir(), 'dockwise-bench-'));

// Measure the code as it ships: bundled by esbuild, like dist/cli.js.
const {
	complete: {completeLine, completionKey, historySuggestion},
	reducer: {initialState, reduceAll},
} = await importBundled({complete: 'source/complete/index.ts', reducer: 'source/state/reducer.ts'}, temporary);
await rm(temporary, {recursive: true, force: true});

const {events, volumes} = largeModel();
const state = reduceAll(initialState(), [
	...events,
	{kind: 'volume-sizes', sizes: volumes.map((volume, index) => ({name: volume.name, size: index * 1000}))},
]);

const history = Array.from({length: 1000}, (_, index) => `run --rm -v vol-${String(index).padStart(4, '0')}:/data alpine ls /data`);
const sources = {lang: 'en', docker: state, images: ['alpine:latest', 'busybox:1.36'], env: {HOME: '/root'}, home: '/root', cwd: '/root'};
const editor = text => ({text, cursor: text.length, killed: '', lastAction: 'other', historyIndex: undefined, draft: '', historyEdits: new Map(), search: undefined, lastSearchQuery: ''});
const tab = {type: 'other', name: 'tab', sequence: '\t'};
const cases = [
	'docker vol',
	'docker volume cr',
	'run --rm --mo',
	'run --rm -',
	'run --rm -v ',
	'run --rm -v vol-1',
	'run --rm --mount type=volume,src=vol-01',
	'run --rm --mount type=volume,src=vol-0100,',
	'volume rm vol-19',
	'rm ',
	'exec -it ctr-2',
	'run --rm -it ',
];

// The same line, each Tab on a model the reducer has just changed (a volume's size): the
// completion's index of the model is rebuilt, as on the first Tab after an engine event.
const afterChange = 'run --rm -v vol-1';
const results = [];
for (const line of [...cases, afterChange]) {
	const changing = line === afterChange && results.length === cases.length;
	let model = state;
	// One Tab as the prompt handles it: completion, then the common prefix and the list, and the suggestion of the new line.
	const run = () => {
		const result = completionKey(editor(line), undefined, tab, {history, complete: (text, cursor) => completeLine(text, cursor, {...sources, docker: model})});
		historySuggestion(result.editor ?? editor(line), history);
		return result;
	};

	const change = round => {
		if (changing) {
			model = reduceAll(model, [{kind: 'volume-sizes', sizes: [{name: 'vol-0001', size: round}]}]);
		}
	};

	for (let round = 0; round < 30; round++) {
		change(round);
		run();
	}

	const samples = [];
	const cpuSamples = [];
	for (let round = 0; round < 300; round++) {
		change(round + 30);
		const cpuStart = process.cpuUsage();
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
		const cpu = process.cpuUsage(cpuStart);
		cpuSamples.push((cpu.user + cpu.system) / 1000);
	}

	const result = run();
	results.push({
		line: changing ? `${line}\` (model just changed)` : `${line}\``,
		candidates: result.completion?.candidates.length ?? 0,
		p50: percentile(samples, 0.5),
		p99: percentile(samples, 0.99),
		cpu99: percentile(cpuSamples, 0.99),
	});
}

const format = milliseconds => `${milliseconds.toFixed(3)} ms`;
const steady = results.slice(0, cases.length);
const worst = Math.max(...steady.map(result => result.p99));
const worstCpu = Math.max(...results.map(result => result.cpu99));
const changed = results.at(-1);
const target = 5;
await writeSection('complete', [
	`Measured by \`npx zx bench/complete.mjs\`: ${machineLine()}.`,
	`One Tab as the prompt handles it (completeLine on the model, common prefix and list, then the history suggestion over 1,000 entries) on the model of bench/model.mjs (${volumeCount} volumes, one in four anonymous, all with a size; ${containerCount} containers, half running, one in three mounting two volumes), built through the state reducer; 300 timed Tabs per line after 30 warm-up ones.`,
	'',
	`Load average during the run: ${os.loadavg().map(load => load.toFixed(1)).join(', ')} on ${os.cpus().length} cores; when it is well above the core count, wall-clock p99 measures the scheduler, so the CPU time each Tab used (process.cpuUsage, GC threads included) is given too.`,
	'',
	'| line before Tab | candidates | p50 | p99 | CPU p99 |',
	'|---|---|---|---|---|',
	...results.map(result => `| \`${result.line} | ${result.candidates} | ${format(result.p50)} | ${format(result.p99)} | ${format(result.cpu99)} |`),
	'',
	`Target: every p99 under ${target} ms (a Tab must feel instant). Wall clock: ${worst < target ? 'met' : 'NOT met'} (worst ${format(worst)}; the first Tab after the model changed, which lists the model's records once: ${format(changed.p99)}). CPU time: ${worstCpu < target ? 'met' : 'NOT met'} (worst ${format(worstCpu)}, that first Tab included).`,
	'Names are matched by binary search in sorted lists built once per model (the REPL builds them 50 ms after the model changes, so a Tab pays that only right after an engine event), and descriptions are written only for the rows the list shows.',
].join('\n'));
console.log(results);
