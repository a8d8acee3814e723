import test from 'ava';
import {restoreTerminalModes, TerminalOutputGuard} from '../../source/text/terminal-modes.js';
import {terminalAfterCommand} from '../../source/session/terminal-after-command.js';

test('the guard sees mode changes, even split across chunks, and passes the output as it is', t => {
	const guard = new TerminalOutputGuard();
	const chunks = ['hello \u001B[?20', '04l world \u001B', '[?1000;1006h\u001B=', 'bye\u001B]0;title\u0007\n'];
	const out = chunks.map(chunk => guard.pass(chunk)).join('') + guard.end();
	t.is(out, chunks.join(''));
	t.deepEqual(guard.changedModes(), ['bracketed-paste', 'keypad', 'mouse']);
	t.is(guard.strippedCount, 0);
});

test('--strip-osc removes title changes and clipboard writes (BEL or ST ended, split too), nothing else', t => {
	const guard = new TerminalOutputGuard({stripOsc: true});
	const out = [
		guard.pass('a\u001B]0;pwned\u0007b\u001B]52;c;ZWNobw=='),
		guard.pass('\u001B\\c\u001B]2;t\u001B\\d\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\\u001B[31mred\u001B[0m\n'),
		guard.end(),
	].join('');
	t.is(out, 'abcd\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\\u001B[31mred\u001B[0m\n');
	t.is(guard.strippedCount, 3);
});

test('after a command: the modes are put back, the alternate screen left only when entered; the user is told', t => {
	const guard = new TerminalOutputGuard();
	guard.pass('\u001B[?2004l\u001B[?1049h');
	const after = terminalAfterCommand(guard, {lang: 'en', bracketedPaste: true, cursorVisible: false});
	t.true(after.restore.includes('\u001B[?2004h'));
	t.true(after.restore.includes('\u001B[?1049l'));
	t.true(after.restore.includes('\u001B[?25l'));
	t.deepEqual(after.message, ['The command changed terminal settings (bracketed paste, alternate screen); dockwise set them back.']);
	t.deepEqual(terminalAfterCommand(guard, {lang: 'fr', bracketedPaste: true, cursorVisible: false}).message, ['La commande a changé des réglages du terminal (collage délimité, écran alternatif) ; dockwise les a rétablis.']);
	const quiet = terminalAfterCommand(new TerminalOutputGuard(), {lang: 'en', bracketedPaste: false, cursorVisible: true});
	t.deepEqual(quiet.message, []);
	t.false(quiet.restore.includes('1049'));
	t.is(restoreTerminalModes({bracketedPaste: false, cursorVisible: true, altScreen: false}).slice(0, 14), '\u001B[?2004l\u001B[?25h');
});
