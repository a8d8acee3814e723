/** A bracketed paste: what a terminal sends for pasted text once the REPL asked for that mode. */
export const pasteStart = '\u001B[200~';
export const pasteEnd = '\u001B[201~';
export const bracketed = (text: string) => `${pasteStart}${text}${pasteEnd}`;

/**
Docker commands, one a line, until they make about `size` characters (1 MB, as in
issue #15, by default); `text` joins them with line breaks and ends with none.
bench/paste.mjs pastes the same lines.
*/
export function commandLines(size = 1_000_000): {lines: string[]; text: string} {
	const lines: string[] = [];
	let length = 0;
	while (length < size) {
		const line = `docker volume inspect paste_${lines.length} --format '{{.Name}}'`;
		lines.push(line);
		length += line.length + 1;
	}

	return {lines, text: lines.join('\n')};
}
