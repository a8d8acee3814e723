import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {docker, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {keys, ReplTerminal} from '../helpers/pty.js';
import {startRepl, submit} from '../helpers/repl-session.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'dockwise-faults-'));
const sleeper = uniqueName('sigterm');
let privateEngine: PrivateEngine | undefined;

test.after.always(async () => {
	await removeCreated({containers: [sleeper]});
	await privateEngine?.remove();
	rmSync(scratch, {recursive: true, force: true});
});

/** Exit of the REPL, or undefined when it is still running after `ms`. */
async function exitWithin(terminal: ReplTerminal, ms: number) {
	return Promise.race([terminal.exited, new Promise<undefined>(resolve => {
		setTimeout(resolve, ms, undefined);
	})]);
}

test.serial(':quit leaves promptly even when the docker program hangs', async t => {
	const hanging = path.join(scratch, 'docker');
	writeFileSync(hanging, '#!/bin/sh\ntrap "" TERM INT HUP\nsleep 60\n');
	chmodSync(hanging, 0o755);
	const terminal = ReplTerminal.start({args: ['--docker', hanging]});
	try {
		await terminal.waitFor('dockwise>');
		await submit(terminal, ':quit');
		// It used to take 16 s; the deadline inside is under 1 s, this bound only absorbs machine load.
		t.truthy(await exitWithin(terminal, 8000), 'dockwise is still running 8 s after :quit');
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('SIGTERM to dockwise during a command: the docker client is passed the signal, then ended, not orphaned', async t => {
	const terminal = await startRepl();
	try {
		await submit(terminal, `run --rm --label ${testLabel}=1 --name ${sleeper} alpine:latest sleep 60`);
		await terminal.waitFor('Ctrl-C to interrupt', {timeout: 20_000});
		for (let tries = 0; tries < 80 && (await docker('ps', '-q', '--filter', `name=${sleeper}`)).trim() === ''; tries++) {
			await new Promise(resolve => {
				setTimeout(resolve, 250);
			});
		}

		process.kill(terminal.pid, 'SIGTERM');
		const exit = await exitWithin(terminal, 15_000);
		t.truthy(exit, 'dockwise ended');
		const clients = await execa('pgrep', ['-f', `--name ${sleeper}`], {reject: false});
		t.is(clients.stdout.trim(), '', 'no docker client left running');
	} finally {
		await terminal.stop();
	}
});

test.serial('TERM=dumb: plain lines, no panels', async t => {
	const terminal = ReplTerminal.start({env: {TERM: 'dumb'}});
	try {
		// Plain mode echoes each line after the prompt once it is read: typed at once, the terminal holds it.
		terminal.press('version --format dumb-{{.Client.Os}}\r');
		await terminal.waitFor('dumb-linux', {where: 'everything', timeout: 20_000});
		await terminal.waitFor('dockwise> version', {where: 'everything'});
		terminal.press(keys.ctrlD);
		t.truthy(await exitWithin(terminal, 10_000));
		t.false(terminal.rawOutput.includes('\u001B['), 'no escape sequence at all');
		t.false(terminal.rawOutput.includes('\u001B[?2004h'), 'no bracketed paste, no Ink');
		t.notRegex(terminal.everything(), /Volumes {2}\d/);
	} finally {
		await terminal.stop();
	}
});

privateEngineTest('a stopped (SIGSTOP) daemon is not shown healthy: "the engine does not answer"', async t => {
	privateEngine = await PrivateEngine.create();
	await privateEngine.start();
	const terminal = ReplTerminal.start({env: privateEngine.env as Record<string, string>});
	const pid = Number(readFileSync(path.join(privateEngine.directory, 'docker.pid'), 'utf8').trim());
	try {
		await terminal.waitFor(/engine \d+\.\d+/, {timeout: 30_000});
		process.kill(pid, 'SIGSTOP');
		// The status check says it in these words; the volume panel's own reading may say first that the engine is not answering.
		await terminal.waitFor(/The engine does not answer|engine not answering/, {timeout: 60_000});
		t.pass();
	} finally {
		process.kill(pid, 'SIGCONT');
		await terminal.stop();
	}
});
