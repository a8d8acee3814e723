import test from 'ava';
import xterm from '@xterm/headless';
import {createRowDiffLog} from '../../source/ui/row-diff-log.js';

/** A terminal that turns `\n` into a new row at column 0, as a pty does (onlcr). */
function terminal(rows = 8) {
	const screen = new xterm.Terminal({cols: 20, rows, allowProposedApi: true, convertEol: true, scrollback: 100});
	let pending = '';
	return {
		stream: {
			write(data: string) {
				pending += data;
			},
		},
		async rows(): Promise<string[]> {
			await new Promise<void>(resolve => {
				screen.write(pending, resolve);
			});
			pending = '';
			const buffer = screen.buffer.active;
			const lines: string[] = [];
			for (let row = 0; row < buffer.length; row++) {
				lines.push(buffer.getLine(row)?.translateToString(true) ?? '');
			}

			while (lines.at(-1) === '') {
				lines.pop();
			}

			return lines;
		},
	};
}

test('each frame shows exactly its rows, whether it grows, shrinks or changes in the middle', async t => {
	const screen = terminal();
	const {stream} = screen;
	const log = createRowDiffLog(stream);
	const frames = ['a\nb\nc\n', 'a\nB\nc\n', 'a\nB\nC\nD\n', 'x\nB\n', 'x\n', 'one\ntwo\nthree\n', 'one\ntwo\nthree\n'];
	for (const frame of frames) {
		log(frame);
		t.deepEqual(await screen.rows(), frame.slice(0, -1).split('\n'), JSON.stringify(frame));
	}
});

test('text written between frames (Ink: clear, write, draw again) stays above the frame; frames taller than the screen scroll', async t => {
	const screen = terminal(4);
	const {stream} = screen;
	const log = createRowDiffLog(stream);
	log('prompt\npanel\n');
	log.clear();
	stream.write('out 1\nout 2\n');
	log('prompt\npanel\n');
	log('prompt x\npanel\nmore\n');
	t.deepEqual(await screen.rows(), ['out 1', 'out 2', 'prompt x', 'panel', 'more']);
	log('prompt x\n');
	t.deepEqual(await screen.rows(), ['out 1', 'out 2', 'prompt x']);
});

test('only changed rows are written again', t => {
	let written = '';
	const log = createRowDiffLog({write(data: string) {
		written += data;
	}});
	log('same row\nchanging 1\nsame again\n');
	written = '';
	t.true(log('same row\nchanging 2\nsame again\n'));
	t.false(written.includes('same'));
	t.true(written.includes('changing 2'));
	t.false(log('same row\nchanging 2\nsame again\n'), 'an identical frame writes nothing');
});
