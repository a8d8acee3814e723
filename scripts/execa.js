// Bundled in place of execa (see build.mjs): the same function, but execa and
// what it loads (signal tables, stream helpers, cross-spawn) are set up on the
// first call, once the first frame is drawn, instead of before it.
let execaModule;

export function execa(...parameters) {
	// esbuild bundles that module and runs its top level here: an import would run it at start-up.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	execaModule ??= require('../node_modules/execa/index.js');
	return execaModule.execa(...parameters);
}
