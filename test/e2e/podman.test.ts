import test from 'ava';
import {IsolatedPodman, podmanTest} from '../helpers/podman.js';
import {ReplTerminal} from '../helpers/pty.js';
import {clearLine, outputOf, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

let podman: IsolatedPodman | undefined;

test.after.always(async () => {
	await podman?.remove();
});

podmanTest('dockwise --docker podman: explains, runs, narrates from podman events, lists volumes', async t => {
	podman = await IsolatedPodman.create();
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
