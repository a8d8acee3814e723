#!/usr/bin/env node
// Bundles source/cli.tsx into dist/: cli.js and the chunks it imports. A few
// files start much faster than hundreds of unbundled ESM modules (see
// DESIGN.md, "Start-up"); what a mode needs alone (demo, explain, plain lines,
// lessons' YAML) is a chunk of its own, read only when that mode runs.
// The published package is this folder: every library is in it (see package.json).
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Chunks are named by content hash: old ones would pile up.
rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});

await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	entryNames: '[name]',
	// Next to cli.js: lessons/ is found relative to the module that looks for it.
	chunkNames: '[name]-[hash]',
	splitting: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	// Half the bytes to read and parse at each start; dist/*.js.map maps traces back (node --enable-source-maps).
	minify: true,
	sourcemap: 'linked',
	legalComments: 'none',
	logLevel: 'warning',
	// A native module, loaded lazily by `dockwise demo` only: it stays in node_modules.
	external: ['@lydell/node-pty'],
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
	define: {'process.env.DEV': '"false"', 'process.env.NODE_ENV': '"production"'},
	banner: {
		// Bundled CommonJS dependencies use require, __filename and __dirname; give them those.
		js: [
			"import {createRequire as __dockwiseCreateRequire} from 'node:module';",
			"import {fileURLToPath as __dockwiseFileUrlToPath} from 'node:url';",
			'const require = __dockwiseCreateRequire(import.meta.url);',
			'const __filename = __dockwiseFileUrlToPath(import.meta.url);',
			"const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
			// Ink's layout engine loads its WebAssembly through fetch() when fetch exists, and
			// Node's fetch costs ~30 ms to load; without it, the same bytes are decoded directly.
			// dockwise itself never uses fetch.
			'delete globalThis.fetch;',
		].join(' '),
	},
});
