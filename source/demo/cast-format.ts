/** One event of a recording, its time in seconds from the start. */
export type CastEvent = {time: number; code: 'o' | 'm' | 'x' | 'r'; data: string};

export type CastFormat = 'v2' | 'v3';

export type CastHeader = {columns: number; rows: number; title?: string; idleTimeLimit?: number};

const term = 'xterm-256color';

/**
An asciicast, v2 (what asciinema 2.x plays: absolute times) or v3 (intervals
since the previous event). No timestamp in the header: the same recording
gives the same file. One line per event, the last one ends the file.
*/
export function formatCast(header: CastHeader, events: readonly CastEvent[], format: CastFormat): string {
	const lines = [JSON.stringify(formatHeader(header, format))];
	let previous = 0;
	for (const event of events) {
		const time = format === 'v2' ? event.time : event.time - previous;
		previous = event.time;
		lines.push(`[${seconds(time)}, ${JSON.stringify(event.code)}, ${JSON.stringify(event.data)}]`);
	}

	return `${lines.join('\n')}\n`;
}

function formatHeader({columns, rows, title, idleTimeLimit}: CastHeader, format: CastFormat): Record<string, unknown> {
	const extra = {
		...(idleTimeLimit === undefined ? {} : {idle_time_limit: idleTimeLimit}),
		...(title ? {title} : {}),
	};
	return format === 'v2'
		? {version: 2, width: columns, height: rows, ...extra, env: {TERM: term}}
		: {version: 3, term: {cols: columns, rows, type: term}, ...extra};
}

/** Microseconds, as asciinema writes them; never negative (-0 included). */
function seconds(value: number): string {
	const rounded = Math.max(0, Math.round(value * 1e6) / 1e6);
	return rounded.toFixed(6);
}
