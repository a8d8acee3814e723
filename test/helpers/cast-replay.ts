import xterm from '@xterm/headless';
import {checkCast, type ParsedCast} from '../../source/demo/cast-check.js';

/** `screen`: the rows in view; `all`: scrollback and screen. */
export type MarkerScreen = {label: string; time: number; screen: string; all: string};

/** Reads a cast, failing on any problem the checker finds. */
export function readCast(text: string): ParsedCast {
	const {cast, problems} = checkCast(text);
	if (!cast || problems.length > 0) {
		throw new Error(`invalid cast:\n${problems.join('\n')}`);
	}

	return cast;
}

/**
Plays a cast into a headless xterm of its size and returns the screen at each
marker (what a viewer sees when seeking to it) and at the end.
*/
export async function screensAtMarkers(cast: ParsedCast): Promise<{markers: MarkerScreen[]; end: string; endAll: string}> {
	const terminal = new xterm.Terminal({cols: cast.columns, rows: cast.rows, allowProposedApi: true, scrollback: 5000});
	const write = async (data: string) => new Promise<void>(resolve => {
		terminal.write(data, resolve);
	});
	const screen = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	const all = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < buffer.length; row++) {
			lines.push(buffer.getLine(row)?.translateToString(true) ?? '');
		}

		return lines.join('\n');
	};

	const markers: MarkerScreen[] = [];
	for (const event of cast.events) {
		if (event.code === 'o') {
			await write(event.data);
		} else if (event.code === 'm') {
			markers.push({label: event.data, time: event.time, screen: screen(), all: all()});
		}
	}

	const end = screen();
	const endAll = all();
	terminal.dispose();
	return {markers, end, endAll};
}
