import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {dockerBinary, testLabel} from '../helpers/engine.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {dockwiseBin, keys, ReplTerminal} from '../helpers/pty.js';
import {waitForIdlePrompt} from '../helpers/repl-session.js';

/*
The holes of issue #15, on a private engine (short container ids need an engine
where the test knows every id): each destructive line runs through the built
dockwise, and what would be lost must still be there afterwards.
*/

let privateEngine: PrivateEngine | undefined;

test.after.always(async () => {
	await privateEngine?.remove();
});

async function engine(): Promise<PrivateEngine> {
	if (!privateEngine) {
		privateEngine = await PrivateEngine.create();
		await privateEngine.start();
		await execa(dockerBinary, ['save', 'alpine:latest']).pipe(dockerBinary, ['load'], {env: privateEngine.env});
	}

	return privateEngine;
}

async function docker(...args: string[]): Promise<string> {
	return (await execa(dockerBinary, args, {env: (await engine()).env, stdin: 'ignore'})).stdout.trim();
}

async function exists(kind: 'container' | 'volume', name: string): Promise<boolean> {
	return (await execa(dockerBinary, [kind, 'inspect', name], {env: (await engine()).env, reject: false, stdin: 'ignore'})).exitCode === 0;
}

/** `dockwise < script` (plain mode, no --yes) against the private engine. */
async function plain(script: string): Promise<{exitCode: number; output: string}> {
	const result = await execa(process.execPath, [dockwiseBin, '--lang', 'en'], {env: {...(await engine()).env, CI: 'true'}, input: script, reject: false, all: true, timeout: 60_000});
	return {exitCode: result.exitCode ?? -1, output: result.all ?? ''};
}

/** A stopped container whose anonymous volume holds a file; the shortest id prefix the engine takes for it (one digit when unique). */
async function containerWithData(name: string): Promise<{id: string; prefix: string; volume: string}> {
	await docker('run', '--name', name, '--label', `${testLabel}=1`, '-v', '/data', 'alpine:latest', 'sh', '-c', 'echo keep > /data/precious.txt');
	const id = await docker('inspect', '--format', '{{.Id}}', name);
	const volume = await docker('inspect', '--format', '{{range .Mounts}}{{.Name}}{{end}}', name);
	const ids = (await docker('ps', '-aq', '--no-trunc')).split('\n');
	const prefix = [1, 2, 3, 4, 5, 6].map(length => id.slice(0, length)).find(candidate => ids.filter(other => other.startsWith(candidate)).length === 1)!;
	return {id, prefix, volume};
}

privateEngineTest('plain mode: `rm -v <short id>` without --yes refuses, for a one-digit prefix too; nothing is deleted', async t => {
	const {prefix, volume} = await containerWithData('holes-short');
	t.log(`prefix ${prefix}`);
	const {exitCode, output} = await plain(`rm -v ${prefix}\n`);
	t.not(exitCode, 0, output);
	t.regex(output, /anonymous volume [\da-f]{12}…: 1 file/);
	t.true(await exists('container', 'holes-short'), output);
	t.true(await exists('volume', volume));
	await docker('rm', '-v', 'holes-short');
});

privateEngineTest('plain mode: an operand matching nothing dockwise knows asks (refused without --yes), it is not skipped', async t => {
	const {output, exitCode} = await plain('rm -v zz9\nvolume rm no_such_volume_here\n');
	t.regex(output, /dockwise cannot tell what zz9 is/);
	t.regex(output, /dockwise cannot tell what no_such_volume_here is/);
	t.not(exitCode, 0);
});

privateEngineTest('stale "empty": files written into _data by the host, or through a bind mount of it, are seen before volume rm', async t => {
	const {directory} = await engine();
	for (const [index, write] of [
		(data: string) => `!sh -c 'echo from-host > ${data}/f'`,
		(data: string) => `run --rm --label ${testLabel}=1 -v ${data}:/x alpine:latest sh -c 'echo via-bind > /x/f'`,
	].entries()) {
		const name = `holes-stale-${index}`;
		await docker('volume', 'create', '--label', `${testLabel}=1`, name);
		const data = path.join(directory, 'root', 'volumes', name, '_data');
		// `:volume` reads it empty first; the write then goes around any volume mount.
		const {output, exitCode} = await plain(`:volume ${name}\n${write(data)}\nvolume rm ${name}\n`);
		t.regex(output, new RegExp(`volume ${name}: 1 file`), output);
		t.not(exitCode, 0);
		t.true(await exists('volume', name), output);
		await docker('volume', 'rm', name);
	}
});

privateEngineTest('REPL: `rm -v <one digit>` asks; lines typed while the question is shown are kept, then named when the answer is no', async t => {
	const {prefix} = await containerWithData('holes-repl');
	const terminal = ReplTerminal.start({env: {...(await engine()).env} as Record<string, string>, cols: 120, rows: 40});
	try {
		await terminal.waitFor(/engine \d+\.\d+/, {timeout: 20_000});
		await terminal.type(`rm -v ${prefix}`);
		terminal.press(keys.enter);
		await terminal.waitFor('Run it? [y/N]', {timeout: 20_000});
		await terminal.waitFor(/anonymous volume [\da-f]{12}…: 1 file/);
		for (const character of 'version') {
			terminal.press(character);
		}

		terminal.press(keys.enter);
		await terminal.waitFor('1 line typed ahead');
		terminal.press('ps -a');
		terminal.press(keys.enter);
		await terminal.waitFor('2 lines typed ahead');
		await new Promise(resolve => {
			setTimeout(resolve, 800);
		});
		terminal.press('n');
		await terminal.waitFor('Not run, because you answered no (typed ahead): ‘version’, ‘ps -a’', {where: 'transcript'});
		await waitForIdlePrompt(terminal);
		t.true(await exists('container', 'holes-repl'));
	} finally {
		await terminal.stop();
		await docker('rm', '-v', 'holes-repl');
	}
});
