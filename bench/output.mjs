#!/usr/bin/env zx
// Memory while a command prints a lot: runs `seq` in a container from the REPL
// in a pseudo-terminal and samples the REPL's resident memory. Bounded memory
// means the peak does not grow with the number of lines.
import {readFileSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import {machineLine, writeSection} from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_LINES ?? '100000,1000000,3000000').split(',').map(Number);

function residentKiB(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function measure(lines) {
	const state = mkdtempSync(path.join(os.tmpdir(), 'dockwise-bench-'));
	const child = pty.spawn(process.execPath, [path.join(root, 'bin/dockwise.js')], {
		cols: 120,
		rows: 40,
		cwd: root,
		env: {...process.env, CI: 'false', XDG_STATE_HOME: state, XDG_CACHE_HOME: path.join(state, 'cache')},
	});
	let tail = '';
	const waitFor = pattern => new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}`)), 600_000);
		const check = () => {
			if (pattern.test(tail)) {
				clearTimeout(timer);
				resolve();
				return true;
			}

			return false;
		};

		if (!check()) {
			const listener = child.onData(() => {
				if (check()) listener.dispose();
			});
		}
	});
	child.onData(data => {
		tail = (tail + data).slice(-4000);
	});
	await waitFor(/engine \d/);
	const idle = residentKiB(child.pid);
	let peak = idle;
	const sampler = setInterval(() => {
		peak = Math.max(peak, residentKiB(child.pid));
	}, 50);
	const started = performance.now();
	child.write(`run --rm --label dockwise.test=1 alpine:latest seq 1 ${lines}\r`);
	await waitFor(/exit 0 · /);
	const seconds = (performance.now() - started) / 1000;
	clearInterval(sampler);
	child.kill();
	rmSync(state, {recursive: true, force: true});
	return {lines, idle, peak, seconds};
}

const results = [];
for (const lines of sizes) {
	results.push(await measure(lines));
	console.log(results.at(-1));
}

const mib = kib => `${(kib / 1024).toFixed(0)} MiB`;
const body = `Resident memory of the REPL while \`run --rm alpine seq 1 N\` prints N lines through the transcript, in a 120×40 pseudo-terminal.
Reproduce: \`npx zx bench/output.mjs\` (BENCH_LINES=a,b,c to change the sizes). Machine: ${machineLine()}.

| lines | RSS at the prompt | peak RSS while printing | time | lines/s |
|---|---|---|---|---|
${results.map(({lines, idle, peak, seconds}) => `| ${lines.toLocaleString('en')} | ${mib(idle)} | ${mib(peak)} | ${seconds.toFixed(1)} s | ${Math.round(lines / seconds).toLocaleString('en')} |`).join('\n')}

Output is written through Ink's writer in whole lines at most every 30 ms and nothing is kept, so the peak stays flat as the line count grows.`;
await writeSection('output', body);
console.log(body);
