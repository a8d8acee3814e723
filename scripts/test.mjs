#!/usr/bin/env node
// `npm test`: build, then the type check, lint and ava at the same time, and
// fail if any of them fails. The tests wait on docker and on terminals much of
// the time; the type check and lint (about 1.5 CPU-minutes together) fill those
// gaps at a lower priority instead of running before them. Their output is
// printed when they end, so ava's stays readable.
// Arguments go to ava: `npm test -- --match '*volume*'`.
import os from 'node:os';
import {$} from 'zx';

$.verbose = false;
const bin = name => `node_modules/.bin/${name}`;

await Promise.all([$`node scripts/build.mjs`, $`node scripts/build-tests.mjs`]);

/** Runs a check in the background at low priority; resolves to its exit code, printing its output once it ended. */
async function background(name, command) {
	const run = $({nothrow: true})`${command}`;
	run.catch(() => {});
	try {
		os.setPriority(run.child.pid, 10);
	} catch {
		// The process already ended, or this system refuses: it runs at normal priority.
	}

	const result = await run;
	const text = result.stdout + result.stderr;
	console.log(`${result.exitCode === 0 ? '✔' : '✘'} ${name}${text.trim() ? `\n${text.trimEnd()}` : ''}`);
	return result.exitCode;
}

const [typecheck, lint, ava] = await Promise.all([
	background('type check (tsc --noEmit)', [bin('tsc'), '--noEmit']),
	background('lint (eslint)', [bin('eslint'), '--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/', '--max-warnings', '0', 'source', 'test', 'bench', 'scripts']),
	$({nothrow: true, stdio: 'inherit'})`${bin('ava')} --config ava.compiled.config.js ${process.argv.slice(2)}`.then(result => result.exitCode),
]);

process.exitCode = [typecheck, lint, ava].some(code => code !== 0) ? 1 : 0;
