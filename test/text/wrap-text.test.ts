import test from 'ava';
import stringWidth from 'string-width';
import {formatColumns, wrapHanging} from '../../source/text/wrap-text.js';

test('a long line wraps at the width with a hanging indent; a short one, or no width, is left as is', t => {
	const line = '◆ volume my_volume kept: 1 file, 24 B, written by my_alpine1 into /data before it was removed';
	const rows = wrapHanging(line, 40).split('\n');
	t.true(rows.length > 2);
	t.true(rows.every(row => stringWidth(row) <= 40), rows.join('\n'));
	t.true(rows.slice(1).every(row => row.startsWith('  ') && !row.startsWith('   ')));
	t.is(rows.join(' ').replaceAll(/\s+/g, ' '), line);
	t.is(wrapHanging('short', 40), 'short');
	t.is(wrapHanging(line, undefined), line);
	t.true(wrapHanging(`  ${line}`, 40).split('\n').slice(1).every(row => row.startsWith('    ')));
});

test('help columns: aligned on the widest key when it fits, keys wrapped in their column otherwise, never touching the text', t => {
	const rows = [
		{key: 'Alt-Left, Alt-Right, Ctrl-Left, Ctrl-Right, Alt-B, Alt-F', text: 'move one word (letters and digits)'},
		{key: 'Tab', text: 'complete the word: docker commands, flags, volume, container and image names, --mount keys, host paths'},
	];
	const wide = formatColumns(rows, 160);
	t.is(wide[0], '  Alt-Left, Alt-Right, Ctrl-Left, Ctrl-Right, Alt-B, Alt-F  move one word (letters and digits)');
	t.is(wide[1]!.indexOf('complete'), wide[0]!.indexOf('move'));

	const narrow = formatColumns(rows, 80);
	t.true(narrow.every(row => stringWidth(row) <= 80), narrow.join('\n'));
	const textColumn = narrow[0]!.indexOf('move');
	t.true(textColumn > 10);
	for (const row of narrow) {
		t.is(row.slice(textColumn - 2, textColumn).trim(), '', `the text column starts after a gap: ${row}`);
	}

	t.false(narrow.join('\n').includes('Alt-Fmove'));
});
