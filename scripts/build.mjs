#!/usr/bin/env node
// Bundles source/cli.tsx into one CommonJS file, dist/cli.cjs, that
// bin/dockwise.js compiles with a V8 code cache (see docs/architecture.md, "The
// bundle and the package"). What a mode needs alone (demo, explain, plain lines,
// lessons' YAML) is set up only when that mode runs (esbuild's lazily run modules).
// The published package is this folder: every library is in it (see package.json).
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Chunks are named by content hash: old ones would pile up.
rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});

/**
Ink 6.8's `incrementalRendering` writer lands each frame one row too low (see
docs/architecture.md, verified facts). When Ink asks for it, it gets
source/ui/row-diff-log.ts instead; its standard writer stays Ink's own. Ink's
package exports no way to pass a writer, hence this swap at bundle time.
*/
const rowDiffLog = {
	name: 'ink-row-diff-log',
	setup(plugin) {
		plugin.onResolve({filter: /^\.\/log-update\.js$/}, args => args.importer.includes(`${path.sep}ink${path.sep}build${path.sep}`)
			? {path: path.join(args.resolveDir, 'log-update.js'), namespace: 'ink-log-update'}
			: undefined);
		plugin.onLoad({filter: /.*/, namespace: 'ink-log-update'}, args => ({
			resolveDir: root,
			loader: 'js',
			contents: `import ink from ${JSON.stringify(args.path)};
import {createRowDiffLog} from './source/ui/row-diff-log.ts';
export default {create: (stream, options = {}) => options.incremental ? createRowDiffLog(stream, options) : ink.create(stream, options)};`,
		}));
	},
};

/**
The bundle is CommonJS so that bin/dockwise.js can compile it with a V8 code
cache (Node 20 caches no ES module). Two libraries use a top-level await, which
CommonJS cannot hold: yoga-layout (its WebAssembly, see scripts/yoga-layout.js)
and Ink's reconciler (only when DEV=true, never: those lines are cut).
*/
const withoutTopLevelAwait = {
	name: 'without-top-level-await',
	setup(plugin) {
		plugin.onResolve({filter: /^yoga-layout$/}, () => ({path: path.join(root, 'scripts/yoga-layout.js')}));
		plugin.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const contents = source
				.replace(/if \(isDev\(\)\) \{\s*try \{\s*await import\('\.\/devtools\.js'\);[\s\S]*?\n\}\n/, '')
				.replace(/isDev\(\)\s*\?\s*await loadPackageJson\(\)\s*:/, '');
			if (contents.includes("await import('./devtools.js')") || contents.includes('await loadPackageJson()')) {
				throw new Error('Ink\'s reconciler changed: update the top-level await cuts in scripts/build.mjs');
			}

			return {contents, loader: 'js'};
		});
	},
};

/**
An import() left in the bundle (node-pty, Node's own modules) would need a
dynamic-import callback that a vm.Script compiled from a code cache does not
get on Node 20 ("A dynamic import callback was not specified"): each becomes a
bundled module that requires it, so import() stays inside the bundle.
*/
const requireWhatIsImportedLater = {
	name: 'require-what-is-imported-later',
	setup(plugin) {
		plugin.onResolve({filter: /^(?:@lydell\/node-pty|node:[\w/]+)$/}, args => args.kind === 'dynamic-import'
			? {path: args.path, namespace: 'required-later'}
			: undefined);
		plugin.onLoad({filter: /.*/, namespace: 'required-later'}, args => ({
			contents: `module.exports = require(${JSON.stringify(args.path)});`,
			loader: 'js',
		}));
	},
};

await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	// dist/cli.cjs: lessons/ is found relative to the module that looks for it (import.meta.url below).
	outdir: 'dist',
	entryNames: '[name]',
	outExtension: {'.js': '.cjs'},
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	jsx: 'automatic',
	// Half the bytes to read and parse at each start without a code cache; dist/cli.cjs.map maps traces back.
	minify: true,
	sourcemap: 'linked',
	legalComments: 'none',
	logLevel: 'warning',
	// A native module, loaded lazily by `dockwise demo` only: it stays in node_modules.
	external: ['@lydell/node-pty'],
	plugins: [rowDiffLog, withoutTopLevelAwait, requireWhatIsImportedLater],
	// Ink imports the React devtools only when DEV=true (never: see define); neither they nor
	// the WebSocket library they use are installed or bundled.
	alias: {
		'react-devtools-core': './scripts/devtools-stub.js',
		ws: './scripts/devtools-stub.js',
		// wrap-ansi pins an older string-width with the same API: one copy starts faster
		// (each compiles large Unicode regular expressions when loaded).
		'string-width': './scripts/string-width.js',
		// Set up on the first docker process, after the first frame (see the file).
		execa: './scripts/execa.js',
	},
	define: {'process.env.DEV': '"false"', 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__dockwiseModuleUrl'},
	banner: {
		// bin/dockwise.js runs the bundle as a CommonJS module (require, __filename); ES modules' import.meta.url is that file.
		js: [
			"const __dockwiseModuleUrl = require('node:url').pathToFileURL(__filename).href;",
			// Ink's layout engine loads its WebAssembly through fetch() when fetch exists, and
			// Node's fetch costs ~30 ms to load; without it, the same bytes are decoded directly.
			// dockwise itself never uses fetch.
			'delete globalThis.fetch;',
		].join(' '),
	},
});
