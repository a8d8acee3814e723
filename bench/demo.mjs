#!/usr/bin/env zx
// dockwise demo: how long recording the persistence example takes against the
// sum of its commands' own run times (what dockwise printed after each, read
// back from the cast), and the size of the cast. Runs on a private engine
// (scripts/demo-engine.mjs): needs root, dockerd and unshare.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {fileURLToPath} from 'node:url';
import {$} from 'zx';
import {withPrivateEngine} from '../scripts/demo-engine.mjs';
import {machineLine, writeSection} from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = 'examples/persistence.en.yaml';
const directory = await mkdtemp(path.join(os.tmpdir(), 'dockwise-bench-demo-'));
const cast = path.join(directory, 'persistence.en.cast');
await $({cwd: root})`npm run build --silent`;

try {
	const wallSeconds = await withPrivateEngine(async env => {
		const started = performance.now();
		await $({cwd: root, env, quiet: true})`node bin/dockwise.js demo ${script} --record ${cast} --redact --seed 1`;
		return (performance.now() - started) / 1000;
	});
	const text = await readFile(cast, 'utf8');
	const events = text.trimEnd().split('\n').slice(1).map(line => JSON.parse(line));
	const output = stripVTControlCharacters(events.filter(event => event[1] === 'o').map(event => event[2]).join(''));
	// The outcome line dockwise writes after each command: "✓ exit 0 · 0.56 s".
	const commandSeconds = [...output.matchAll(/[✓✗] exit \d+ · ([\d.]+) s/g)].reduce((sum, match) => sum + Number(match[1]), 0);
	const commands = [...output.matchAll(/[✓✗] exit \d+ · /g)].length;
	const castSeconds = events.at(-1)[0];
	const sizeKiB = Buffer.byteLength(text) / 1024;
	const row = `| ${wallSeconds.toFixed(1)} s | ${commandSeconds.toFixed(1)} s (${commands} commands) | ${(wallSeconds - commandSeconds).toFixed(1)} s | ${castSeconds.toFixed(1)} s | ${sizeKiB.toFixed(0)} KiB, ${events.length} events, ${events.filter(event => event[1] === 'm').length} markers |`;
	console.log(row);
	await writeSection('dockwise demo: recording the persistence example', `
Command: \`npx zx bench/demo.mjs\` (records \`${script}\` with \`--redact --seed 1\` on a private engine).
Machine: ${machineLine()}.

| recording took (wall) | the commands' own run times (sum) | overhead: typing, waiting for frames, start and stop | cast length (played) | cast size |
|---|---|---|---|---|
${row}

The overhead is mostly typing: in a recording the player does not sleep the
typing delays (the cast's clock advances by them), but it waits for each
keystroke's echo frame, so every key costs one render of the REPL. Idle gaps
longer than 1 s are cut to 1 s in the cast, so the played length does not
depend on the machine's speed. Under \`dockwise demo\` the REPL writes only the rows of
its live area that changed (source/ui/row-diff-log.ts): a keystroke rewrites the prompt
row and the explanation's changed rows, not the whole panels.
`);
} finally {
	await rm(directory, {recursive: true, force: true});
}
