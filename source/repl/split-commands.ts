import {endsWithContinuation} from '../editor/text-input.js';

/**
Splits pasted text into the commands it holds: one per line, except that a
line ending with an unescaped backslash continues on the next one. The pieces,
joined with line breaks, give the text back when `keepBlank` is set.
*/
export function splitCommands(text: string, {keepBlank = false}: {keepBlank?: boolean} = {}): string[] {
	const commands: string[] = [];
	let current: string[] = [];
	for (const line of text.split('\n')) {
		current.push(line);
		if (!endsWithContinuation(line)) {
			commands.push(current.join('\n'));
			current = [];
		}
	}

	if (current.length > 0) {
		commands.push(current.join('\n'));
	}

	return keepBlank ? commands : commands.filter(command => command.trim() !== '');
}
