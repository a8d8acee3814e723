import {execa} from 'execa';
import test from 'ava';
import {docker, dockerBinary, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {delay, keys} from '../helpers/pty.js';
import {inShell, narrationAbout, outputOf, shellPrompt, startRepl, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

const label = `${testLabel}=1`;
const names = {
	quiet: uniqueName('nw-quiet'),
	anonymous: uniqueName('nw-anon'),
	shared: uniqueName('nw-shared'),
	volume: uniqueName('nw-vol'),
	mine: uniqueName('nw-mine'),
	exits: uniqueName('nw-exit'),
	orphan: uniqueName('nw-orphan'),
	loopPrefix: uniqueName('nw-loop'),
};
const loopNames = Array.from({length: 40}, (_, index) => `${names.loopPrefix}-${index}`);

test.after.always(async () => {
	await removeCreated({
		containers: [names.quiet, names.anonymous, names.shared, names.mine, names.orphan, ...['0', '1', '137', 'it'].flatMap(code => [`${names.exits}-${code}`, `${names.exits}-${code}-ref`]), ...loopNames],
		volumes: [names.volume, ...loopNames],
	});
});

async function killWhenRunning(name: string): Promise<void> {
	for (let tries = 0; tries < 100; tries++) {
		if ((await docker('ps', '--filter', `name=^${name}$`, '--format', '{{.Names}}')) === name) {
			break;
		}

		await delay(200);
	}

	await docker('kill', name);
}

/** The `docker ps -a` line of a container, or '' when it is gone. */
async function listed(name: string): Promise<string> {
	return docker('ps', '--all', '--filter', `name=^${name}$`, '--format', '{{.Names}}');
}

engineSerialTest('run --rm: a file written just before exit is named with its size; nothing written is "nothing was lost"; an anonymous volume says what it held', async t => {
	const terminal = await startRepl({cols: 160, rows: 40});
	try {
		await submit(terminal, `run --rm --name ${names.quiet} --label ${label} alpine sh -c 'echo x > /f'`);
		await terminal.waitFor(`◆ container ${names.quiet} removed`, {where: 'transcript', timeout: 30_000});
		t.true(narrationAbout(terminal, names.quiet).includes(`container ${names.quiet} removed: lost /f (2 B)`));
		// What really ran is in the transcript.
		t.regex(outputOf(terminal, `run --rm --name ${names.quiet} --label ${label} alpine sh -c 'echo x > /f'`), /◇ runs as: docker run --cidfile \S+ --label dockwise\.pending-rm=\d+@/);
		await waitForIdlePrompt(terminal);

		// Name reused right after: the first one is gone, as with --rm.
		await submit(terminal, `run --rm --name ${names.quiet} --label ${label} alpine true`);
		await terminal.waitFor(new RegExp(`◆ container ${names.quiet} removed: its writable layer held nothing, nothing was lost`), {where: 'transcript', timeout: 30_000});
		await waitForIdlePrompt(terminal);
		t.is(await listed(names.quiet), '');

		await submit(terminal, `run --rm --name ${names.anonymous} --label ${label} -v /data alpine sh -c 'echo abc > /data/a'`);
		await terminal.waitFor(`removed with ${names.anonymous}`, {where: 'transcript', timeout: 30_000});
		t.true(narrationAbout(terminal, names.anonymous).some(line => /^anonymous volume [\da-f]{12}… removed with .*: 1 file, 4 B deleted$/.test(line)));
		await waitForIdlePrompt(terminal);
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('exec writing into a shared volume: the narration and the panel tell the new file', async t => {
	await docker('volume', 'create', '--label', label, names.volume);
	await docker('run', '-d', '--name', names.shared, '--label', label, '-v', `${names.volume}:/home/my_folder`, 'alpine', 'sh', '-c', 'echo one > /home/my_folder/one.txt; sleep 300');
	const terminal = await startRepl({cols: 160, rows: 40});
	try {
		await submit(terminal, `:volume ${names.volume}`);
		await terminal.waitFor('one.txt', {where: 'transcript', timeout: 30_000});
		await waitForIdlePrompt(terminal);
		await submit(terminal, `exec ${names.shared} sh -c 'echo two > /home/my_folder/two.txt'`);
		await terminal.waitFor(`◆ ${names.volume}: +two.txt (4 B), now 2 files, 8 B`, {where: 'transcript', timeout: 30_000});
		await terminal.waitFor(new RegExp(`${names.volume}.*8 B, 2 files`));
		t.pass();
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('while another process creates and removes volumes and containers, your command is narrated apart and the rest in one line', async t => {
	let looping = true;
	const loop = (async () => {
		for (const name of loopNames) {
			if (!looping) {
				break;
			}

			await execa(dockerBinary, ['volume', 'create', '--label', label, name], {reject: false});
			await execa(dockerBinary, ['run', '--rm', '--name', name, '--label', label, 'alpine', 'true'], {reject: false});
			await execa(dockerBinary, ['volume', 'rm', name], {reject: false});
		}
	})();
	const terminal = await startRepl({cols: 200, rows: 40});
	try {
		await delay(1500);
		await submit(terminal, `run --rm --name ${names.mine} --label ${label} alpine sh -c 'sleep 3; echo hi > /hi'`);
		// The size is checked by the first test; here what matters is whose change it is (a loaded engine may not give the size in time).
		await terminal.waitFor(`◆ container ${names.mine} removed: lost /hi`, {where: 'transcript', timeout: 30_000});
		await waitForIdlePrompt(terminal);
		const lines = outputOf(terminal, `run --rm --name ${names.mine} --label ${label} alpine sh -c 'sleep 3; echo hi > /hi'`).split('\n');
		const narrated = lines.filter(line => line.startsWith('◆ '));
		t.true(narrated.every(line => line.includes(names.mine)), narrated.join('\n'));
		t.is(lines.filter(line => line.startsWith('◇ meanwhile elsewhere: ')).length, 1);
		await submit(terminal, ':changes');
		await terminal.waitFor('Changed elsewhere during the last command', {where: 'transcript', timeout: 30_000});
		// The list names the loop's objects (no narration line above does: the meanwhile line only counts them).
		await terminal.waitFor(new RegExp(names.loopPrefix), {where: 'transcript', timeout: 30_000});
		t.pass();
	} finally {
		looping = false;
		await loop;
		await terminal.stop();
	}
});

engineSerialTest('the --rm run in place is indistinguishable from docker’s: exit codes 0, 1, 137, -it, nothing left in ps -a', async t => {
	const terminal = await startRepl({cols: 200, rows: 40});
	try {
		for (const [code, command] of [['0', 'true'], ['1', 'false'], ['137', 'sleep 60']] as const) {
			const name = `${names.exits}-${code}`;
			const line = `run --rm --name ${name} --label ${label} alpine sh -c '${command}'`;
			// Killed from outside (SIGKILL): docker run exits with 137.
			const killed = code === '137';
			const reference = execa(dockerBinary, ['run', '--rm', '--name', `${name}-ref`, '--label', label, 'alpine', 'sh', '-c', command], {reject: false});
			if (killed) {
				await killWhenRunning(`${name}-ref`);
			}

			t.is(String((await reference).exitCode), code);
			await submit(terminal, line);
			if (killed) {
				await killWhenRunning(name);
			}

			await terminal.waitFor(`◆ container ${name} removed`, {where: 'transcript', timeout: 30_000});
			await waitForIdlePrompt(terminal);
			t.regex(outputOf(terminal, line), new RegExp(`^[✓✗] exit ${code} · `, 'm'));
			t.is(await listed(name), '');
		}

		const name = `${names.exits}-it`;
		await submit(terminal, `run --rm -it --name ${name} --label ${label} alpine sh`);
		await terminal.waitFor(/^\/ # $/m);
		await inShell(terminal, 'echo "hello world from Docker" > /home/test.txt');
		await submit(terminal, 'false; exit', {prompt: shellPrompt});
		await terminal.waitFor(`◆ container ${name} removed: lost /home/test.txt (24 B)`, {where: 'transcript', timeout: 30_000});
		t.regex(terminal.transcript(), new RegExp(`the shell in ${name} exited with 1, the status of its last command`));
		await waitForIdlePrompt(terminal);
		t.is(await listed(name), '');
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('a container left by a dockwise killed with SIGKILL is removed at the next start', async t => {
	const first = await startRepl({cols: 160, rows: 40});
	await submit(first, `run --rm --name ${names.orphan} --label ${label} alpine sleep 2`);
	await first.waitFor(/runs as: docker run/, {where: 'transcript', timeout: 30_000});
	// Killed while its container runs: nobody is left to remove it.
	for (let tries = 0; tries < 50 && await listed(names.orphan) === ''; tries++) {
		await delay(200);
	}

	process.kill(first.pid, 'SIGKILL');
	await first.exited;
	await first.stop().catch(() => undefined);
	await execa(dockerBinary, ['wait', names.orphan], {reject: false});
	t.is(await listed(names.orphan), names.orphan);
	const second = await startRepl({cols: 160, rows: 40});
	try {
		for (let tries = 0; tries < 50 && await listed(names.orphan) !== ''; tries++) {
			await delay(200);
		}

		t.is(await listed(names.orphan), '');
	} finally {
		await second.stop();
	}
});

engineSerialTest('Ctrl-C that leaves a container running names it and says how to stop it', async t => {
	const terminal = await startRepl({cols: 200, rows: 40});
	const name = `${names.mine}-trap`;
	try {
		await submit(terminal, `run --rm --name ${name} --label ${label} alpine sh -c 'trap "" INT TERM; sleep 30'`);
		for (let tries = 0; tries < 50 && await listed(name) === ''; tries++) {
			await delay(200);
		}

		terminal.press(keys.ctrlC);
		await terminal.waitFor(`container ${name} still runs`, {where: 'transcript', timeout: 20_000});
		t.regex(terminal.transcript(), new RegExp(`docker stop ${name}`));
		await waitForIdlePrompt(terminal);
		await docker('kill', name);
		for (let tries = 0; tries < 50 && await listed(name) !== ''; tries++) {
			await delay(200);
		}

		t.is(await listed(name), '');
	} finally {
		await execa(dockerBinary, ['rm', '-f', name], {reject: false});
		await terminal.stop();
	}
});
