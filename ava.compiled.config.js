// What `npm test` runs: the tests compiled by scripts/build-tests.mjs (see there why).
export default {
	nodeArguments: ['--enable-source-maps'],
	workerThreads: false,
	files: ['.test-build/test/**/*.test.js'],
	timeout: '2m',
};
