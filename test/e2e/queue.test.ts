import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {dockerBinary, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {bracketed} from '../helpers/paste.js';
import {delay, keys, ReplTerminal} from '../helpers/pty.js';
import {waitForEngineState} from '../helpers/repl-session.js';

const stopped = uniqueName('queue-stopped');
const scratch = mkdtempSync(path.join(tmpdir(), 'dockwise-queue-'));

test.after.always(async () => {
	await removeCreated({containers: [stopped]});
	rmSync(scratch, {recursive: true, force: true});
});

async function startAtPrompt(args: string[] = []): Promise<ReplTerminal> {
	const terminal = ReplTerminal.start({args, cols: 100, rows: 30});
	await terminal.waitFor(/engine \d+\.\d+/);
	return terminal;
}

/** Where each text first shows in the transcript. */
function positions(text: string, markers: string[]): number[] {
	return markers.map(marker => text.indexOf(marker));
}

engineSerialTest('lines typed ahead wait their turn: outputs never interleave', async t => {
	const terminal = await startAtPrompt();
	try {
		await terminal.typeLine(`run --rm --label ${testLabel}=1 alpine:latest sh -c "echo B-one; sleep 1; echo B-two"`);
		terminal.press(keys.enter);
		await terminal.waitFor('B-one', {where: 'everything'});
		await terminal.typeLine(`run --rm --label ${testLabel}=1 alpine:latest sh -c "echo C-one; sleep 1; echo C-two"`);
		terminal.press(keys.enter);
		await terminal.waitFor('C-two', {where: 'everything', timeout: 15_000});
		await terminal.waitFor(/✓ exit 0[\s\S]*✓ exit 0/, {where: 'everything'});
		const [bOne, bTwo, cOne, cTwo] = positions(terminal.everything(), ['B-one', 'B-two', 'C-one', 'C-two']);
		t.true(bOne! < bTwo! && bTwo! < cOne! && cOne! < cTwo!, terminal.everything());
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('Ctrl-C stops the running command and drops what was typed ahead', async t => {
	const terminal = await startAtPrompt();
	try {
		await terminal.typeLine(`run --rm --label ${testLabel}=1 alpine:latest sleep 20`);
		terminal.press(keys.enter);
		await terminal.waitFor('Ctrl-C to interrupt');
		await terminal.typeLine('version --format queued-{{.Client.Os}}');
		terminal.press(keys.enter);
		terminal.press(keys.ctrlC);
		await terminal.waitFor(/interrupted|stopped by/, {timeout: 30_000});
		await delay(1500);
		t.notRegex(terminal.everything(), /queued-linux/);
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('Ctrl-C while dockwise reads what a command would delete cancels it, and dockwise lives on', async t => {
	await removeCreated({containers: [stopped]});
	const {execa} = await import('execa');
	await execa(dockerBinary, ['create', '--name', stopped, '--label', `${testLabel}=1`, 'alpine:latest', 'true']);
	// A docker that takes its time to read a container's writable layer.
	const slowDocker = path.join(scratch, 'slow-docker');
	writeFileSync(slowDocker, `#!/bin/sh\nif [ "$1" = diff ]; then sleep 5; fi\nexec ${dockerBinary} "$@"\n`);
	chmodSync(slowDocker, 0o755);
	const terminal = await startAtPrompt(['--docker', slowDocker]);
	try {
		await waitForEngineState(terminal);
		await terminal.typeLine(`rm ${stopped}`);
		terminal.press(keys.enter);
		await terminal.waitFor('checking what this would delete');
		terminal.press(keys.ctrlC);
		await terminal.waitFor('Cancelled: nothing was run.');
		await terminal.typeLine('version --format still-{{.Client.Os}}');
		terminal.press(keys.enter);
		await terminal.waitFor('still-linux', {where: 'everything'});
		const {stdout} = await execa(dockerBinary, ['ps', '-a', '--filter', `name=${stopped}`, '--format', '{{.Names}}']);
		t.is(stdout.trim(), stopped, 'the container was not removed');
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('several pasted commands run one after the other, a bad one refused in its place', async t => {
	const terminal = await startAtPrompt();
	try {
		const paste = [
			`run --rm --label ${testLabel}=1 alpine:latest echo first-ran`,
			'bogus word',
			'version --format third-{{.Client.Os}}',
		].join('\r');
		terminal.press(bracketed(paste));
		await terminal.waitFor('third-{{.Client.Os}}');
		terminal.press(keys.enter);
		await terminal.waitFor('third-linux', {where: 'everything'});
		const transcript = terminal.everything();
		const [first, refusal, third] = positions(transcript, ['first-ran', '"bogus" is not a docker command', 'third-linux']);
		t.true(first! >= 0 && first! < refusal! && refusal! < third!, transcript);
	} finally {
		await terminal.stop();
	}
});
