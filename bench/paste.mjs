#!/usr/bin/env zx
// Large pastes into the REPL prompt: the built dockwise runs in a pseudo-terminal
// read through a headless xterm; a text is pasted at once in bracketed-paste
// markers, as a terminal sends a clipboard. Per size, in a fresh REPL: time until
// the question appears (pastes over 64 Ki characters are asked about), then after
// `y` until the paste is echoed (its last line at the prompt), Ctrl-U (the last
// line gone), Ctrl-C (the whole text gone), and the REPL's peak resident memory
// (VmHWM). Two texts: lines of docker commands, and one single long line.
// Run: npx zx bench/paste.mjs (BENCH_PASTE_SIZES=100000,1000000 to choose sizes).
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {machineLine, writeSection} from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_PASTE_SIZES ?? '100000,1000000').split(',').map(Number);
const columns = 120;
const rows = 40;
const timeout = 300_000;

spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {stdio: 'inherit'});
const temporary = await mkdtemp(path.join(os.tmpdir(), 'dockwise-bench-paste-'));
process.on('exit', () => {
	rmSync(temporary, {recursive: true, force: true});
});

function commandLines(size) {
	const lines = [];
	let length = 0;
	while (length < size) {
		const line = `docker volume inspect paste_${lines.length} --format '{{.Name}}'`;
		lines.push(line);
		length += line.length + 1;
	}

	return {text: lines.join('\n'), last: lines.at(-1), lines: lines.length};
}

function singleLine(size) {
	const words = Math.ceil(size / 5);
	return {text: `docker run --rm alpine echo ${'word '.repeat(words)}end_${words}`, last: `end_${words}`, lines: 1};
}

function startRepl() {
	const terminal = new xterm.Terminal({cols: columns, rows, scrollback: 2000, allowProposedApi: true});
	const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', XDG_STATE_HOME: temporary, XDG_CACHE_HOME: path.join(temporary, 'cache'), CI: 'false'};
	const child = pty.spawn(process.execPath, [path.join(root, 'dist/cli.js')], {name: 'xterm-256color', cols: columns, rows, cwd: root, env});
	const listeners = new Set();
	child.onData(data => {
		terminal.write(data, () => {
			for (const listener of listeners) listener();
		});
	});
	let exited = false;
	child.onExit(() => {
		exited = true;
	});
	process.on('exit', () => {
		if (!exited) child.kill();
	});
	return {terminal, child, listeners, exited: () => exited};
}

function screen({terminal}) {
	const buffer = terminal.buffer.active;
	return Array.from({length: rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '').join('\n');
}

/** Milliseconds from now until `test(screen)` holds (checked after every frame and every 50 ms). */
async function timeUntil(repl, test, what) {
	const start = performance.now();
	await new Promise((resolve, reject) => {
		const poll = setInterval(check, 50);
		const timer = setTimeout(() => {
			finish();
			reject(new Error(`${what}: not seen within ${timeout} ms`));
		}, timeout);
		function finish() {
			clearInterval(poll);
			clearTimeout(timer);
			repl.listeners.delete(check);
		}

		function check() {
			if (test(screen(repl))) {
				finish();
				resolve();
			}
		}

		repl.listeners.add(check);
	});
	return performance.now() - start;
}

function peakRss(pid) {
	const kib = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
	return kib / 1024;
}

async function measure(kind, size) {
	const {text, last, lines} = kind === 'lines' ? commandLines(size) : singleLine(size);
	const repl = startRepl();
	await timeUntil(repl, s => /engine \d+\.\d+|engine/.test(s) && s.includes('dockwise>'), 'the prompt');
	await new Promise(resolve => {
		setTimeout(resolve, 500);
	});
	const before = peakRss(repl.child.pid);
	const written = performance.now();
	repl.child.write(`\u001B[200~${text}\u001B[201~`);
	// From the write: node-pty's write of 1 MB returns only once most of it is through the pty.
	await timeUntil(repl, s => /Paste .*\[y\/N\]/s.test(s), 'the question');
	const question = performance.now() - written;
	repl.child.write('y');
	await timeUntil(repl, s => s.includes(last), 'the echo');
	const echo = performance.now() - written;
	repl.child.write('\u0015');
	const ctrlU = await timeUntil(repl, s => !s.includes(last), 'Ctrl-U');
	repl.child.write('\u0003');
	const ctrlC = await timeUntil(repl, s => !s.includes('more line') && !s.includes('paste_'), 'Ctrl-C');
	const peak = peakRss(repl.child.pid);
	repl.child.write('\u0004');
	await new Promise(resolve => {
		const timer = setTimeout(() => {
			repl.child.kill();
			resolve();
		}, 5000);
		const poll = setInterval(() => {
			if (repl.exited()) {
				clearTimeout(timer);
				clearInterval(poll);
				resolve();
			}
		}, 50);
	});
	repl.terminal.dispose();
	return {kind, size: text.length, lines, question, echo, ctrlU, ctrlC, before, peak};
}

const results = [];
for (const size of sizes) {
	for (const kind of ['lines', 'one line']) {
		const result = await measure(kind, size);
		console.log(result);
		results.push(result);
	}
}

const ms = value => `${Math.round(value).toLocaleString('en')} ms`;
const mib = value => `${Math.round(value)} MiB`;
const kb = value => (value >= 1e6 ? `${(value / 1e6).toFixed(1)} MB` : `${Math.round(value / 1e3)} kB`);
const body = `Measured by \`npx zx bench/paste.mjs\` (BENCH_PASTE_SIZES=bytes,… to choose; default 100000,1000000). Machine: ${machineLine()}, load average ${os.loadavg().map(value => value.toFixed(1)).join(' ')} at the end (other workers share the 2 cores: times are wall-clock).
The built REPL in a ${columns}×${rows} pseudo-terminal read through a headless xterm; the text is written at once between bracketed-paste markers. Each row is a fresh REPL. Pastes over 64 Ki characters are asked about first ("Paste 1.0 MB (…)? [y/N]"): question = from writing the paste to the pty until the question shows; echo = from writing the paste until its last line is drawn at the prompt, \`y\` typed as soon as the question showed; Ctrl-U = until the last line is gone; Ctrl-C = until the whole text is gone; RSS = resident memory at the prompt before the paste, and the peak (VmHWM) at the end.

| text | size | lines | question | echo | Ctrl-U | Ctrl-C | RSS before → peak |
|---|---|---|---|---|---|---|---|
${results.map(r => `| ${r.kind} | ${kb(r.size)} | ${r.lines.toLocaleString('en')} | ${ms(r.question)} | ${ms(r.echo)} | ${ms(r.ctrlU)} | ${ms(r.ctrlC)} | ${mib(r.before)} → ${mib(r.peak)} |`).join('\n')}

Before this work (issue #15, same machine): a 1 MB paste showed nothing for ~120 s, Ctrl-U took ~140 s, 950 MB resident; bash: 6–9 s, 18 MB.`;
await writeSection('paste', body);
console.log(body);
