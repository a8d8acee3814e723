#!/usr/bin/env zx
// Keystroke latency of the REPL as a person sees it: the built dockwise runs in a
// pseudo-terminal read through a headless xterm; a long docker line is typed at a
// steady 30 keys/s, and for every key we time, from writing it to the pty, (1) the
// echo: the prompt shows the line up to that key with the cursor after it, and
// (2) the panel: the explanation panel marks the word under the cursor for that
// key (none right after a space). Frames that skip a state count for every key
// they cover. Run: npx zx bench/keystroke.mjs (BENCH_RUNS=N lines, default 3).
import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {importBundled, machineLine, median, percentile, writeSection} from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 3);
const keysPerSecond = 30;
const keyInterval = 1000 / keysPerSecond;
// Wide enough that the line never wraps in the prompt's column beside the panel:
// every key's echo is then one exact row with the cursor at a known column.
const columns = 240;
const rows = 50;
const prompt = 'dockwise> ';
const line = 'docker container run --rm --interactive --tty --name bench_box --hostname bench --env MODE=fast --mount type=volume,src=bench_data,dst=/data alpine:latest sh';
// "Keeps up": the panel's lag never reaches this many keys, and the last key's state is drawn that soon.
const keepUpKeys = 3;

spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {stdio: 'inherit'});
const temporary = await mkdtemp(path.join(os.tmpdir(), 'dockwise-bench-keys-'));
// Removed however the script ends, a thrown error included.
process.on('exit', () => {
	rmSync(temporary, {recursive: true, force: true});
});
const {layout: {liveLayout}, classify: {classifyLine}} = await importBundled({layout: 'source/ui/live-layout.ts', classify: 'source/line/classify.ts'}, temporary);
const {mainWidth} = liveLayout({columns, rows, fixedRows: 0, explain: true, volumes: true});
const panelColumn = mainWidth + 1;
if (prompt.length + line.length >= mainWidth) {
	throw new Error(`the line (${line.length} characters) would wrap in a ${mainWidth}-column prompt`);
}

/**
The word the panel marks when the cursor is at the end of `typed`: none after a
space, and no panel at all until the line is a docker command (as in the REPL).
*/
function markedWord(typed) {
	if (typed.endsWith(' ') || classifyLine(typed).kind !== 'docker') {
		return undefined;
	}

	return typed.slice(typed.lastIndexOf(' ') + 1);
}

function startRepl() {
	const terminal = new xterm.Terminal({cols: columns, rows, scrollback: 5000, allowProposedApi: true});
	// As in a person's terminal: no CI variable at all (with CI set, even to false, colors are off and the cursor is not drawn).
	const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', XDG_STATE_HOME: temporary, XDG_CACHE_HOME: path.join(temporary, 'cache')};
	delete env.CI;
	const child = pty.spawn(process.execPath, [path.join(root, 'bin/dockwise.js')], {name: 'xterm-256color', cols: columns, rows, cwd: root, env});
	let exited = false;
	child.onExit(() => {
		exited = true;
	});
	process.on('exit', () => {
		if (!exited) {
			child.kill();
		}
	});
	const listeners = new Set();
	child.onData(data => {
		const arrived = performance.now();
		terminal.write(data, () => {
			for (const listener of listeners) {
				listener(arrived);
			}
		});
	});
	return {terminal, child, listeners};
}

/** What the screen shows: the line at the prompt (when the cursor ends it) and the word the panel marks. */
function readScreen(terminal) {
	const buffer = terminal.buffer.active;
	let promptRow = -1;
	for (let row = 0; row < rows; row++) {
		if (buffer.getLine(buffer.viewportY + row)?.translateToString(true).startsWith(prompt.trimEnd())) {
			promptRow = row;
		}
	}

	if (promptRow === -1) {
		return {typed: undefined, marked: undefined};
	}

	const promptLine = buffer.getLine(buffer.viewportY + promptRow);
	let cursor = -1;
	for (let x = 0; x < mainWidth; x++) {
		if (promptLine.getCell(x)?.isInverse()) {
			cursor = x;
			break;
		}
	}

	const text = promptLine.translateToString(true, 0, mainWidth).trimEnd();
	// The line as typed: its trailing blanks are only known from the cursor's column.
	const typed = cursor >= prompt.length ? text.slice(prompt.length).padEnd(cursor - prompt.length, ' ') : undefined;
	let marked;
	for (let row = promptRow; row < rows; row++) {
		const panel = buffer.getLine(buffer.viewportY + row)?.translateToString(true, panelColumn, columns) ?? '';
		if (panel.startsWith('› ')) {
			marked = panel.slice(2).split(/\s{2,}/)[0];
			break;
		}
	}

	return {typed, marked};
}

async function sleepUntil(time) {
	const wait = time - performance.now();
	if (wait > 0) {
		await new Promise(resolve => {
			setTimeout(resolve, wait);
		});
	}
}

/** Types `line` at the steady rate; per key, milliseconds to its echo and to its panel (undefined: never drawn). */
async function typeLine({terminal, child, listeners}) {
	const written = [];
	const echo = [];
	const panel = [];
	const prefixes = [...line].map((_, index) => line.slice(0, index + 1));
	let echoed = -1;
	let drawn = -1;
	const onFrame = arrived => {
		const {typed, marked} = readScreen(terminal);
		const shown = typed === undefined ? -1 : prefixes.lastIndexOf(typed, written.length - 1);
		for (let key = echoed + 1; key <= shown; key++) {
			echo[key] = arrived - written[key];
		}

		echoed = Math.max(echoed, shown);
		// The latest key, not after the echo, whose marked word is the one on screen.
		let panelState = -1;
		for (let key = echoed; key > drawn; key--) {
			if (markedWord(prefixes[key]) === marked) {
				panelState = key;
				break;
			}
		}

		for (let key = drawn + 1; key <= panelState; key++) {
			panel[key] = arrived - written[key];
		}

		drawn = Math.max(drawn, panelState);
	};

	listeners.add(onFrame);
	const start = performance.now() + 50;
	for (const [index, character] of [...line].entries()) {
		await sleepUntil(start + (index * keyInterval));
		written[index] = performance.now();
		child.write(character);
	}

	const deadline = performance.now() + 3000;
	while ((echoed < line.length - 1 || drawn < line.length - 1) && performance.now() < deadline) {
		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}

	listeners.delete(onFrame);
	// Ctrl-E, Ctrl-U: an empty line for the next run.
	child.write('\u0005\u0015');
	await new Promise(resolve => {
		setTimeout(resolve, 300);
	});
	return {echo, panel};
}

/** Resolves once the screen matches `pattern` (checked after every frame). */
async function waitForScreen({terminal, listeners}, pattern, timeout) {
	const matches = () => Array.from({length: rows}, (_, row) => terminal.buffer.active.getLine(terminal.buffer.active.viewportY + row)?.translateToString(true) ?? '')
		.some(text => pattern.test(text));
	await new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			listeners.delete(check);
			reject(new Error(`the screen did not show ${pattern} within ${timeout} ms`));
		}, timeout);
		function check() {
			if (matches()) {
				clearTimeout(timer);
				listeners.delete(check);
				resolve();
			}
		}

		listeners.add(check);
		check();
	});
}

const repl = startRepl();
await waitForScreen(repl, /engine \d+\.\d+/, 15_000);

// Warm-up: docker's help for `container run` is fetched and cached on first use.
await typeLine(repl);
const echoTimes = [];
const panelTimes = [];
let missed = 0;
let lastKeyPanel = 0;
for (let run = 0; run < runs; run++) {
	const {echo, panel} = await typeLine(repl);
	for (let key = 0; key < line.length; key++) {
		if (echo[key] === undefined || panel[key] === undefined) {
			missed++;
		}

		if (echo[key] !== undefined) echoTimes.push(echo[key]);
		if (panel[key] !== undefined) panelTimes.push(panel[key]);
	}

	lastKeyPanel = Math.max(lastKeyPanel, panel[line.length - 1] ?? Number.POSITIVE_INFINITY);
}

repl.child.write('\u0004');
await new Promise(resolve => {
	const timer = setTimeout(() => {
		repl.child.kill();
		resolve();
	}, 3000);
	repl.child.onExit(() => {
		clearTimeout(timer);
		resolve();
	});
});
repl.terminal.dispose();

const format = value => `${value.toFixed(1)} ms`;
const keepUpLimit = keepUpKeys * keyInterval;
const keepsUp = missed === 0 && percentile(panelTimes, 0.99) < keepUpLimit && lastKeyPanel < keepUpLimit;
const row = (name, values) => `| ${name} | ${values.length} | ${format(median(values))} | ${format(percentile(values, 0.99))} | ${format(Math.max(...values))} |`;
const body = `Measured by \`npx zx bench/keystroke.mjs\` (BENCH_RUNS=N lines, default 3). Machine: ${machineLine()}.
The built REPL runs in a ${columns}×${rows} pseudo-terminal read through a headless xterm (the explanation beside the prompt, the volume panel below it). A ${line.length}-character docker line is typed at a steady ${keysPerSecond} keys/s, ${runs} times after one warm-up line; per key, the time from writing it to the pty until the screen shows it:
echo = the prompt shows the line up to that key, cursor after it; panel = the explanation panel marks the word under the cursor for that key (or none, after a space). A frame that skips states counts for every key it covers.

| what | keys | p50 | p99 | max |
|---|---|---|---|---|
${row('echo', echoTimes)}
${row('explanation panel', panelTimes)}

Keys whose echo or panel never showed: ${missed}. Panel for the last key of a line: ${format(lastKeyPanel)} at worst.
Keeps up at ${keysPerSecond} keys/s (every key drawn, panel p99 and last key under ${format(keepUpLimit)}, ${keepUpKeys} keys): **${keepsUp ? 'yes' : 'no'}**.`;
await writeSection('keystroke', body);
console.log(body);
if (!keepsUp) process.exitCode = 1;
