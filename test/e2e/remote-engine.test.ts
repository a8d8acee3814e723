import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {dockerBinary, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {copyImage, EngineDoor} from '../helpers/remote-engine.js';
import {defaultGraceMs} from '../../source/repl/question-keys.js';
import {delay, keys, type ReplTerminal} from '../helpers/pty.js';
import {clearLine, outputOf, startRepl, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

/*
A private dockerd reached the way a remote engine is: over TCP (socat) and over
ssh (a test sshd). Its volumes live under /tmp here, but dockwise must not
count on that: a tcp:// or ssh:// engine's files are on another machine.
*/

let engine: PrivateEngine | undefined;
let door: EngineDoor | undefined;
const doorProblem = await EngineDoor.unavailableReason();
if (doorProblem && process.env['CI']) {
	test('socat and an ssh server are installed (required when CI is set)', t => {
		t.fail(`cannot reach an engine over TCP and ssh: ${doorProblem}`);
	});
} else if (doorProblem) {
	console.log(`skipping remote-engine tests: ${doorProblem}`);
}

const remoteTest: typeof privateEngineTest = doorProblem ? test.serial.skip : privateEngineTest;

/** The engine's volume with one file, and a stopped container (its image becomes the helper's). */
const volume = 'remote_volume';

async function setUp(): Promise<EngineDoor> {
	if (door) {
		return door;
	}

	engine = await PrivateEngine.create();
	await engine.start();
	door = await EngineDoor.open(engine);
	await copyImage('alpine:latest', engine.env);
	await execa(dockerBinary, ['volume', 'create', '--label', `${testLabel}=1`, volume], {env: engine.env});
	await execa(dockerBinary, ['run', '--name', 'remote_writer', '--label', `${testLabel}=1`, '-v', `${volume}:/data`, 'alpine:latest', 'sh', '-c', 'echo hello from afar > /data/far.txt'], {env: engine.env});
	return door;
}

test.after.always(async () => {
	await door?.close();
	await engine?.remove();
});

/** The volume panel and what follows it on screen (the transcript above it is left out). */
function volumePanel(terminal: ReplTerminal): string {
	const screen = terminal.screen();
	return screen.slice(screen.lastIndexOf('\nVolumes '));
}

async function withRepl(env: Record<string, string | undefined>, run: (terminal: ReplTerminal) => Promise<void>): Promise<void> {
	const terminal = await startRepl({env: env as Record<string, string>, cols: 140, rows: 40});
	try {
		await run(terminal);
	} finally {
		await terminal.stop();
	}
}

remoteTest('over TCP: the status bar names the host, bind sources are not checked here, volumes are read through a helper container', async t => {
	const host = await (await setUp()).overTcp();
	const port = host.split(':').at(-1)!;
	await withRepl({DOCKER_HOST: host, DOCKER_CONTEXT: ''}, async terminal => {
		await terminal.waitFor(new RegExp(`on 127\\.0\\.0\\.1:${port}, over tcp`));
		await terminal.type('run --rm -v /srv/nowhere:/data alpine:latest ls /data');
		const screen = await terminal.waitFor('not yours');
		t.regex(screen.replaceAll('\n', ' '), /\/srv\/nowhere is a path on the engine’s machine/);
		t.notRegex(screen, /does not exist on the host/);
		clearLine(terminal);
		await submit(terminal, `:volume ${volume}`);
		await terminal.waitFor('far.txt', {where: 'transcript'});
		t.regex(outputOf(terminal, `:volume ${volume}`), /far\.txt/);
		await waitForIdlePrompt(terminal);
		// The helper ran on the engine (it holds the file, this machine's reading would not be asked for).
		const helpers = await execa(dockerBinary, ['ps', '--all', '--filter', 'label=dockwise.helper', '--format', '{{.Names}}'], {env: engine!.env});
		t.is(helpers.stdout.trim(), '', 'the helper container removed itself');
	});
});

remoteTest('over ssh: commands run there, the status bar says so, and a volume is read through a helper container', async t => {
	const {host, env} = await (await setUp()).overSsh();
	await withRepl({...env, DOCKER_HOST: host, DOCKER_CONTEXT: ''}, async terminal => {
		await terminal.waitFor(/on 127\.0\.0\.1:\d+, over ssh/);
		await submit(terminal, 'volume ls --quiet');
		await terminal.waitFor(/✓ exit 0/, {where: 'transcript'});
		t.regex(outputOf(terminal, 'volume ls --quiet'), new RegExp(volume));
		await submit(terminal, `:volume ${volume}`);
		await terminal.waitFor('far.txt', {where: 'transcript'});
		terminal.press(keys.ctrlD);
	});
});

remoteTest('contexts: `context use` re-targets the volume panel, status bar and narration; `--context` on one line is not narrated as the followed engine, and its deletion asks', async t => {
	const host = await (await setUp()).overTcp();
	const port = host.split(':').at(-1)!;
	// The user's ~/.docker is never touched: the contexts live in a config folder of this test.
	const config = await mkdtemp(path.join(tmpdir(), 'dockwise-contexts-'));
	const context = uniqueName('ctx');
	const local = uniqueName('local');
	// Empty is unset for docker (a pty cannot pass undefined).
	const env = {DOCKER_CONFIG: config, DOCKER_HOST: '', DOCKER_CONTEXT: ''};
	try {
		await execa(dockerBinary, ['context', 'create', context, '--docker', `host=${host}`], {env});
		await withRepl(env, async terminal => {
			await terminal.waitFor(/context default/);
			t.notRegex(volumePanel(terminal), new RegExp(volume));
			await submit(terminal, `docker context use ${context}`);
			await terminal.waitFor(`dockwise now follows context ${context} on 127.0.0.1:${port}`, {where: 'transcript'});
			await terminal.waitFor(new RegExp(`on 127\\.0\\.0\\.1:${port}, over tcp · context ${context}`));
			await terminal.waitFor(volume);
			await waitForIdlePrompt(terminal);

			await submit(terminal, `docker --context default volume create --label ${testLabel}=1 ${local}`);
			await terminal.waitFor(`ran on default; dockwise follows context ${context} on 127.0.0.1:${port}`, {where: 'transcript'});
			await waitForIdlePrompt(terminal);
			t.notRegex(volumePanel(terminal), new RegExp(local), 'the volume panel still shows the followed engine');

			await submit(terminal, `docker --context default volume rm ${local}`);
			await terminal.waitFor('talks to another engine (--context default)');
			// A key typed as the question appears is typing ahead, not an answer.
			await delay(defaultGraceMs + 200);
			terminal.press('y');
			const removal = `docker --context default volume rm ${local}`;
			await terminal.waitFor(() => /ran on default; dockwise follows/.test(outputOf(terminal, removal)), {where: 'transcript'});
			t.regex(outputOf(terminal, removal), /✓ exit 0/);
			await waitForIdlePrompt(terminal);
			const left = await execa(dockerBinary, ['volume', 'ls', '--quiet', '--filter', `name=${local}`]);
			t.is(left.stdout.trim(), '', 'the yes ran it on the default engine');

			await submit(terminal, 'docker context use default');
			await terminal.waitFor('dockwise now follows context default', {where: 'transcript'});
			await terminal.waitFor(/\(API [\d.]+\) · context default/);
			await terminal.waitFor(() => !volumePanel(terminal).includes(volume));
		});
	} finally {
		await removeCreated({volumes: [local]});
		await rm(config, {recursive: true, force: true});
	}
});
