// Bundled in place of yoga-layout's entry (see build.mjs). Its own entry loads
// the WebAssembly with a top-level await, which a CommonJS bundle cannot hold;
// here the same object is filled in when the WebAssembly is ready, and
// `globalThis.dockwiseYogaReady` says when: Ink is rendered only after it
// (modes/repl.tsx). Ink reads Yoga's members only while laying out, never when
// its modules load.
import loadYoga from '../node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from '../node_modules/yoga-layout/dist/src/wrapAssembly.js';

const Yoga = {};
globalThis.dockwiseYogaReady = loadYoga().then(assembly => {
	Object.assign(Yoga, wrapAssembly(assembly));
});
export default Yoga;
export * from '../node_modules/yoga-layout/dist/src/generated/YGEnums.js';
