export type CsvField = {
	/** Field content after quote removal. */
	value: string;
	/** Span of the field in the input, quotes included. */
	start: number;
	end: number;
	quoted: boolean;
};

export type CsvResult =
	| {ok: true; fields: CsvField[]}
	| {ok: false; fields: CsvField[]; error: string; start: number; end: number};

/**
Reads the first record of a comma-separated line the way Go's `encoding/csv`
does with its defaults, which is how the docker client reads `--mount` values.
Errors use Go's wording so they can be quoted as docker prints them.
*/
export function readCsvRecord(input: string): CsvResult {
	const fields: CsvField[] = [];
	if (input === '') {
		return {ok: false, fields, error: 'EOF', start: 0, end: 0};
	}

	// Only the first record counts: docker reads one line.
	const newline = input.search(/\r?\n/);
	const line = newline === -1 ? input : input.slice(0, newline);
	let index = 0;

	for (;;) {
		const start = index;
		if (line[index] === '"') {
			let value = '';
			index++;
			for (;;) {
				const close = line.indexOf('"', index);
				if (close === -1) {
					return {ok: false, fields, error: `parse error on line 1, column ${line.length + 1}: extraneous or missing " in quoted-field`, start, end: line.length};
				}

				value += line.slice(index, close);
				if (line[close + 1] === '"') {
					value += '"';
					index = close + 2;
					continue;
				}

				if (close + 1 === line.length || line[close + 1] === ',') {
					index = close + 1;
					break;
				}

				return {ok: false, fields, error: `parse error on line 1, column ${close + 1}: extraneous or missing " in quoted-field`, start, end: close + 2};
			}

			fields.push({value, start, end: index, quoted: true});
		} else {
			const comma = line.indexOf(',', index);
			const end = comma === -1 ? line.length : comma;
			const value = line.slice(index, end);
			const quote = value.indexOf('"');
			if (quote !== -1) {
				return {ok: false, fields, error: `parse error on line 1, column ${index + quote + 1}: bare " in non-quoted-field`, start, end};
			}

			fields.push({value, start, end, quoted: false});
			index = end;
		}

		if (index >= line.length) {
			return {ok: true, fields};
		}

		index++; // The comma.
		if (index === line.length) {
			fields.push({value: '', start: index, end: index, quoted: false});
			return {ok: true, fields};
		}
	}
}
