// eslint-disable-next-line no-control-regex
const escapeSequence = /\u001B(?:\[[\d;:?<=>]*[ -/]*[@-~]|O[\s\S]|[\s\S])?/g;
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const controlCharactersButLineBreak = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const needsCleaning = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

/** Typed text keeps printable characters only: the editor's text never holds control characters other than `\n`. */
export function cleanTypedText(text: string): string {
	return text.replaceAll(escapeSequence, '').replaceAll(controlCharacters, '');
}

/**
Pasted text: line breaks of any convention become `\n`, a tab becomes a space
(a tab would break the display and there is no completion to trigger), other
control characters and escape sequences are dropped.
*/
export function cleanPastedText(text: string): string {
	return text
		.replaceAll(escapeSequence, '')
		.replaceAll(/\r\n?/g, '\n')
		.replaceAll('\t', ' ')
		.replaceAll(controlCharactersButLineBreak, '');
}

/** The default continuation rule: the text ends with an unescaped backslash (an odd number of them). */
export function endsWithContinuation(text: string): boolean {
	return (text.length - trimEnd(text, '\\').length) % 2 === 1;
}

/** The text without its final line breaks (a loop: a regular expression would backtrack on long runs). */
export function withoutTrailingLineBreaks(text: string): string {
	return trimEnd(text, '\n');
}

function trimEnd(text: string, character: string): string {
	let end = text.length;
	while (end > 0 && text[end - 1] === character) {
		end--;
	}

	return text.slice(0, end);
}

/**
A text is one logical line when each of its line breaks is a continuation,
that is when the text before every `\n` asks to continue.
*/
export function isOneLogicalLine(text: string, shouldContinue: (text: string) => boolean): boolean {
	let index = text.indexOf('\n');
	while (index !== -1) {
		if (!shouldContinue(text.slice(0, index))) {
			return false;
		}

		index = text.indexOf('\n', index + 1);
	}

	return true;
}

/**
A history entry as the editor sees it. Entries come from a file a user may
have edited, so they get the same cleaning as a paste.
*/
export function historyEntry(history: readonly string[], index: number): string | undefined {
	const entry = history[index];
	return entry === undefined || !needsCleaning.test(entry) ? entry : cleanPastedText(entry);
}

/** UTF-8 bytes of a text, counted without encoding it. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x80) {
			bytes += 1;
		} else if (code < 0x8_00) {
			bytes += 2;
		} else if (code >= 0xD8_00 && code <= 0xDB_FF && index + 1 < text.length) {
			// A surrogate pair: one code point, four bytes.
			bytes += 4;
			index++;
		} else {
			bytes += 3;
		}
	}

	return bytes;
}

/** Lines and commands of a cleaned text (a `\` continuation joins two lines into one command; blank lines are no command). */
export function countLinesAndCommands(text: string): {lines: number; commands: number} {
	let lines = 0;
	let commands = 0;
	let inCommand = false;
	let start = 0;
	while (start < text.length) {
		const found = text.indexOf('\n', start);
		const end = found === -1 ? text.length : found;
		const line = text.slice(start, end);
		lines++;
		inCommand ||= line.trim() !== '';
		if (!endsWithContinuation(line)) {
			commands += inCommand ? 1 : 0;
			inCommand = false;
		}

		start = end + 1;
	}

	return {lines, commands: commands + (inCommand ? 1 : 0)};
}
