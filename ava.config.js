// `npx ava test/some.test.ts`: the TypeScript files themselves, through tsx.
// `npm test` runs the compiled copy instead (ava.compiled.config.js).
export default {
	extensions: {
		ts: 'module',
		tsx: 'module',
	},
	nodeArguments: ['--import=tsx'],
	workerThreads: false,
	files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
	timeout: '2m',
};
