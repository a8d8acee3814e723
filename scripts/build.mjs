#!/usr/bin/env node
// Bundles source/cli.tsx into dist/cli.js: one file starts much faster than
// hundreds of unbundled ESM modules (see DESIGN.md, "Start-up").
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	sourcemap: 'linked',
	legalComments: 'none',
	logLevel: 'warning',
	// Native addons and the optional devtools hook stay outside the bundle.
	external: ['react-devtools-core', '@lydell/node-pty'],
	define: {'process.env.DEV': '"false"'},
	banner: {
		// Bundled CommonJS dependencies call require(); give them one.
		js: "import {createRequire as __dockwiseCreateRequire} from 'node:module'; const require = __dockwiseCreateRequire(import.meta.url);",
	},
});
