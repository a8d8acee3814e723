/**
The private channel between `dockwise demo` (the player) and the REPL it
drives in a pseudo-terminal: JSON lines over a Unix socket named by
DOCKWISE_DEMO_CONTROL. The REPL tells what its command pipeline does; the
player asks it to show captions.
*/
export const controlVariable = 'DOCKWISE_DEMO_CONTROL';

export type ReplReport =
	/** The engine checked, the volume panel loaded, and the frame showing them drawn. */
	| {type: 'ready'; sync: number}
	| {type: 'question'; line: string}
	| {type: 'answered'; yes: boolean}
	| {type: 'cancelled'}
	| {type: 'started'; line: string; terminal: boolean}
	| {type: 'output'; text: string}
	| {type: 'ended'; line: string; exitCode: number | null; ok: boolean}
	| {type: 'refused'; line: string}
	| {type: 'narrated'; lines: string[]}
	/** Nothing under way, nothing queued, the narration written: the prompt is back. */
	| {type: 'idle'; sync: number}
	/** A caption asked by the player is written. */
	| {type: 'said'; sync: number};

/**
The REPL writes this to its terminal right before a `ready`, `idle` or `said` report
(the player strips it): output and reports travel on different channels, and
the player waits until the terminal has shown everything written before.
*/
export function syncMark(sync: number): string {
	return `\u001B]7777;dockwise-sync;${sync}\u0007`;
}

// eslint-disable-next-line no-control-regex -- the mark is an escape sequence
const syncPattern = /\u001B]7777;dockwise-sync;(\d+)\u0007/g;
const syncStart = '\u001B]7777;';

/**
Removes sync marks from terminal output, chunk by chunk (a mark may be split
across chunks: its start is held back until the rest comes).
*/
export function createSyncFilter(onSync: (sync: number) => void): (chunk: string) => string {
	let held = '';
	return chunk => {
		let text = held + chunk;
		held = '';
		text = text.replaceAll(syncPattern, (_whole, sync: string) => {
			onSync(Number(sync));
			return '';
		});
		const partial = text.lastIndexOf(syncStart.slice(0, 1));
		if (partial !== -1) {
			const tail = text.slice(partial);
			if (syncStart.startsWith(tail) || (tail.startsWith(syncStart) && !tail.includes('\u0007'))) {
				held = tail;
				text = text.slice(0, partial);
			}
		}

		return text;
	};
}

export type PlayerRequest = {type: 'say'; text: string};

export function encodeMessage(message: ReplReport | PlayerRequest): string {
	return `${JSON.stringify(message)}\n`;
}

/** Splits a stream of JSON lines; the last, unfinished line is kept for the next chunk. */
export function createLineDecoder<T>(onMessage: (message: T) => void): (chunk: string) => void {
	let rest = '';
	return chunk => {
		rest += chunk;
		let newline = rest.indexOf('\n');
		while (newline !== -1) {
			const line = rest.slice(0, newline);
			rest = rest.slice(newline + 1);
			if (line.trim() !== '') {
				try {
					onMessage(JSON.parse(line) as T);
				} catch {
					// Not one of ours: a broken line is skipped.
				}
			}

			newline = rest.indexOf('\n');
		}
	};
}
