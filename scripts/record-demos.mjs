#!/usr/bin/env zx
// Records examples/*.cast from examples/*.yaml against a private engine (see
// demo-engine.mjs). Usage: npm run demo:record [-- persistence.en]
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {$, argv} from 'zx';
import {withPrivateEngine} from './demo-engine.mjs';

const root = path.resolve(import.meta.dirname, '..');
const names = argv._.length > 0 ? argv._.map(String) : ['persistence.en', 'persistence.fr'];

await withPrivateEngine(async env => {
	for (const name of names) {
		const script = path.join('examples', `${name}.yaml`);
		const cast = path.join('examples', `${name}.cast`);
		const started = performance.now();
		const result = await $({cwd: root, env, nothrow: true, quiet: true})`node bin/dockwise.js demo ${script} --record ${cast} --redact --seed 1`;
		process.stdout.write(result.stderr);
		if (result.exitCode !== 0) {
			throw new Error(`recording ${script} failed`);
		}

		const size = (await readFile(path.join(root, cast))).length;
		console.log(`${cast}: ${(size / 1024).toFixed(1)} KiB, recorded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
});
