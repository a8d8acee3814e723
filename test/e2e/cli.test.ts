import test from 'ava';
import {execa} from 'execa';
import {dockwiseBin} from '../helpers/pty.js';
import {docker, engineTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';

const dockwise = async (args: string[], options: {input?: string; env?: Record<string, string>} = {}) =>
	execa(process.execPath, [dockwiseBin, ...args], {reject: false, input: options.input ?? '', env: {LANG: 'en_US.UTF-8', ...options.env}});

const volume = uniqueName('plain-volume');
const guarded = uniqueName('plain-guarded');

test.after.always(async () => {
	await removeCreated({volumes: [volume, guarded]});
});

test('--version prints the package version', async t => {
	const {stdout, exitCode} = await dockwise(['--version']);
	t.is(exitCode, 0);
	t.regex(stdout, /^\d+\.\d+\.\d+$/);
});

test('--help shows usage in the chosen language', async t => {
	const english = await dockwise(['--help']);
	t.is(english.exitCode, 0);
	t.regex(english.stdout, /Usage[\s\S]*--docker PATH/);
	const french = await dockwise(['--help', '--lang', 'fr']);
	t.regex(french.stdout, /démarrer le REPL/);
	const fromLocale = await dockwise(['--help'], {env: {LANG: 'fr_FR.UTF-8'}});
	t.regex(fromLocale.stdout, /démarrer le REPL/);
});

test('unknown options get one line and exit 2', async t => {
	const {stderr, exitCode} = await dockwise(['--frobnicate']);
	t.is(exitCode, 2);
	t.is(stderr.trim().split('\n').length, 1);
	t.regex(stderr, /Unknown option '--frobnicate'.*dockwise --help/);
	t.is((await dockwise(['--lang', 'de'])).exitCode, 2);
	t.is((await dockwise(['frobnicate'])).exitCode, 2);
});

test('plain line mode: lines are echoed, bad lines refused, exit status of the last failure', async t => {
	const script = [':lang en', 'frobnicate', 'volume create "unbalanced', ':help'].join('\n');
	const {stdout, stderr, exitCode} = await dockwise(['--docker', '/nonexistent/docker'], {input: script});
	t.regex(stdout, /dockwise> frobnicate/);
	t.regex(stderr, /"frobnicate" is not a docker command/);
	t.regex(stderr, /Unbalanced " quote/);
	t.regex(stdout, /:history \[N\]/);
	t.is(exitCode, 2);
});

engineTest('plain line mode runs docker for real, continuations included', async t => {
	const script = [
		`volume create \\`,
		`  --label ${testLabel}=1 ${volume}`,
		`volume inspect --format 'name={{.Name}}' ${volume}`,
		'run --rm alpine:latest sh -c "exit 3"',
		'version --format ok',
	].join('\n');
	const {stdout, exitCode} = await dockwise([], {input: script});
	t.regex(stdout, new RegExp(`^${volume}$`, 'm'));
	t.regex(stdout, new RegExp(`^name=${volume}$`, 'm'));
	t.regex(stdout, /✗ exit 3 · /);
	t.regex(stdout, /^ok$/m);
	t.is(exitCode, 3, 'the last failed command gives the exit status');
});

test('explain mode through the built CLI: JSON, exit codes', async t => {
	const ok = await dockwise(['explain', '--json', '--', 'docker', 'volume', 'create', '--name', 'my_volume']);
	t.is(ok.exitCode, 0);
	const explanation = JSON.parse(ok.stdout) as {command: string; warnings: Array<{code: string}>};
	t.is(explanation.command, 'volume create');
	t.true(explanation.warnings.some(warning => warning.code === 'deprecated-flag'));

	const bad = await dockwise(['explain', 'run --mount type=volume,dst=relative alpine']);
	t.is(bad.exitCode, 1);
	t.regex(bad.stdout, /must be absolute/);

	const french = await dockwise(['explain', '--lang', 'fr', '--', 'run', '--rm', 'alpine']);
	t.regex(french.stdout, /Ce qui va se passer|conteneur|container/i);
});

engineTest('plain line mode refuses to delete data unless --yes', async t => {
	const setup = [
		`volume create --label ${testLabel}=1 ${guarded}`,
		`run --rm --label ${testLabel}=1 -v ${guarded}:/data alpine:latest sh -c "echo hi > /data/f"`,
		`volume rm ${guarded}`,
	].join('\n');
	const refused = await dockwise([], {input: setup});
	t.is(refused.exitCode, 2);
	t.regex(refused.stdout, new RegExp(`volume ${guarded}: 1 file, 3 B`));
	t.regex(refused.stderr, /not run, because it would delete data/);
	t.is((await docker('volume', 'inspect', '--format', '{{.Name}}', guarded)).trim(), guarded);

	const allowed = await dockwise(['--yes'], {input: `volume rm ${guarded}`});
	t.is(allowed.exitCode, 0);
	t.regex(allowed.stdout, new RegExp(`volume ${guarded} removed: 1 file, 3 B deleted`));
});

test('plain line mode: lines that need a terminal are refused, an unfinished last line is reported', async t => {
	const {stdout, stderr, exitCode} = await dockwise(['--docker', '/nonexistent/docker'], {input: 'run -it --rm alpine sh\nversion \\'});
	t.regex(stderr, /needs a terminal .* Run it in the REPL/);
	t.regex(stderr, /ends in the middle of a command/);
	t.notRegex(stdout, /Could not start/, 'nothing was run');
	t.is(exitCode, 2);
});
