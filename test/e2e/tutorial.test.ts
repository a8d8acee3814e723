import test from 'ava';
import {docker, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {keys} from '../helpers/pty.js';
import {clearLine, inShell, narrationAbout, outputOf, shellPrompt, startRepl, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

// The persistence tutorial (shared/persistence-tutorial-fr.md) typed in the REPL,
// with unique names instead of my_alpine and my_volume.
const label = `${testLabel}=1`;
const volume = uniqueName('my-volume');
const noVolume = uniqueName('my-alpine');
const quickExit = uniqueName('my-alpine-quick');
const writer = uniqueName('my-alpine1');
const reader = uniqueName('my-alpine2');
const greeting = 'hello world from Docker';

test.after.always(async () => {
	await removeCreated({containers: [noVolume, quickExit, writer, reader], volumes: [volume]});
});

engineSerialTest('without a volume: the file written in a --rm -it container is named as lost when it exits', async t => {
	const terminal = await startRepl({cols: 120, rows: 40});
	try {
		await submit(terminal, `docker container run --rm --name ${noVolume} --label ${label} -it alpine:latest`);
		await terminal.waitFor(/^\/ # $/m);
		await inShell(terminal, `echo "${greeting}" > /home/test.txt`);
		await inShell(terminal, 'cat /home/test.txt');
		t.regex(terminal.transcript(), new RegExp(`^${greeting}$`, 'm'));
		// A person reads the output before typing exit; dockwise reads the writable layer about once a second meanwhile.
		await inShell(terminal, 'sleep 1.5');
		await submit(terminal, 'exit', {prompt: shellPrompt});
		await terminal.waitFor(`◆ container ${noVolume} removed`, {where: 'transcript'});
		t.deepEqual(narrationAbout(terminal, noVolume), [
			`container ${noVolume} has no volume: what it writes stays in its writable layer and goes with it`,
			`container ${noVolume} removed: lost /home/test.txt (24 B)`,
		]);
		await waitForIdlePrompt(terminal);
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('without a volume, writing and exiting on one line: the loss is still exact', async t => {
	const terminal = await startRepl({cols: 120, rows: 40});
	try {
		await submit(terminal, `docker container run --rm --name ${quickExit} --label ${label} -it alpine:latest`);
		await terminal.waitFor(/^\/ # $/m);
		// No time for a poll between the write and the exit: dockwise reads the stopped container before removing it.
		await submit(terminal, `echo "${greeting}" > /home/test.txt; cat /home/test.txt; exit`, {prompt: shellPrompt});
		await terminal.waitFor(`◆ container ${quickExit} removed`, {where: 'transcript', timeout: 30_000});
		const removed = narrationAbout(terminal, quickExit).find(line => line.includes('removed'));
		t.is(removed, `container ${quickExit} removed: lost /home/test.txt (24 B)`);
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('with a volume: created and shown, kept with 1 file, seen by a second container; :volume and :state tell the same', async t => {
	const terminal = await startRepl({cols: 120, rows: 40});
	try {
		await submit(terminal, `docker volume create --name ${volume} --label ${label}`);
		await terminal.waitFor(`◆ volume ${volume} created`, {where: 'transcript'});

		// The tutorial's next step names the volume: the panel brings it into view, marked, however many volumes the engine holds.
		await terminal.typeLine(`docker volume inspect ${volume}`);
		// Its size may be known by then (sizes are read a moment after a volume is used).
		await terminal.waitFor(new RegExp(`^▸ ${volume}  (?:\\d+ B  )?unused`, 'm'));
		terminal.press(keys.enter);
		await terminal.waitFor(`"Name": "${volume}"`, {where: 'transcript'});
		await waitForIdlePrompt(terminal);

		await submit(terminal, `docker container run -it --name ${writer} --label ${label} --mount type=volume,src=${volume},dst=/home/my_folder --rm alpine:latest sh`);
		await terminal.waitFor(/^\/ # $/m);
		await inShell(terminal, `echo "${greeting}" > /home/my_folder/test.txt`);
		await submit(terminal, 'exit', {prompt: shellPrompt});
		await terminal.waitFor(`◆ volume ${volume} kept`, {where: 'transcript'});
		const narration = narrationAbout(terminal, writer);
		t.is(narration[0], `${volume} mounted at /home/my_folder in ${writer}`);
		t.regex(narration[1] ?? '', new RegExp(`^container ${writer} removed: `));
		t.is(narrationAbout(terminal, volume).at(-1), `volume ${volume} kept: 1 file, 24 B`);
		await waitForIdlePrompt(terminal);

		await submit(terminal, `docker container run -it --name ${reader} --label ${label} --mount type=volume,src=${volume},dst=/home/my_folder2 --rm alpine:latest sh`);
		await terminal.waitFor(/^\/ # $/m);
		await inShell(terminal, 'cat /home/my_folder2/test.txt');
		t.is(outputAfterShellCommand(terminal.transcript(), 'cat /home/my_folder2/test.txt'), greeting);
		await submit(terminal, 'exit', {prompt: shellPrompt});
		await terminal.waitFor(`◆ ${volume} mounted at /home/my_folder2 in ${reader}`, {where: 'transcript'});
		await waitForIdlePrompt(terminal);

		await submit(terminal, `:volume ${volume}`);
		await terminal.waitFor(new RegExp(`^Volume ${volume}: 1 file, 24 B`, 'm'), {where: 'transcript'});
		await waitForIdlePrompt(terminal);
		t.regex(outputOf(terminal, `:volume ${volume}`), /^\s+24 B\s+test\.txt$/m);

		await submit(terminal, ':state');
		await waitForIdlePrompt(terminal);
		const state = outputOf(terminal, ':state');
		t.regex(state, /^Engine: answering since /m);
		t.regex(state, new RegExp(`^\\s+${volume}\\b`, 'm'));

		await submit(terminal, ':state --json');
		await waitForIdlePrompt(terminal);
		const json = JSON.parse(outputOf(terminal, ':state --json')) as {volumes: Array<{name: string; labels: Record<string, string>}>};
		t.like(json.volumes.find(entry => entry.name === volume), {name: volume, labels: {[testLabel]: '1'}});
		t.is((await docker('volume', 'inspect', '--format', '{{.Name}}', volume)).trim(), volume);
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('a bind mount of $HOME gets the home folder warning in the explanation panel while it is typed', async t => {
	const terminal = await startRepl({cols: 140, rows: 40});
	try {
		await terminal.type('docker container run -it --name my_alpine --volume $HOME:/home/my_folder --rm alpine:latest sh');
		const screen = await terminal.waitFor(/! warning: Your home folder \S+ is shared with the container/);
		t.true(screen.includes(`Your home folder ${process.env['HOME'] ?? ''} is shared`));
		clearLine(terminal);
		await waitForIdlePrompt(terminal);
		t.notRegex(terminal.screen(), /Your home folder/, 'the warning goes with the line');
	} finally {
		await terminal.stop();
	}
});

/** The lines a command printed in the container shell, up to its next prompt. */
function outputAfterShellCommand(transcript: string, command: string): string {
	const lines = transcript.split('\n');
	const echo = lines.findLastIndex(line => line.trimEnd() === `${shellPrompt} ${command}`);
	const next = lines.findIndex((line, index) => index > echo && line.startsWith(shellPrompt));
	return lines.slice(echo + 1, next).join('\n').trim();
}
