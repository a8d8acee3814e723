import test from 'ava';
import {engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {startRepl, submit} from '../helpers/repl-session.js';

const sleeper = uniqueName('type-ahead');

test.after.always(async () => {
	await removeCreated({containers: [sleeper]});
});

engineSerialTest('keys typed while a command runs show at the next prompt', async t => {
	const terminal = await startRepl({cols: 100, rows: 30});
	try {
		await submit(terminal, `run --rm --name ${sleeper} --label ${testLabel}=1 alpine:latest sleep 1`);
		await terminal.waitFor('Ctrl-C to interrupt');
		terminal.press('volume ls');
		await terminal.waitFor('✓ exit 0');
		await terminal.waitFor(/^dockwise> volume ls\s*$/m, {timeout: 30_000});
		t.pass();
	} finally {
		await terminal.stop();
	}
});
