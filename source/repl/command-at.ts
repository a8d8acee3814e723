import {endsWithContinuation} from '../editor/text-input.js';

/**
Lines longer than this are not explained: explaining is linear but far from
free (~50 µs a character on a loaded machine), and no docker command a person
reads is that long. A pasted 1 MB line is shown, edited and run, not explained.
*/
export const explainLengthLimit = 4096;

/**
The command of a multi-command text that holds the cursor, and where it starts:
the cursor's line and the lines joined to it by `\` continuations. Only those
lines are read, so a key typed after a 1 MB paste costs what its own command costs.
A cursor at the end of a command (on its line break) is in that command.
*/
export function commandAt(text: string, cursor: number): {text: string; start: number} {
	let start = cursor <= 0 ? 0 : text.lastIndexOf('\n', cursor - 1) + 1;
	while (start > 0) {
		const previousStart = text.lastIndexOf('\n', start - 2) + 1;
		if (!endsWithContinuation(text.slice(previousStart, start - 1))) {
			break;
		}

		start = previousStart;
	}

	let end = text.indexOf('\n', cursor);
	while (end !== -1 && endsWithContinuation(text.slice(text.lastIndexOf('\n', end - 1) + 1, end))) {
		end = text.indexOf('\n', end + 1);
	}

	return {text: text.slice(start, end === -1 ? text.length : end), start};
}
