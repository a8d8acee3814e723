#!/usr/bin/env zx
// Time to the first prompt of the built REPL in a real pseudo-terminal, against
// bare `node -e ''` and `docker version`. Goal (issue 14): median first prompt
// within 2.5x the median of `node -e ''` (issue 2 asked for 4x).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import {machineLine, median, percentile, writeSection} from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);
const prompt = 'dockwise>';

function timeProcess(file, args) {
	const started = performance.now();
	const result = spawnSync(file, args, {stdio: 'ignore'});
	if (result.error) throw result.error;
	return performance.now() - started;
}

/** The V8 code caches bin/dockwise.js keeps next to the bundle. */
function removeCodeCaches() {
	for (const name of readdirSync(path.join(root, 'dist')).filter(name => name.endsWith('.v8cache'))) {
		rmSync(path.join(root, 'dist', name));
	}
}

/** Spawn to the prompt's first byte; the REPL is left running `holdMs` more (a code cache is made after 1.5 s). */
function timeFirstPrompt({holdMs = 0} = {}) {
	const state = mkdtempSync(path.join(os.tmpdir(), 'dockwise-bench-'));
	return new Promise((resolve, reject) => {
		const started = performance.now();
		let output = '';
		const child = pty.spawn(process.execPath, [path.join(root, 'bin/dockwise.js')], {
			cols: 100,
			rows: 30,
			cwd: root,
			env: {...process.env, CI: 'false', XDG_STATE_HOME: state, XDG_CACHE_HOME: path.join(state, 'cache')},
		});
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`no prompt within 10 s; output: ${output}`));
		}, 10_000);
		child.onData(data => {
			output += data;
			if (output.includes(prompt)) {
				const elapsed = performance.now() - started;
				clearTimeout(timer);
				child.onExit(() => {
					rmSync(state, {recursive: true, force: true});
					resolve(elapsed);
				});
				setTimeout(() => {
					child.kill();
				}, holdMs);
			}
		});
	});
}

spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {stdio: 'inherit'});

const node = [];
const docker = [];
const dockwise = [];
const withoutCache = [];
// The machine may be shared: the load is part of the figure.
const loadBefore = os.loadavg()[0];
// Interleaved, so a noisy moment hurts every column alike; one warm-up each.
timeProcess(process.execPath, ['-e', '']);
// The warm-up stays at the prompt long enough for bin/dockwise.js to make its code cache,
// as any session longer than 1.5 s does; the first start after an install or upgrade has
// none: measured apart, the cache removed before each of those runs.
await timeFirstPrompt({holdMs: 3000});
for (let run = 0; run < runs; run++) {
	node.push(timeProcess(process.execPath, ['-e', '']));
	docker.push(timeProcess('docker', ['version']));
	dockwise.push(await timeFirstPrompt());
}

const caches = readdirSync(path.join(root, 'dist')).filter(name => name.endsWith('.v8cache')).length;
for (let run = 0; run < runs; run++) {
	removeCodeCaches();
	withoutCache.push(await timeFirstPrompt());
}

const loadAfter = os.loadavg()[0];
const format = value => `${value.toFixed(0)} ms`;
const ratio = median(dockwise) / median(node);
const row = (name, values) => `| ${name} | ${format(median(values))} | ${format(percentile(values, 0.9))} | ${format(Math.min(...values))} |`;
const body = `Time to the first prompt of \`dockwise\` in a pseudo-terminal (spawn to the prompt's first byte), ${runs} interleaved runs after one warm-up.
Reproduce: \`npx zx bench/startup.mjs\` (BENCH_RUNS=N to change the count). Machine: ${machineLine()}; load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end.

| command | median | p90 | min |
|---|---|---|---|
${row("node -e ''", node)}
${row('docker version', docker)}
${row('dockwise, first prompt', dockwise)}
${row('dockwise, first prompt without a code cache (first start after install)', withoutCache)}

First prompt / bare node (medians): **${ratio.toFixed(2)}x** (goal: at most 2.5x); without a code cache: ${(median(withoutCache) / median(node)).toFixed(2)}x (measured after the others, not interleaved).
Code cache made by the warm-up run: ${caches === 1 ? 'yes' : 'NO'} (bin/dockwise.js, see docs/architecture.md).`;
await writeSection('startup', body);
console.log(body);
if (ratio > 2.5) process.exitCode = 1;
