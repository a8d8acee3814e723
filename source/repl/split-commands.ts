/**
Splits pasted text into the commands it holds: one per line, except that a
line ending with an unescaped backslash continues on the next one.
*/
export function splitCommands(text: string): string[] {
	const commands: string[] = [];
	let current: string[] = [];
	for (const line of text.split(/\r?\n/)) {
		current.push(line);
		if (!endsWithContinuation(line)) {
			commands.push(current.join('\n'));
			current = [];
		}
	}

	if (current.length > 0) {
		commands.push(current.join('\n'));
	}

	return commands.filter(command => command.trim() !== '');
}

function endsWithContinuation(line: string): boolean {
	const trailing = /\\+$/.exec(line)?.[0].length ?? 0;
	return trailing % 2 === 1;
}
