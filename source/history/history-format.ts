export type ParsedHistory = {
	entries: string[];
	/** Lines that are not a JSON string: the file was damaged or is not ours. */
	badLines: number;
};

/**
The history file holds one JSON string per line, so an entry spanning several
lines (a `\` continuation) or holding any character stays one line of the file.
*/
export function parseHistory(content: string): ParsedHistory {
	const entries: string[] = [];
	let badLines = 0;
	for (const line of content.split('\n')) {
		if (line.trim() === '') {
			continue;
		}

		const entry = parseEntry(line);
		if (entry === undefined) {
			badLines++;
		} else {
			entries.push(entry);
		}
	}

	return {entries, badLines};
}

function parseEntry(line: string): string | undefined {
	try {
		const value: unknown = JSON.parse(line);
		return typeof value === 'string' ? value : undefined;
	} catch {
		return undefined;
	}
}

export function serializeHistory(entries: readonly string[]): string {
	return entries.map(entry => JSON.stringify(entry) + '\n').join('');
}
