import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import test from 'ava';
import {build} from 'esbuild';
import type {execa as realExeca} from 'execa';
import {repositoryRoot} from '../helpers/repository.js';

// dist/ uses scripts/execa.js in place of execa (see scripts/build.mjs): the same function, set up on its first call.
test('the execa the bundle uses runs a process as execa does', async t => {
	const directory = mkdtempSync(path.join(tmpdir(), 'dockwise-execa-'));
	try {
		await build({
			absWorkingDir: repositoryRoot,
			entryPoints: ['scripts/execa.js'],
			outfile: path.join(directory, 'execa.mjs'),
			bundle: true,
			platform: 'node',
			format: 'esm',
			logLevel: 'warning',
			banner: {js: 'import {createRequire as __createRequire} from \'node:module\'; const require = __createRequire(import.meta.url);'},
		});
		const {execa} = await import(pathToFileURL(path.join(directory, 'execa.mjs')).href) as {execa: typeof realExeca};
		const result = await execa(process.execPath, ['-e', 'process.stdout.write(process.argv[1])', 'it ran'], {reject: false});
		t.is(result.exitCode, 0);
		t.is(result.stdout, 'it ran');
		const failed = await execa(process.execPath, ['-e', 'process.exit(3)'], {reject: false});
		t.is(failed.exitCode, 3);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
});
