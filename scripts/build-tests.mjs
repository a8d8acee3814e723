#!/usr/bin/env node
// Compiles source/ and test/ to JavaScript under .test-build/, file by file, for
// `npm test`. Loading TypeScript through tsx costs each ava worker about one CPU
// second (its loader thread and esbuild service start in every test process, more
// than a hundred of them); compiling once here costs about one second in all.
// `npx ava test/some.test.ts` still runs a single file through tsx.
//
// .test-build/ mirrors the repository: source/ and test/ are compiled, every other
// top-level entry (bin, dist, lessons, package.json, node_modules...) and
// test/fixtures are symbolic links, so paths relative to a module resolve as in
// the repository. Tests that read the TypeScript sources themselves find the real
// folder through test/helpers/repository.ts.
import {build} from 'esbuild';
import {mkdirSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = path.join(root, '.test-build');
const compiled = ['source', 'test'];
const linkedInTest = ['fixtures'];

const typescriptFiles = folder => readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'})
	.filter(file => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !file.split(path.sep).some(part => linkedInTest.includes(part)))
	.map(file => path.join(folder, file));

rmSync(output, {recursive: true, force: true});

await build({
	absWorkingDir: root,
	entryPoints: compiled.flatMap(folder => typescriptFiles(folder)),
	outdir: output,
	outbase: '.',
	bundle: false,
	platform: 'node',
	format: 'esm',
	target: 'node20.19',
	jsx: 'automatic',
	// Failures point at the TypeScript lines (ava runs the workers with --enable-source-maps).
	sourcemap: 'linked',
	logLevel: 'warning',
});

for (const entry of readdirSync(root)) {
	if (!compiled.includes(entry) && entry !== '.test-build' && entry !== '.git') {
		symlinkSync(path.join(root, entry), path.join(output, entry));
	}
}

for (const entry of linkedInTest) {
	mkdirSync(path.join(output, 'test'), {recursive: true});
	symlinkSync(path.join(root, 'test', entry), path.join(output, 'test', entry));
}
