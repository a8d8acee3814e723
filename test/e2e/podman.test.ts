import test from 'ava';
import {IsolatedPodman, podmanTest} from '../helpers/podman.js';
import {ReplTerminal} from '../helpers/pty.js';
import {clearLine, inShell, outputOf, shellPrompt, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

let podman: IsolatedPodman | undefined;

test.after.always(async () => {
	await podman?.remove();
});

podmanTest('dockwise --docker podman: explains, runs, narrates from podman events, lists volumes', async t => {
	podman ??= await IsolatedPodman.create();
	const terminal = ReplTerminal.start({args: ['--docker', podman.binary], cols: 140, rows: 40});
	try {
		await terminal.waitFor(/podman \d+\.\d+\.\d+ \(no daemon\)/);
		await terminal.type('run --rm -v pm_data:/data alpine:latest ls /data');
		await terminal.waitFor('What will happen');
		t.regex(terminal.screen(), /pm_data/);
		clearLine(terminal);

		await submit(terminal, 'volume create pm_data');
		await terminal.waitFor(/◆ .*pm_data/, {where: 'transcript'});
		await waitForIdlePrompt(terminal);
		await submit(terminal, 'run --name pm_writer -v pm_data:/data alpine:latest sh -c "echo hi > /data/hello.txt"');
		await terminal.waitFor(() => /✓ exit 0/.test(outputOf(terminal, 'run --name pm_writer -v pm_data:/data alpine:latest sh -c "echo hi > /data/hello.txt"')), {where: 'transcript'});
		await waitForIdlePrompt(terminal);
		await submit(terminal, ':volume pm_data');
		await terminal.waitFor('hello.txt', {where: 'transcript'});
		await terminal.waitFor(/Volumes {2}1 named[\s\S]*pm_data/);
		t.pass();
	} finally {
		await terminal.stop();
	}
});

async function podmanNames(podman: IsolatedPodman): Promise<string[]> {
	return (await podman.run('ps', '--all', '--format', '{{.Names}}')).split('\n').filter(Boolean);
}

podmanTest('dockwise --docker podman: run --rm runs in place, is narrated, and its container is removed after', async t => {
	podman ??= await IsolatedPodman.create();
	const store = podman;
	const terminal = ReplTerminal.start({args: ['--docker', store.binary], cols: 140, rows: 40});
	try {
		await terminal.waitFor(/podman \d+\.\d+\.\d+ \(no daemon\)/);
		const line = 'run --rm --name pm_once -v pm_once_data:/data alpine:latest sh -c "echo kept > /data/kept.txt; echo done-42"';
		await submit(terminal, line);
		await terminal.waitFor(() => /✓ exit 0/.test(outputOf(terminal, line)), {where: 'transcript', timeout: 90_000});
		t.regex(outputOf(terminal, line), /done-42/);
		await waitForIdlePrompt(terminal, {timeout: 60_000});
		// Run without --rm, read, then removed by dockwise (as --rm would): gone from podman too.
		for (let waited = 0; (await podmanNames(store)).includes('pm_once'); waited += 250) {
			if (waited > 60_000) {
				t.fail(`pm_once is still there: ${(await podmanNames(store)).join(', ')}`);
				return;
			}

			await delay(250);
		}

		t.regex(terminal.transcript(), /pm_once_data/, 'the volume the run created is named in the narration');
		t.is((await store.run('volume', 'inspect', '--format', '{{.Name}}', 'pm_once_data')).trim(), 'pm_once_data', 'the named volume outlives the container');
		await submit(terminal, ':volume pm_once_data');
		await terminal.waitFor('kept.txt', {where: 'transcript'});
	} finally {
		await terminal.stop();
	}
});

podmanTest('dockwise --docker podman: run --rm -it lends the terminal to the container\'s shell, then takes it back', async t => {
	podman ??= await IsolatedPodman.create();
	const store = podman;
	const terminal = ReplTerminal.start({args: ['--docker', store.binary], cols: 120, rows: 30});
	try {
		await terminal.waitFor(/podman \d+\.\d+\.\d+ \(no daemon\)/);
		await submit(terminal, 'run --rm -it --name pm_shell alpine:latest sh');
		await terminal.waitFor(new RegExp(`${shellPrompt.replace('/', '\\/')} $`, 'm'), {timeout: 90_000});
		await inShell(terminal, 'echo "inside $((6 * 7))"');
		await terminal.waitFor('inside 42');
		await submit(terminal, 'exit', {prompt: shellPrompt});
		await terminal.waitFor('✓ exit 0', {timeout: 60_000});
		await waitForIdlePrompt(terminal, {timeout: 60_000});

		// The REPL is back, raw mode included: a command typed at its prompt runs.
		await submit(terminal, 'volume create pm_after_shell');
		await terminal.waitFor(/◆ .*pm_after_shell/, {where: 'transcript'});
		t.regex(terminal.everything(), /inside 42/);
		t.notRegex(terminal.transcript(), /pm_shell stopped:.*until it is removed/, 'dockwise removed it, as --rm would');
		for (let waited = 0; (await podmanNames(store)).includes('pm_shell'); waited += 250) {
			if (waited > 60_000) {
				t.fail(`pm_shell was not removed after the shell exited; podman ps -a: ${(await store.run('ps', '--all', '--format', '{{.Names}} {{.Status}} {{.Labels}}'))}\n${terminal.transcript()}`);
				return;
			}

			await delay(250);
		}
	} finally {
		await terminal.stop();
	}
});

async function delay(ms: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}
