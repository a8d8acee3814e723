/**
The part of a stream Ink's frame writer uses.
*/
type Stream = {write(data: string): unknown};

type Options = {showCursor?: boolean};

/** Ink's log-update interface, as `ink/build/ink.js` calls it. */
export type FrameLog = {
	(output: string): boolean;
	clear(): void;
	done(): void;
	sync(output: string): void;
	setCursorPosition(position: unknown): void;
	isCursorDirty(): boolean;
	willRender(output: string): boolean;
};

const esc = '\u001B[';
const hideCursor = `${esc}?25l`;
const showCursor = `${esc}?25h`;

/**
Ink's live area, rewriting only the rows that changed since the last frame
(Ink's own `incrementalRendering` in 6.8 lands each frame one row too low).
The cursor sits on the row below the frame between frames, as Ink's standard
writer leaves it; a frame without its trailing newline (Ink's fullscreen case)
is written whole. It keeps no cursor position of its own (dockwise draws its
cursor as text).
*/
export function createRowDiffLog(stream: Stream, {showCursor: keepCursor = false}: Options = {}): FrameLog {
	let previous = '';
	let cursorHidden = false;

	const eraseRows = (output: string) => {
		const count = output === '' ? 0 : output.split('\n').length;
		let erase = '';
		for (let row = 0; row < count; row++) {
			erase += `${esc}2K${row < count - 1 ? `${esc}1A` : ''}`;
		}

		return count > 0 ? `${erase}${esc}G` : '';
	};

	const log = ((output: string): boolean => {
		if (!keepCursor && !cursorHidden) {
			stream.write(hideCursor);
			cursorHidden = true;
		}

		if (output === previous) {
			return false;
		}

		if (previous === '' || !previous.endsWith('\n') || !output.endsWith('\n')) {
			stream.write(eraseRows(previous) + output);
			previous = output;
			return true;
		}

		const before = previous.slice(0, -1).split('\n');
		const after = output.slice(0, -1).split('\n');
		let frame = `${esc}${before.length}A\r`;
		for (const [row, line] of after.entries()) {
			// `\n` moves down (and scrolls once past the old frame); a whole-line erase first, since
			// erasing to the end of a row filled to the last column would take its last character.
			frame += row < before.length && before[row] === line ? '\n' : `${esc}2K${line}\n`;
		}

		if (after.length < before.length) {
			// The rows the old frame had below the new one: nothing of dockwise's is drawn under the live area.
			frame += `${esc}J`;
		}

		stream.write(frame);
		previous = output;
		return true;
	}) as FrameLog;

	log.clear = () => {
		stream.write(eraseRows(previous));
		previous = '';
	};

	log.done = () => {
		previous = '';
		if (!keepCursor) {
			stream.write(showCursor);
			cursorHidden = false;
		}
	};

	log.sync = output => {
		previous = output;
	};

	log.setCursorPosition = () => {};
	log.isCursorDirty = () => false;
	log.willRender = output => output !== previous;
	return log;
}
