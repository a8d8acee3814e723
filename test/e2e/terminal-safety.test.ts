import {engineSerialTest, removeCreated, testLabel, uniqueName, docker} from '../helpers/engine.js';
import {keys} from '../helpers/pty.js';
import {startRepl, submit, waitForIdlePrompt} from '../helpers/repl-session.js';
import test from 'ava';

const volume = uniqueName('hostile');
const printer = uniqueName('modes');

test.after.always(async () => {
	await removeCreated({containers: [printer], volumes: [volume]});
});

/** Sequences a hostile file name carried in issue #15: a title change, a clipboard write, a line rewrite. */
const title = '\u001B]0;pwned\u0007';
const clipboard = '\u001B]52;c;ZWNobyBwd25lZA==\u0007';

engineSerialTest('file names with escape sequences inside a volume reach the terminal escaped: :volume, the panel, the loss question', async t => {
	await docker('volume', 'create', '--label', `${testLabel}=1`, volume);
	await docker('run', '--rm', '--label', `${testLabel}=1`, '-v', `${volume}:/v`, 'alpine:latest', 'sh', '-c', String.raw`touch "/v/$(printf '\033]0;pwned\007')" "/v/$(printf '\033]52;c;ZWNobyBwd25lZA==\007')" "/v/$(printf 'x\r\033[2Kfake')"`);
	const terminal = await startRepl({cols: 140, rows: 40});
	try {
		await submit(terminal, `:volume ${volume}`);
		await terminal.waitFor(String.raw`\x1b]0;pwned\x07`, {where: 'transcript'});
		await waitForIdlePrompt(terminal);
		await submit(terminal, `volume rm ${volume}`);
		await terminal.waitFor('Run it? [y/N]', {timeout: 15_000});
		await terminal.waitFor(/volume .*: 3 files/);
		terminal.press(keys.escape);
		await waitForIdlePrompt(terminal);
		const raw = terminal.rawOutput;
		t.false(raw.includes(title), 'no title change');
		t.false(raw.includes(clipboard), 'no clipboard write');
		t.false(raw.includes('x\r\u001B[2Kfake'), 'no line rewrite');
		t.true(terminal.transcript().includes(String.raw`x\r\x1b[2Kfake`));
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('a command that turns bracketed paste off: dockwise turns it back on and says so; --strip-osc removes a title change', async t => {
	const terminal = await startRepl({cols: 140, rows: 40, args: ['--strip-osc']});
	try {
		await submit(terminal, String.raw`run --rm --label ${testLabel}=1 --name ${printer} alpine:latest printf '\033[?2004l\033]0;pwned\007done\n'`);
		await terminal.waitFor('dockwise set them back', {where: 'transcript', timeout: 20_000});
		const raw = terminal.rawOutput;
		t.true(raw.lastIndexOf('\u001B[?2004h') > raw.lastIndexOf('\u001B[?2004l'), 'bracketed paste is on again');
		t.false(raw.includes(title));
		t.regex(terminal.transcript(), /The command changed terminal settings \(bracketed paste\); dockwise set them back\./);
		t.regex(terminal.transcript(), /Removed 1 title or clipboard sequence/);
	} finally {
		await terminal.stop();
	}
});
