import test from 'ava';
import {execa} from 'execa';
import {dockerBinary, testLabel} from '../helpers/engine.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {copyImage, EngineDoor} from '../helpers/remote-engine.js';
import {keys, type ReplTerminal} from '../helpers/pty.js';
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
