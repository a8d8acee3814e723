#!/usr/bin/env zx
// Runs every benchmark; each rewrites its own section of BENCHMARKS.md.
import {$} from 'zx';

$.verbose = true;
for (const script of ['startup', 'explain', 'keystroke', 'guard', 'output', 'state', 'narration', 'complete', 'differential', 'demo', 'paste']) {
	await $`zx ${new URL(`${script}.mjs`, import.meta.url).pathname}`;
}
