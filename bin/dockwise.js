#!/usr/bin/env node
// Runs the bundle, dist/cli.cjs, compiled with a V8 code cache when one fits:
// Node 20 caches no ES module and has no module.enableCompileCache (22.1+), so
// the bundle is a CommonJS module compiled here by vm.Script with `cachedData`.
// The cache is made once the REPL has started (the functions it ran are in it)
// and kept next to the bundle, or under $XDG_CACHE_HOME/dockwise when that
// folder cannot be written. Its name holds a hash of the bundle and Node's
// version: another bundle or another Node never reads a stale cache (V8 itself
// checks only the source's length; npm gives every packed file the same time).
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {homedir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
let source;
try {
	source = readFileSync(bundle, 'utf8');
} catch (error) {
	// A clone that was never built (npm start and npm test build it; the published package ships it).
	process.stderr.write(`dockwise: cannot read ${bundle} (${error.code ?? error.message}); in a clone of the repository, run \`npm run build\` first.\n`);
	process.exit(1);
}

const cacheName = `cli-${createHash('sha1').update(source).digest('hex').slice(0, 16)}-${process.version}-${process.arch}.v8cache`;
const cacheFolders = [
	path.dirname(bundle),
	path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'dockwise'),
];

function readCache() {
	for (const folder of cacheFolders) {
		try {
			return readFileSync(path.join(folder, cacheName));
		} catch {
			// Not made yet, or not readable: compiled without it.
		}
	}

	return undefined;
}

function writeCache(script) {
	const data = script.createCachedData();
	for (const folder of cacheFolders) {
		try {
			mkdirSync(folder, {recursive: true});
			const file = path.join(folder, cacheName);
			const partial = `${file}.${process.pid}`;
			writeFileSync(partial, data);
			renameSync(partial, file);
			return;
		} catch {
			// Read-only (a system-wide install): the next folder.
		}
	}
}

const cachedData = readCache();
// One line: the bundle's own lines keep their numbers (its source map).
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
	filename: bundle,
	...(cachedData ? {cachedData} : {}),
	importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
if (cachedData === undefined || script.cachedDataRejected) {
	// Long enough for the REPL's first frame; short commands (--version, explain) never write.
	setTimeout(() => {
		writeCache(script);
	}, 1500).unref();
}

const module = {exports: {}};
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
