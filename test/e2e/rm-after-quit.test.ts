import test from 'ava';
import {docker, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {delay, keys} from '../helpers/pty.js';
import {startRepl, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

const name = uniqueName('rm-after-quit');

test.after.always(async () => {
	await removeCreated({containers: [name]});
});

const listed = async () => docker('ps', '-a', '--filter', `name=^${name}$`, '--format', '{{.Status}}');

// Found by bench/soak.mjs: a `run --rm` that Ctrl-C left running was still there after `:quit` (until the next start).
engineSerialTest('a run --rm still running when dockwise quits is removed once it stops, as --rm promised', async t => {
	const terminal = await startRepl({cols: 160, rows: 40});
	try {
		await submit(terminal, `run --rm --name ${name} --label ${testLabel}=1 alpine:latest sleep 6`);
		for (let tries = 0; tries < 100 && await listed() === ''; tries++) {
			await delay(200);
		}

		terminal.press(keys.ctrlC);
		await terminal.waitFor(`container ${name} still runs`, {where: 'transcript', timeout: 30_000});
		await waitForIdlePrompt(terminal);
		await submit(terminal, ':quit');
		await terminal.exited;
	} finally {
		await terminal.stop();
	}

	let status = await listed();
	for (let tries = 0; tries < 150 && status !== ''; tries++) {
		await delay(200);
		status = await listed();
	}

	t.is(status, '', 'removed after it stopped, dockwise gone');
});
