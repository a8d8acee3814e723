import test from 'ava';
import {execa} from 'execa';
import pLimit from 'p-limit';
import {parseHelpText} from '../../source/explain/index.js';
import {allCommandNodes, commandPaths} from '../../source/explain/knowledge/index.js';

// Checks our curated knowledge against the docker client installed here. Only
// the client is needed (`--help` does not reach the engine), so the engine
// helper, which requires an engine in CI, is not used.
const dockerBinary = process.env['DOCKWISE_DOCKER'] ?? 'docker';

async function probeClient(): Promise<string | undefined> {
	try {
		const {stdout} = await execa(dockerBinary, ['--version'], {timeout: 15_000});
		return stdout.trim();
	} catch {
		return undefined;
	}
}

const clientVersion = await probeClient();

if (!clientVersion) {
	if (process.env['CI']) {
		test('a docker client is installed (required when CI is set)', t => {
			t.fail(`no docker client at ${dockerBinary}`);
		});
	} else {
		console.log(`skipping curated-flag checks: no docker client at ${dockerBinary}`);
	}
}

const dockerTest = clientVersion ? test : test.skip;

// Hundreds of checks: a few docker processes at a time, not hundreds at once on a 2-core machine.
const limit = pLimit(4);

// Three checks read each command's help: one docker process per command, not three.
const helpByPath = new Map<string, ReturnType<typeof readHelp>>();

async function help(path: readonly string[]) {
	const key = path.join(' ');
	let parsed = helpByPath.get(key);
	if (!parsed) {
		parsed = readHelp(path);
		helpByPath.set(key, parsed);
	}

	return parsed;
}

/** `docker <path> --help`, asking for every flag the client has whatever the engine's API version. */
async function readHelp(path: readonly string[]) {
	const {stdout} = await limit(async () => execa(dockerBinary, [...path, '--help'], {env: {...process.env, DOCKER_API_VERSION: '1.99'}, timeout: 15_000}));
	const parsed = parseHelpText(stdout, path);
	const expected = ['docker', ...path].join(' ');
	// For a command it does not have, docker prints its parent's help.
	if (!parsed || !(parsed.usage === expected || parsed.usage.startsWith(`${expected} `))) {
		throw new Error(`docker has no command "${path.join(' ')}" (usage: ${parsed?.usage})`);
	}

	return parsed;
}

/** Whether docker accepts a flag it does not list: it parses the flags before printing the help. */
async function acceptsHiddenFlag(path: readonly string[], flag: string, takesValue: boolean): Promise<boolean> {
	// `1` suits every value type (string, int, bytes, list).
	const {exitCode} = await limit(async () => execa(dockerBinary, [...path, flag, ...(takesValue ? ['1'] : []), '--help'], {reject: false, timeout: 15_000}));
	return exitCode === 0;
}

const curated = [...allCommandNodes()].filter(node => !node.plugin);

for (const node of curated) {
	const name = node.key === '' ? 'docker' : `docker ${node.key}`;

	dockerTest(`${name}: exists, with the aliases we list`, async t => {
		const docker = await help(node.knowledge.path);
		if (node.knowledge.group) {
			return t.pass();
		}

		const ours = commandPaths(node).map(path => path.join(' ')).sort();
		const theirs = docker.aliases.length > 0 ? docker.aliases.map(path => path.join(' ')).sort() : [node.key];
		t.deepEqual(ours, theirs);
	});

	if (node.knowledge.flags && node.knowledge.flags.length > 0) {
		dockerTest(`${name}: every curated flag is known to docker`, async t => {
			const docker = await help(node.knowledge.path);
			const listed = new Map(docker.flags.map(flag => [flag.long, flag]));
			for (const flag of node.knowledge.flags ?? []) {
				const theirs = listed.get(flag.long);
				if (theirs) {
					t.is(theirs.short, flag.short, `--${flag.long} short form`);
					t.is(theirs.type, flag.type, `--${flag.long} value type`);
					t.falsy(flag.hidden, `--${flag.long} is listed, so it is not hidden`);
				} else {
					t.true(flag.hidden === true, `--${flag.long} is not in docker's help: it must be marked hidden`);
					t.true(await acceptsHiddenFlag(node.knowledge.path, `--${flag.long}`, flag.type !== undefined), `docker accepts the hidden --${flag.long}`);
				}
			}
		});
	}

	if (node.knowledge.complete) {
		dockerTest(`${name}: our list is complete`, async t => {
			const docker = await help(node.knowledge.path);
			if (node.knowledge.group) {
				t.deepEqual(docker.subcommands.map(entry => entry.name).filter(word => !node.subcommands.has(word)), [], `subcommands missing from our ${name}`);
				return;
			}

			t.deepEqual(docker.flags.map(flag => flag.long).filter(long => long !== 'help' && !node.flagsByLong.has(long)), [], `flags missing from our ${name}`);
		});
	}
}

dockerTest('docker’s top-level commands are all named in our tree', async t => {
	const docker = await help([]);
	const words = new Set([...allCommandNodes()].flatMap(node => commandPaths(node).filter(path => path.length === 1).map(path => path[0])));
	// Listed by a client that cannot ask the daemon whether it runs experimental features.
	const experimental = new Set(['checkpoint']);
	for (const entry of docker.subcommands.filter(entry => !experimental.has(entry.name))) {
		t.true(words.has(entry.name), entry.name);
	}
});
