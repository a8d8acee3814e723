import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Writable} from 'node:stream';
import test from 'ava';
import {execa} from 'execa';
import type {Explanation} from '../../source/explain/index.js';
import type {Lang} from '../../source/i18n/catalogue.js';
import {runExplain} from '../../source/modes/explain.js';
import {dockerBinary, engineTest} from '../helpers/engine.js';

const cacheHome = await mkdtemp(path.join(tmpdir(), 'dockwise-explain-mode-'));
const hasClient = await execa(dockerBinary, ['--version'], {reject: false}).then(result => result.exitCode === 0, () => false);
const clientTest = hasClient ? test : test.skip;

test.after.always(async () => {
	await rm(cacheHome, {recursive: true, force: true});
});

class Collector extends Writable {
	text = '';
	isTTY?: boolean;
	columns?: number;

	constructor(tty?: {columns: number}) {
		super();
		if (tty) {
			this.isTTY = true;
			this.columns = tty.columns;
		}
	}

	override _write(chunk: Uint8Array | string, _encoding: BufferEncoding, callback: () => void) {
		this.text += String(chunk);
		callback();
	}
}

type Run = {code: number; stdout: string; stderr: string};

async function run(args: string[], {env = {}, lang, docker = dockerBinary, tty}: {env?: NodeJS.ProcessEnv; lang?: Lang; docker?: string; tty?: {columns: number}} = {}): Promise<Run> {
	const stdout = new Collector(tty);
	const stderr = new Collector();
	const code = await runExplain(args, {
		stdout,
		stderr,
		env: {HOME: '/home/ada', PATH: process.env['PATH'], XDG_CACHE_HOME: cacheHome, ...env},
		lang,
		docker,
	});
	return {code, stdout: stdout.text, stderr: stderr.text};
}

const json = (result: Run) => JSON.parse(result.stdout) as Explanation;
const noDocker = '/nonexistent/dockwise-test/docker';

test('text mode prints the panel’s explanation, plain when not a terminal', async t => {
	const result = await run(['--', 'docker', 'container', 'run', '--rm', '--name', 'my_alpine', '-it', 'alpine:latest']);
	t.is(result.code, 0);
	t.is(result.stderr, '');
	t.regex(result.stdout, /^ {2}docker +The docker client/);
	t.regex(result.stdout, /--rm +Delete the container as soon as it exits/);
	t.regex(result.stdout, /What will happen\n• creates container my_alpine from alpine:latest\n/);
	t.false(result.stdout.includes('\u001B['), 'no colour when stdout is not a terminal');
	t.true(result.stdout.split('\n').every(line => line.length <= 80));
});

test('--json prints one object with the documented shape', async t => {
	const result = await run(['--json', 'docker container run -it --name my_alpine \\\n  --mount type=volume,src=my_volume,dst=/home/my_folder \\\n  --rm alpine:latest sh']);
	t.is(result.code, 0);
	const explanation = json(result);
	t.is(explanation.command, 'container run');
	for (const token of explanation.tokens) {
		t.deepEqual(Object.keys(token).slice(0, 4), ['text', 'start', 'end', 'role']);
		t.true(['program', 'command', 'flag', 'value', 'image', 'argument', 'container-command'].includes(token.role));
		t.is(typeof token.summary, 'string');
	}

	t.deepEqual(explanation.mounts.map(({type, source, target, readOnly, persistent}) => ({type, source, target, readOnly, persistent})), [
		{type: 'volume', source: 'my_volume', target: '/home/my_folder', readOnly: false, persistent: true},
	]);
	t.deepEqual(explanation.warnings.map(({code, level}) => ({code, level})), [{code: 'rm-writable-loss', level: 'warning'}]);
	t.deepEqual(explanation.errors, []);
	t.is(explanation.effects.length, 5);
});

test('exit 1 when docker would refuse the line', async t => {
	const result = await run(['--json', '--', 'docker', 'run', '--mount', 'foo=bar', 'alpine']);
	t.is(result.code, 1);
	const [error] = json(result).errors;
	t.is(error?.docker, 'invalid argument "foo=bar" for "--mount" flag: unexpected key \'foo\' in \'foo=bar\'');
	t.deepEqual([error?.start, error?.end], [19, 26]);
});

test('the language: --lang, then the caller’s choice, then LANG', async t => {
	t.regex((await run(['--lang', 'fr', 'docker volume ls'])).stdout, /Ce qui va se passer/);
	t.regex((await run(['--lang=fr', 'docker volume ls'])).stdout, /Ce qui va se passer/);
	t.regex((await run(['docker volume ls'], {env: {LANG: 'fr_FR.UTF-8'}})).stdout, /Ce qui va se passer/);
	t.regex((await run(['docker volume ls'], {lang: 'fr'})).stdout, /Ce qui va se passer/);
	t.regex((await run(['--lang', 'en', 'docker volume ls'], {env: {LANG: 'fr_FR.UTF-8'}})).stdout, /What will happen/);
});

test('words after -- and one quoted string mean the same line', async t => {
	const words = json(await run(['--json', '--', 'docker', 'run', '-v', '/srv/my data:/data', '--name', 'it\'s', 'alpine']));
	const quoted = json(await run(['--json', 'docker run -v \'/srv/my data:/data\' --name "it\'s" alpine']));
	t.deepEqual(words.mounts.map(mount => mount.source), ['/srv/my data']);
	t.deepEqual(quoted.mounts.map(mount => mount.source), ['/srv/my data']);
	t.deepEqual(words.effects, quoted.effects);
	// The docker line may also start right after our options, without --.
	t.is(json(await run(['--json', 'docker', 'volume', 'ls'])).command, 'volume ls');
});

test('usage errors: one line on stderr, exit 2', async t => {
	for (const args of [['--bogus', 'docker ps'], ['--lang', 'de', 'docker ps'], [], ['--json'], ['--', '  ']]) {
		const result = await run(args);
		t.is(result.code, 2, args.join(' '));
		t.is(result.stdout, '');
		t.is(result.stderr.trim().split('\n').length, 1);
	}

	t.regex((await run(['--bogus', 'x'])).stderr, /unknown option --bogus/);
	t.regex((await run(['--lang', 'de', 'x'])).stderr, /--lang must be en or fr, not de/);
});

test('--help prints the usage', async t => {
	const result = await run(['--help']);
	t.is(result.code, 0);
	t.regex(result.stdout, /^Usage: dockwise explain \[--json] \[--lang en\|fr] \[--]/);
	t.regex((await run(['-h'], {lang: 'fr'})).stdout, /^Usage : dockwise explain/);
});

test('colour only on a terminal, and never with NO_COLOR', async t => {
	const coloured = await run(['docker run --privileged alpine'], {tty: {columns: 100}});
	t.true(coloured.stdout.includes('\u001B['));
	const plain = await run(['docker run --privileged alpine'], {tty: {columns: 100}, env: {NO_COLOR: '1'}});
	t.false(plain.stdout.includes('\u001B['));
	t.true(plain.stdout.split('\n').some(line => line.length > 80), 'uses the terminal’s width');
});

test('without docker the curated knowledge still explains, and unknown flags are only warnings', async t => {
	const result = await run(['--json', 'docker run --cpu-period 100 alpine'], {docker: noDocker});
	t.is(result.code, 0);
	t.deepEqual(json(result).warnings.map(warning => warning.code), ['unknown-flag', 'no-persistence']);
	t.is((await run(['docker volume create --name my_volume'], {docker: noDocker})).code, 0);
});

clientTest('with docker’s catalogue, uncurated flags are explained and unknown ones refused', async t => {
	const explained = json(await run(['--json', 'docker run --cpu-period 100 alpine']));
	t.deepEqual(explained.errors, []);
	t.is(explained.tokens.find(token => token.text === '--cpu-period')?.source, 'docker');
	t.is(explained.tokens.find(token => token.role === 'image')?.text, 'alpine');
	const refused = await run(['--json', 'docker run --cpu-perid 100 alpine']);
	t.is(refused.code, 1);
	t.is(json(refused).errors[0]?.docker, 'unknown flag: --cpu-perid');
});

engineTest('asks the engine its API version when the explanation depends on it', async t => {
	const {stdout} = await execa(dockerBinary, ['version', '--format', '{{.Server.APIVersion}}']);
	const explanation = json(await run(['--json', 'docker volume prune']));
	const [major = 0, minor = 0] = stdout.trim().split('.').map(Number);
	const old = major === 1 && minor < 42;
	t.deepEqual(explanation.warnings.map(warning => [warning.code, warning.level]), old ? [['prune-named', 'danger']] : []);
	if (old) {
		t.true(explanation.warnings[0]!.message.includes(stdout.trim()));
	}
});
