import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {createHelpCatalogue, type HelpCatalogue} from '../../source/docker/help-catalogue.js';

// Needs the docker client only (`--help` and `--version` never reach the engine),
// so the engine helper, which requires an engine in CI, is not used.
const dockerBinary = process.env['DOCKWISE_DOCKER'] ?? 'docker';
const hasClient = await execa(dockerBinary, ['--version'], {reject: false, timeout: 15_000}).then(result => result.exitCode === 0, () => false);
if (!hasClient) {
	if (process.env['CI']) {
		test('a docker client is installed (required when CI is set)', t => {
			t.fail(`no docker client at ${dockerBinary}`);
		});
	} else {
		console.log(`skipping help catalogue tests: no docker client at ${dockerBinary}`);
	}
}

const dockerTest = hasClient ? test : test.skip;
const directories: string[] = [];
const cacheDirectory = async () => {
	const directory = await mkdtemp(path.join(tmpdir(), 'dockwise-help-'));
	directories.push(directory);
	return directory;
};

const opened: HelpCatalogue[] = [];

/** A catalogue whose cache writes are awaited before the temporary folders go. */
function open(options: Parameters<typeof createHelpCatalogue>[0]): HelpCatalogue {
	const catalogue = createHelpCatalogue(options);
	opened.push(catalogue);
	return catalogue;
}

test.after.always(async () => {
	await Promise.all(opened.map(async catalogue => catalogue.flush()));
	await Promise.all(directories.map(async directory => rm(directory, {recursive: true, force: true})));
});

dockerTest('loads and parses docker’s help for one command, lazily', async t => {
	const catalogue = open({docker: dockerBinary, cacheDirectory: await cacheDirectory()});
	t.is(catalogue.snapshot().commands.size, 0);
	const help = await catalogue.load(['volume', 'create']);
	t.like(help?.flags.find(flag => flag.long === 'driver'), {short: 'd', type: 'string'});
	t.like(help?.flags.find(flag => flag.long === 'opt'), {short: 'o', type: 'map'});
	const snapshot = catalogue.snapshot();
	t.is(snapshot.commands.get('volume create'), help);
	t.regex(snapshot.clientVersion ?? '', /^\d+\.\d+/);
	t.is(await catalogue.clientVersion(), snapshot.clientVersion);
});

dockerTest('lists every flag of the client, even those the engine’s API is too old for', async t => {
	const catalogue = open({docker: dockerBinary, cacheDirectory: await cacheDirectory()});
	const help = await catalogue.load(['volume', 'prune']);
	t.like(help?.flags.find(flag => flag.long === 'all'), {short: 'a'});
});

dockerTest('caches parsed help on disk per client version, atomically, and reads it back', async t => {
	const directory = await cacheDirectory();
	const first = open({docker: dockerBinary, cacheDirectory: directory});
	await first.load(['volume', 'ls']);
	await first.load(['no-such-command']);
	const version = (await first.clientVersion())!;
	await first.flush();
	const file = JSON.parse(await readFile(path.join(directory, `help-${version}.json`), 'utf8')) as {clientVersion: string; commands: Record<string, {description: string} | null>};
	t.deepEqual(await readdir(directory), [`help-${version}.json`]);
	t.is(file.clientVersion, version);
	t.is(file.commands['no-such-command'], null, 'a command docker does not have is remembered too');
	t.is(file.commands['volume ls']?.description, 'List volumes');

	// A new catalogue answers from the file: change it and see the change come back.
	file.commands['volume ls']!.description = 'from the cache';
	await writeFile(path.join(directory, `help-${version}.json`), JSON.stringify(file));
	const second = open({docker: dockerBinary, cacheDirectory: directory});
	t.is((await second.load(['volume', 'ls']))?.description, 'from the cache');
	t.is(await second.load(['no-such-command']), undefined);
});

dockerTest('a command docker does not have gives nothing', async t => {
	const catalogue = open({docker: dockerBinary, cacheDirectory: await cacheDirectory()});
	t.is(await catalogue.load(['volume', 'frobnicate']), undefined);
	t.false(catalogue.snapshot().commands.has('volume frobnicate'));
});

dockerTest('concurrent loads of one command share one docker call', async t => {
	const catalogue = open({docker: dockerBinary, cacheDirectory: await cacheDirectory()});
	const [a, b] = await Promise.all([catalogue.load(['container', 'run']), catalogue.load(['container', 'run'])]);
	t.truthy(a);
	t.is(a, b);
	t.true(await catalogue.loadAll([[], ['container', 'ls']]));
	t.false(await catalogue.loadAll([[], ['container', 'ls']]), 'nothing new the second time');
});

test('without docker: nothing, and no crash', async t => {
	const directory = await cacheDirectory();
	const catalogue = open({docker: path.join(directory, 'no-docker-here'), cacheDirectory: directory});
	t.is(await catalogue.clientVersion(), undefined);
	t.is(await catalogue.load(['container', 'run']), undefined);
	t.false(await catalogue.loadAll([[], ['volume', 'ls']]));
	t.is(catalogue.snapshot().commands.size, 0);
	t.deepEqual(await readdir(directory), []);
});
