import test from 'ava';
import {commandAt} from '../../source/repl/command-at.js';
import {splitCommands} from '../../source/repl/split-commands.js';

/** What the explanation used before: every command split out, the first whose end is at or after the cursor. */
function bySplitting(text: string, cursor: number): {text: string; start: number} {
	let start = 0;
	for (const command of splitCommands(text, {keepBlank: true})) {
		const end = start + command.length;
		if (cursor <= end) {
			return {text: command, start};
		}

		start = end + 1;
	}

	return {text: '', start: text.length};
}

test('the command under the cursor, continuations included, as splitting the whole text gives it', t => {
	const texts = ['', 'docker ps', 'a\nb', 'a \\\nb\nc', '\n\n', 'x\\\n\\\ny\nz \\', 'a\\\\\nb', 'one\n\ntwo \\\n three\n'];
	for (const text of texts) {
		for (let cursor = 0; cursor <= text.length; cursor++) {
			t.deepEqual(commandAt(text, cursor), bySplitting(text, cursor), `${JSON.stringify(text)} at ${cursor}`);
		}
	}
});

test('a key after a 1 MB paste reads only its own command', t => {
	const text = `${'docker volume ls\n'.repeat(60_000)}docker run --rm \\\n  alpine`;
	t.deepEqual(commandAt(text, text.length), {text: 'docker run --rm \\\n  alpine', start: text.length - 'docker run --rm \\\n  alpine'.length});
	t.deepEqual(commandAt(text, 3), {text: 'docker volume ls', start: 0});
});
