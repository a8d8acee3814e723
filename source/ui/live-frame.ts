import stringWidth from 'string-width';

/** Erase sequences log-update writes before a frame: erase line and cursor up, then to column 1. */
// eslint-disable-next-line no-control-regex
const frameErase = /^(?:\u001B\[2K(?:\u001B\[1A)?)+\u001B\[G/;
/** What Ink writes instead of an erase when its last frame was as tall as the terminal: the screen and the scrollback cleared. */
const clearTerminal = '\u001B[2J\u001B[3J\u001B[H';
/** Synchronized-output marks, written on their own around frames. */
// eslint-disable-next-line no-control-regex
const syncMarks = /\u001B\[\?2026[hl]/g;

/**
Follows the frames Ink draws in the live area, and corrects how much of the
last one is erased. log-update erases as many rows as the frame had lines; when
the terminal got narrower (a terminal rewraps long lines, and a frame drawn for
the old width wraps too), the frame takes more rows than that, and the rows
above it stayed on the screen as ghost text. This erases all of its rows, and
never one above them: that is the transcript. Ink's other way to redraw, a
clear of the screen and the scrollback, becomes the same erase.
*/
export class LiveFrame {
	frame = '';
	private expected: string | undefined;
	private leftOut = false;

	/** The next write of exactly this text is transcript (written above the frame), not a frame. */
	expect(text: string): void {
		this.expected = text;
	}

	/** One write to the terminal, now `columns` wide: returns what to write instead. */
	rewrite(text: string, columns: number): string {
		if (this.expected !== undefined && text === this.expected) {
			this.expected = undefined;
			return text;
		}

		const written = text.replaceAll(syncMarks, '');
		if (written === '') {
			return text;
		}

		if (written.startsWith(clearTerminal)) {
			// Ink does this when the terminal shrank under its last frame: the transcript in the scrollback
			// would go with it. Erase the frame's rows instead (those the terminal pushed into the
			// scrollback are out of reach: the screen is clean, the transcript kept).
			const erase = eraseRows(rowsOf(this.frame, columns));
			const frame = written.slice(clearTerminal.length);
			const stale = !this.leftOut && frame.split('\n').some(line => stringWidth(line) > columns);
			this.leftOut = stale;
			if (stale) {
				// Laid out for the terminal before it narrowed (Ink draws once before the app has the new
				// size): drawn, it would push its top into the scrollback as ghost rows. The app's next
				// frame, at the new size, follows at once (and is drawn whatever its width: never two left out).
				this.frame = '';
				return text.slice(0, text.indexOf(clearTerminal)) + erase;
			}

			this.frame = frame;
			return text.replace(clearTerminal, erase);
		}

		const erase = frameErase.exec(written)?.[0];
		if (erase === undefined) {
			this.frame += written;
			return text;
		}

		this.leftOut = false;
		const rest = written.slice(erase.length);
		const erased = erase.split('\u001B[2K').length - 1;
		const needed = rowsOf(this.frame, columns);
		this.frame = rest;
		return needed > erased ? text.replace(erase, eraseRows(needed)) : text;
	}
}

/** Rows a frame written with log-update takes on a terminal `columns` wide: its wrapped lines, and the row after it. */
export function rowsOf(frame: string, columns: number): number {
	return frame.split('\n').reduce((rows, line, index, lines) => rows + (index === lines.length - 1 && line === '' ? 1 : Math.max(1, Math.ceil(stringWidth(line) / Math.max(1, columns)))), 0);
}

/** Erases `count` rows, from the cursor's upwards, and leaves the cursor at column 1 of the top one (as log-update does). */
export function eraseRows(count: number): string {
	return `${Array.from({length: count}, () => '\u001B[2K').join('\u001B[1A')}\u001B[G`;
}
