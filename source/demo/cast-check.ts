/** What a cast file holds, read back: for checks and tests. */
export type ParsedCast = {
	version: 2 | 3;
	columns: number;
	rows: number;
	title?: string;
	/** Events with absolute times, whatever the version. */
	events: Array<{time: number; code: string; data: string}>;
};

export type CastCheck = {cast?: ParsedCast; problems: string[]};

const codes = new Set(['o', 'i', 'm', 'r', 'x']);

/**
Checks an asciicast v2 or v3 file the way players read it: a JSON header with
the terminal size, then one `[time, code, data]` event per line; v2 times
never go back, v3 intervals are never negative; no blank line (asciinema 2.2
crashes on a trailing one).
*/
export function checkCast(text: string): CastCheck {
	const problems: string[] = [];
	if (!text.endsWith('\n') || text.endsWith('\n\n')) {
		problems.push('the file must end with exactly one newline');
	}

	const lines = text.replace(/\n$/, '').split('\n');
	let header: Record<string, unknown>;
	try {
		header = JSON.parse(lines[0]!) as Record<string, unknown>;
	} catch {
		return {problems: [...problems, 'line 1: the header is not JSON']};
	}

	const version = header['version'];
	const size = version === 2
		? {columns: header['width'], rows: header['height']}
		: {columns: (header['term'] as {cols?: unknown} | undefined)?.cols, rows: (header['term'] as {rows?: unknown} | undefined)?.rows};
	if (version !== 2 && version !== 3) {
		return {problems: [...problems, `line 1: unknown version ${String(version)}`]};
	}

	if (!isPositiveInteger(size.columns) || !isPositiveInteger(size.rows)) {
		problems.push('line 1: the terminal size is missing or not a positive integer');
	}

	if (header['title'] !== undefined && typeof header['title'] !== 'string') {
		problems.push('line 1: title must be a string');
	}

	const events: ParsedCast['events'] = [];
	let clock = 0;
	for (const [index, line] of lines.slice(1).entries()) {
		const where = `line ${index + 2}`;
		let event: unknown;
		try {
			event = JSON.parse(line);
		} catch {
			problems.push(`${where}: not JSON`);
			continue;
		}

		if (!Array.isArray(event) || event.length !== 3 || typeof event[0] !== 'number' || typeof event[1] !== 'string' || typeof event[2] !== 'string') {
			problems.push(`${where}: an event must be [number, code, string]`);
			continue;
		}

		const [time, code, data] = event as [number, string, string];
		if (!codes.has(code)) {
			problems.push(`${where}: unknown event code ${JSON.stringify(code)}`);
		}

		if (version === 2) {
			if (time < clock) {
				problems.push(`${where}: time ${time} goes back (previous ${clock})`);
			}

			clock = Math.max(clock, time);
		} else {
			if (time < 0) {
				problems.push(`${where}: negative interval ${time}`);
			}

			clock += Math.max(0, time);
		}

		events.push({time: clock, code, data});
	}

	const cast: ParsedCast = {version, columns: Number(size.columns), rows: Number(size.rows), events};
	if (typeof header['title'] === 'string') {
		cast.title = header['title'];
	}

	return {cast, problems};
}

function isPositiveInteger(value: unknown): boolean {
	return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
