// Shared by the bench scripts: statistics and BENCHMARKS.md sections.
import {readFile, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import os from 'node:os';

export const benchmarksFile = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

export function percentile(values, fraction) {
	const sorted = [...values].sort((a, b) => a - b);
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
	return sorted[index];
}

export const median = values => percentile(values, 0.5);

export function machineLine() {
	return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/**
Replaces the section headed `## <name>` in BENCHMARKS.md (or appends it),
leaving every other section as it was.
*/
export async function writeSection(name, body) {
	let text = '';
	try {
		text = await readFile(benchmarksFile, 'utf8');
	} catch {
		text = '# Benchmarks\n\nFigures written by `npm run bench` (scripts in bench/). Each section says how to reproduce it.\n';
	}

	const heading = `## ${name}`;
	const section = `${heading}\n\n${body.trim()}\n`;
	const lines = text.split('\n');
	const start = lines.findIndex(line => line.trim() === heading);
	if (start === -1) {
		text = `${text.trimEnd()}\n\n${section}`;
	} else {
		let end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
		if (end === -1) end = lines.length;
		text = [...lines.slice(0, start), section, ...lines.slice(end)].join('\n');
	}

	await writeFile(benchmarksFile, `${text.trimEnd()}\n`);
}

/**
Bundles source modules with esbuild into `directory`, as dist/cli.js bundles
them (so the code measured is the code that ships), and imports them:
`{name: 'source/x.ts'}` gives `{name: module}`.
*/
export async function importBundled(entryPoints, directory) {
	const {build} = await import('esbuild');
	const {pathToFileURL} = await import('node:url');
	const path = await import('node:path');
	await build({
		absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
		entryPoints,
		outdir: directory,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outExtension: {'.js': '.mjs'},
		logLevel: 'warning',
		banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
	});
	const modules = {};
	for (const name of Object.keys(entryPoints)) {
		modules[name] = await import(pathToFileURL(path.join(directory, `${name}.mjs`)).href);
	}

	return modules;
}
