import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
Wraps one transcript line to `width` columns with a hanging indent: rows after
the first start under the text, past the line's own indentation and its mark
(`◆ `, `✓ `, `• `). Without a width (not a terminal), the line is left as is.
*/
export function wrapHanging(line: string, width: number | undefined, indent = hangingIndent(line)): string {
	if (!width || width < 20) {
		return line;
	}

	return line.split('\n').map(part => {
		if (stringWidth(part) <= width) {
			return part;
		}

		const lead = part.length - part.trimStart().length;
		const room = Math.max(10, width - Math.max(indent, lead));
		const rows = wrapAnsi(part.trimStart(), room, {hard: true, trim: true}).split('\n');
		return rows.map((row, index) => (index === 0 ? ' '.repeat(lead) : ' '.repeat(indent)) + row).join('\n');
	}).join('\n');
}

/** Where rows after the first start: two columns past the line's indentation (under the text after a `◆ ` mark). */
export function hangingIndent(line: string): number {
	return line.length - line.trimStart().length + 2;
}

export type ColumnRow = {key: string; text: string};

/**
Two columns (`:help`): keys, then what they do. The key column is as wide as the
widest key when that leaves the text room (40% of the width at most), else the
keys wrap inside it; the text never runs into the keys.
*/
export function formatColumns(rows: readonly ColumnRow[], width: number | undefined, {indent = 2, gap = 2} = {}): string[] {
	const widest = Math.max(0, ...rows.map(row => stringWidth(row.key)));
	const keyWidth = width ? Math.min(widest, Math.max(8, Math.floor((width - indent - gap) * 0.4))) : widest;
	const textWidth = width ? Math.max(10, width - indent - keyWidth - gap) : Number.POSITIVE_INFINITY;
	const lines: string[] = [];
	for (const row of rows) {
		const keys = wrapAnsi(row.key, keyWidth, {hard: true, trim: true}).split('\n');
		const texts = Number.isFinite(textWidth) ? wrapAnsi(row.text, textWidth, {hard: true, trim: true}).split('\n') : [row.text];
		for (let index = 0; index < Math.max(keys.length, texts.length); index++) {
			const key = keys[index] ?? '';
			const text = texts[index] ?? '';
			lines.push(`${' '.repeat(indent)}${key}${' '.repeat(keyWidth - stringWidth(key) + gap)}${text}`.trimEnd());
		}
	}

	return lines;
}
