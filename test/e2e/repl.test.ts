import test from 'ava';
import {docker, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {delay, keys, ReplTerminal} from '../helpers/pty.js';

/** ConfirmLoss ignores keys until the keyboard has been quiet this long. */
const answerGraceMs = 600;

const volume = uniqueName('repl-volume');
const container = uniqueName('repl-it');
const sleeper = uniqueName('repl-sleep');
const guarded = uniqueName('repl-guarded');

test.after.always(async () => {
	await removeCreated({containers: [container, sleeper], volumes: [volume, guarded]});
});

async function startAtPrompt(options?: Parameters<typeof ReplTerminal.start>[0]): Promise<ReplTerminal> {
	const terminal = ReplTerminal.start(options);
	await terminal.waitFor('dockwise>');
	return terminal;
}

engineSerialTest('runs docker commands with and without the prefix', async t => {
	const terminal = await startAtPrompt();
	try {
		await terminal.waitFor(/engine \d+\.\d+/);
		await terminal.typeLine(`docker volume create --label ${testLabel}=1 ${volume}`);
		terminal.press(keys.enter);
		await terminal.waitFor(new RegExp(`^${volume}$`, 'm'), {where: 'everything'});
		await terminal.waitFor('✓ exit 0');
		t.is((await docker('volume', 'inspect', '--format', '{{.Name}}', volume)).trim(), volume);

		await terminal.typeLine(`volume ls --filter name=${volume}`);
		terminal.press(keys.enter);
		await terminal.waitFor(new RegExp(`local\\s+${volume}`), {where: 'everything'});
		t.pass();
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('lends the terminal to run -it, then takes it back', async t => {
	const terminal = await startAtPrompt();
	try {
		await terminal.typeLine(`run --rm -it --name ${container} --label ${testLabel}=1 alpine:latest sh`);
		terminal.press(keys.enter);
		await terminal.waitFor(/\/ # $/m);
		await terminal.typeLine('echo "inside $((6 * 7))"', {prompt: '/ #'});
		terminal.press(keys.enter);
		await terminal.waitFor('inside 42');
		await terminal.typeLine('exit', {prompt: '/ #'});
		terminal.press(keys.enter);
		await terminal.waitFor('✓ exit 0');
		await terminal.waitFor(/^dockwise>\s*$/m);

		// The REPL is back, raw mode included: editing keys work and a command runs.
		await terminal.typeLine('version --format xx{{.Client.Os}}');
		terminal.press(keys.enter);
		await terminal.waitFor('xxlinux', {where: 'everything'});
		const transcript = terminal.everything();
		t.regex(transcript, /inside 42/);
		t.regex(transcript, /\/ # exit/, 'the container shell\'s last line survives the redraw');
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('Ctrl-C interrupts a running command', async t => {
	const terminal = await startAtPrompt();
	try {
		// Sleeps far longer than the wait below: the prompt can only come back through the interrupt.
		await terminal.typeLine(`run --rm --name ${sleeper} --label ${testLabel}=1 alpine:latest sleep 600`);
		terminal.press(keys.enter);
		await terminal.waitFor('Ctrl-C to interrupt');
		terminal.press(keys.ctrlC);
		await terminal.waitFor(/interrupted|stopped by|exit \d+/, {timeout: 60_000});
		await terminal.waitFor(/^dockwise>\s*$/m, {timeout: 60_000});
		t.pass();
	} finally {
		await terminal.stop();
	}
});

test.serial('an open quote continues on the next line; a refused line is echoed, kept in history, and the prompt cleared', async t => {
	const terminal = await startAtPrompt({args: ['--docker', '/nonexistent/docker', '--lang', 'en'], cols: 80, rows: 24});
	try {
		await terminal.typeLine('volume create "oops');
		terminal.press(keys.enter);
		await terminal.waitFor(/^> *$/m);
		t.notRegex(terminal.everything(), /exit \d/);
		terminal.press(keys.ctrlC);
		await terminal.typeLine('ls /home');
		terminal.press(keys.enter);
		await terminal.waitFor('you are on the host now', {where: 'transcript'}).catch(async () => terminal.waitFor('You are on the host now', {where: 'transcript'}));
		t.notRegex(terminal.transcript(), /Did you mean "ps"/);
		await terminal.waitFor(/^dockwise>\s*$/m);
		terminal.press(keys.up);
		await terminal.waitFor(/^dockwise> ls \/home\s*$/m);
		t.pass();
	} finally {
		await terminal.stop();
	}
});

test.serial('sudo docker ...: dropped, the line without sudo offered in the prompt (French)', async t => {
	const terminal = await startAtPrompt({args: ['--docker', '/nonexistent/docker', '--lang', 'fr'], cols: 160, rows: 50});
	try {
		await terminal.typeLine('sudo docker volume ls');
		terminal.press(keys.enter);
		await terminal.waitFor('dockwise exécute déjà docker pour vous', {where: 'transcript'});
		await terminal.waitFor(/^dockwise> docker volume ls\b/m);
		t.pass();
	} finally {
		await terminal.stop();
	}
});

test.serial('a missing docker binary gets a banner, and the REPL stays usable', async t => {
	const terminal = await startAtPrompt({args: ['--docker', '/nonexistent/docker']});
	try {
		await terminal.waitFor('No docker program at "/nonexistent/docker"');
		await terminal.typeLine('volume ls');
		terminal.press(keys.enter);
		await terminal.waitFor('Could not start "/nonexistent/docker"');
		// Keys typed before the prompt is back are dropped (see type-ahead.test.ts).
		await terminal.waitFor(/^dockwise>\s*$/m);
		await terminal.typeLine(':help');
		terminal.press(keys.enter);
		await terminal.waitFor(':history [N]', {where: 'everything'});
		terminal.press(keys.ctrlD);
		t.is((await terminal.exited).exitCode, 0);
	} finally {
		await terminal.stop();
	}
});

test.serial('Ctrl-C twice on an empty prompt quits', async t => {
	const terminal = await startAtPrompt({args: ['--docker', '/nonexistent/docker']});
	try {
		terminal.press(keys.ctrlC);
		await terminal.waitFor('Press Ctrl-C again');
		terminal.press(keys.ctrlC);
		t.is((await terminal.exited).exitCode, 0);
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('a command that deletes data asks first, showing what it deletes', async t => {
	await docker('volume', 'create', '--label', `${testLabel}=1`, guarded);
	await docker('run', '--rm', '--label', `${testLabel}=1`, '-v', `${guarded}:/data`, 'alpine:latest', 'sh', '-c', 'echo hello > /data/kept.txt');
	const terminal = await startAtPrompt();
	try {
		await terminal.waitFor(/engine \d+\.\d+/);
		await terminal.typeLine(`volume rm ${guarded}`);
		terminal.press(keys.enter);
		await terminal.waitFor('Run it? [y/N]');
		t.regex(terminal.screen(), new RegExp(`volume ${guarded}: 1 file, 6 B`));
		t.regex(terminal.screen(), /such as kept\.txt/);
		// A key typed while the question appears is typing ahead, not an answer.
		terminal.press('y');
		await delay(300);
		t.regex(terminal.screen(), /Run it\? \[y\/N\]/);
		await delay(answerGraceMs);
		terminal.press('n');
		await terminal.waitFor('Cancelled: nothing was run.');
		t.is((await docker('volume', 'inspect', '--format', '{{.Name}}', guarded)).trim(), guarded);

		await terminal.typeLine(`volume rm ${guarded}`);
		terminal.press(keys.enter);
		await terminal.waitFor('Run it? [y/N]');
		await delay(answerGraceMs);
		terminal.press('y');
		await terminal.waitFor(new RegExp(`volume ${guarded} removed: 1 file, 6 B deleted`), {where: 'everything'});
		await t.throwsAsync(docker('volume', 'inspect', guarded));
	} finally {
		await terminal.stop();
	}
});

const nobody = {uid: 65_534, gid: 65_534};
const asAnotherUser: typeof engineSerialTest = process.getuid?.() === 0 ? engineSerialTest : test.serial.skip;
if (process.getuid?.() !== 0) {
	console.log('skipping the permission-denied banner test: it runs dockwise as another user, which needs root');
}

asAnotherUser('a user without access to the docker socket gets a banner that says so, and the REPL stays usable', async t => {
	const terminal = ReplTerminal.start({user: nobody, env: {HOME: '/tmp'}});
	try {
		await terminal.waitFor('Permission denied on the Docker socket', {timeout: 15_000});
		t.regex(terminal.screen().replaceAll('\n', ' '), /docker group/);
		await terminal.typeLine(':lang fr');
		terminal.press(keys.enter);
		await terminal.waitFor('Accès refusé au socket Docker');
	} finally {
		await terminal.stop();
	}
});
