import test from 'ava';
import {eraseRows, LiveFrame, rowsOf} from '../../source/ui/live-frame.js';

const clearTerminal = '\u001B[2J\u001B[3J\u001B[H';

test('a frame drawn for a wider terminal is erased whole, over the rows the narrower terminal wrapped it to', t => {
	const live = new LiveFrame();
	const wide = `${'a'.repeat(150)}\n${'b'.repeat(150)}\n`;
	t.is(live.rewrite(wide, 160), wide);
	// Ink erases the 3 lines it wrote; at 80 columns they take 5 rows.
	t.is(live.rewrite(`${eraseRows(3)}next\n`, 80), `${eraseRows(rowsOf(wide, 80))}next\n`);
	t.is(rowsOf(wide, 80), 5);
});

test('Ink clearing the screen and the scrollback under a frame as tall as the terminal becomes an erase of that frame: the transcript stays', t => {
	const live = new LiveFrame();
	const frame = `${'x'.repeat(100)}\nstatus\n`;
	live.rewrite(frame, 80);
	const redrawn = live.rewrite(`\u001B[?2026h${clearTerminal}prompt\nstatus`, 80);
	t.false(redrawn.includes('\u001B[3J'), 'the scrollback is not cleared');
	t.false(redrawn.includes('\u001B[2J'), 'nor the screen');
	t.is(redrawn, `\u001B[?2026h${eraseRows(rowsOf(frame, 80))}prompt\nstatus`);
	// The next erase is measured on what was drawn instead.
	t.is(live.rewrite(`${eraseRows(1)}again`, 80), `${eraseRows(2)}again`);
});

test('the transcript written above the frame, :clear included, passes as it is', t => {
	const live = new LiveFrame();
	live.expect(clearTerminal);
	t.is(live.rewrite(clearTerminal, 80), clearTerminal);
});

test('a frame laid out for the wider terminal, drawn once after it narrowed, is left out: only the erase is written', t => {
	const live = new LiveFrame();
	live.rewrite('prompt\nstatus\n', 80);
	const stale = live.rewrite(`${clearTerminal}${'w'.repeat(150)}\nstatus`, 80);
	t.is(stale, eraseRows(rowsOf('prompt\nstatus\n', 80)));
	// The app's frame at the new size follows, in place of nothing.
	t.is(live.rewrite(`${clearTerminal}prompt\nstatus`, 80), `${eraseRows(1)}prompt\nstatus`);
});

test('never two frames left out in a row: a terminal too small for any frame still gets one', t => {
	const live = new LiveFrame();
	live.rewrite('prompt\n', 20);
	const wide = `${clearTerminal}${'w'.repeat(30)}`;
	t.is(live.rewrite(wide, 20), eraseRows(rowsOf('prompt\n', 20)));
	t.is(live.rewrite(wide, 20), `${eraseRows(1)}${'w'.repeat(30)}`);
});
