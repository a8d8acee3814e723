// What `npm test` runs: the tests compiled by scripts/build-tests.mjs (see there why).
export default {
	nodeArguments: ['--enable-source-maps'],
	// The tests wait on docker and terminals much of the time: four files at once keep two cores busy.
	concurrency: 4,
	workerThreads: false,
	files: ['.test-build/test/**/*.test.js'],
	timeout: '2m',
};
