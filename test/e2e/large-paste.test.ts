import test from 'ava';
import {bracketed, commandLines} from '../helpers/paste.js';
import {keys, ReplTerminal} from '../helpers/pty.js';

/**
Issue #15: a 1 MB paste showed nothing for two minutes and Ctrl-U took more.
These tests assert what is shown, never how fast: timings are bench/paste.mjs's.
*/
const idlePrompt = /^dockwise>\s*$/m;

async function start(args: string[] = []): Promise<ReplTerminal> {
	const terminal = ReplTerminal.start({cols: 120, rows: 36, args});
	await terminal.waitFor('dockwise>');
	return terminal;
}

test('a 1 MB paste of commands is asked about, echoed as a window after y, and Ctrl-U then Ctrl-C clear it', async t => {
	const {lines, text} = commandLines();
	const last = lines.at(-1)!;
	const terminal = await start();
	try {
		terminal.press(bracketed(text));
		await terminal.waitFor(/Paste 1(\.0)? MB \([\d,]+ lines\)\? Enter would then run its [\d,]+ commands, one after the other\. \[y\/N]/, {timeout: 120_000});
		t.false(terminal.screen().includes('paste_0'), 'nothing is inserted before the answer');
		terminal.press('y');
		const screen = await terminal.waitFor(text => text.includes(last) && text.includes('more lines above'), {timeout: 120_000});
		t.regex(screen, new RegExp(`⋮ ${(lines.length - 1).toLocaleString('en')} more lines above|⋮ [\\d,]+ more lines above`));
		t.false(screen.includes('paste_0 '), 'the first lines are counted, not drawn');
		terminal.press(keys.ctrlU);
		await terminal.waitFor(text => !text.includes(last) && text.includes(lines.at(-2)!), {timeout: 120_000});
		terminal.press(keys.ctrlC);
		await terminal.waitFor(text => idlePrompt.test(text) && !text.includes('more lines above'), {timeout: 120_000});
		t.false(terminal.screen().includes('paste_'));
	} finally {
		await terminal.stop();
	}
});

test('a long single-line paste: n drops it, y inserts it cut around the cursor, Ctrl-U clears it; French question', async t => {
	const words = 40_000;
	const line = `docker run --rm alpine echo ${'word '.repeat(words)}end_of_paste`;
	const terminal = await start();
	try {
		terminal.press(bracketed(line));
		await terminal.waitFor(/Paste 200 kB \(1 line, one command\)\? \[y\/N]/, {timeout: 120_000});
		terminal.press('n');
		await terminal.waitFor(text => idlePrompt.test(text) && !text.includes('Paste'), {timeout: 120_000});

		terminal.press(bracketed(line));
		await terminal.waitFor('[y/N]', {timeout: 120_000});
		terminal.press('y');
		await terminal.waitFor(text => text.includes('word end_of_paste') && text.includes('dockwise> …word'), {timeout: 120_000});
		terminal.press(keys.ctrlU);
		await terminal.waitFor(text => idlePrompt.test(text) && !text.includes('end_of_paste'), {timeout: 120_000});
		t.pass();
	} finally {
		await terminal.stop();
	}

	const french = await start(['--lang', 'fr']);
	try {
		french.press(bracketed(line));
		await french.waitFor(/Coller 200 ko \(1 ligne, une commande\)\u00A0\? \[o\/N]/, {timeout: 120_000});
		french.press('o');
		await french.waitFor('end_of_paste', {timeout: 120_000});
		t.pass();
	} finally {
		await french.stop();
	}
});
