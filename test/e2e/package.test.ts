import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {keys, ReplTerminal} from '../helpers/pty.js';
import {repositoryRoot} from '../helpers/repository.js';

// The published package, as a user gets it: `npm pack`, then installed from the
// tarball with an empty npm cache and no network. It must need nothing else.
const {version} = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {version: string};
const work = mkdtempSync(path.join(tmpdir(), 'dockwise-package-'));
const prefix = path.join(work, 'prefix');
const installed = path.join(prefix, 'lib', 'node_modules');
const bin = path.join(prefix, 'bin', 'dockwise');

/** npm with a cache of its own (empty), offline: anything it would download fails. The npm_* variables of an enclosing `npm test` are left out. */
function npmEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value !== undefined && !/^npm_/i.test(name)) {
			env[name] = value;
		}
	}

	return {
		...env,
		npm_config_cache: path.join(work, 'npm-cache'),
		npm_config_offline: 'true',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
		LANG: 'en_US.UTF-8',
	};
}

const npm = async (args: string[], cwd: string) => execa('npm', args, {cwd, env: npmEnv(), extendEnv: false, reject: false, all: true});

type Packed = {filename: string; files: Array<{path: string}>};
let packed: Packed;
let tarball: string;
let installOutput: string;

test.before(async () => {
	// A copy of the checkout: `npm pack` builds (prepack) there, not into the dist/ other tests are running.
	const copy = path.join(work, 'checkout');
	for (const entry of ['package.json', 'tsconfig.json', 'README.md', 'bin', 'lessons', 'scripts', 'source']) {
		cpSync(path.join(repositoryRoot, entry), path.join(copy, entry), {recursive: true});
	}

	symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(copy, 'node_modules'));
	const pack = await npm(['pack', '--json', '--pack-destination', work], copy);
	if (pack.exitCode !== 0) {
		throw new Error(`npm pack failed:\n${pack.all}`);
	}

	packed = (JSON.parse(pack.stdout) as Packed[])[0]!;
	tarball = path.join(work, packed.filename);
	const install = await npm(['install', '--global', '--prefix', prefix, tarball], work);
	installOutput = install.all;
	if (install.exitCode !== 0) {
		throw new Error(`npm install --global --offline failed:\n${install.all}`);
	}
});

test.after.always(() => {
	rmSync(work, {recursive: true, force: true});
});

test('the tarball holds the bundle, its start script and the lessons, no sources', t => {
	const files = packed.files.map(file => file.path);
	t.true(files.includes('bin/dockwise.js'));
	t.true(files.includes('dist/cli.cjs'));
	t.false(files.some(file => file.endsWith('.v8cache')), 'a code cache is made where dockwise runs, never shipped');
	t.true(files.includes('package.json'));
	t.true(files.some(file => /^lessons\/[\w-]+\.en\.yaml$/.test(file)), files.join(' '));
	t.false(files.some(file => file.startsWith('source/') || file.startsWith('test/') || file.startsWith('node_modules/')), files.join(' '));
});

test('installing it globally, offline with an empty cache, adds dockwise alone and runs no script', t => {
	t.deepEqual(readdirSync(installed), ['dockwise']);
	t.false(existsSync(path.join(installed, 'dockwise', 'node_modules')), 'no dependency under the package');
	const manifest = JSON.parse(readFileSync(path.join(installed, 'dockwise', 'package.json'), 'utf8')) as {scripts?: Record<string, string>; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>};
	t.deepEqual(manifest.dependencies ?? {}, {});
	t.deepEqual(manifest.optionalDependencies ?? {}, {});
	const runsOnInstall = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare'];
	t.deepEqual(Object.keys(manifest.scripts ?? {}).filter(name => runsOnInstall.includes(name)), []);
	t.notRegex(installOutput, /install-scripts|prepare/i);
	t.regex(installOutput, /added 1 package/);
});

test('the installed dockwise answers --version and --help', async t => {
	const versionRun = await execa(bin, ['--version'], {cwd: work, reject: false});
	t.is(versionRun.exitCode, 0, versionRun.stderr);
	t.is(versionRun.stdout, version);
	const help = await execa(bin, ['--help'], {cwd: work, reject: false, env: {LANG: 'en_US.UTF-8'}});
	t.is(help.exitCode, 0, help.stderr);
	t.regex(help.stdout, /Usage[\s\S]*--docker PATH/);
});

test('npx runs the tarball offline with an empty cache', async t => {
	const run = await execa('npx', ['--yes', `./${packed.filename}`, '--version'], {cwd: work, env: {...npmEnv(), npm_config_cache: path.join(work, 'npx-cache')}, extendEnv: false, reject: false, all: true});
	t.is(run.exitCode, 0, run.all);
	t.is(run.stdout.trim(), version);
});

test('the installed dockwise starts its REPL in a terminal and leaves on :quit', async t => {
	const repl = ReplTerminal.start({bin, cwd: work});
	try {
		await repl.waitFor('dockwise>', {timeout: 60_000});
		await repl.typeLine(':quit');
		repl.press(keys.enter);
		t.is((await repl.exited).exitCode, 0);
	} finally {
		await repl.stop();
	}
});

/** The V8 code caches next to the installed bundle (see bin/dockwise.js): name → inode (a cache written again is a new file, renamed into place). */
function codeCaches(): Map<string, number> {
	const dist = path.join(installed, 'dockwise', 'dist');
	return new Map(readdirSync(dist).filter(name => name.endsWith('.v8cache')).map(name => [name, statSync(path.join(dist, name)).ino]));
}

async function sessionAtPrompt(holdMs: number): Promise<void> {
	const repl = ReplTerminal.start({bin, cwd: work});
	try {
		await repl.waitFor('dockwise>', {timeout: 60_000});
		await new Promise(resolve => {
			setTimeout(resolve, holdMs);
		});
		await repl.typeLine(':quit');
		repl.press(keys.enter);
		await repl.exited;
	} finally {
		await repl.stop();
	}
}

// Serial: no other REPL of the installed package runs meanwhile (ava runs serial tests first).
test.serial('the installed dockwise makes its code cache once at the prompt, and the next start uses it as it is', async t => {
	t.is(codeCaches().size, 0, 'none is packed');
	// The cache is written 1.5 s after a start that found none.
	await sessionAtPrompt(4000);
	const made = codeCaches();
	t.is(made.size, 1, [...made.keys()].join(', '));
	// A start that V8 let use it writes nothing (a rejected cache would be written again).
	await sessionAtPrompt(4000);
	const after = codeCaches();
	t.deepEqual([...after.keys()], [...made.keys()]);
	t.deepEqual([...after.values()], [...made.values()], 'the cache was not made again');
});

test('dockwise demo says how to get the native pseudo-terminal module it does not install', async t => {
	const script = path.join(work, 'hello.yaml');
	writeFileSync(script, 'title: hello\nsteps:\n  - say: hello\n');
	const run = await execa(bin, ['demo', script], {cwd: work, reject: false, env: {LANG: 'en_US.UTF-8'}});
	t.is(run.exitCode, 2, run.all);
	t.regex(run.stderr, /needs the native module @lydell\/node-pty[\s\S]*npm install --global @lydell\/node-pty@1\.1/);
});
