/**
Characters that drive a terminal instead of being drawn: C0 controls (ESC, BEL,
CR, backspace...), DEL, C1 controls (U+0080-U+009F: CSI, OSC and ST on their
own in some terminals) and the bidirectional overrides and isolates that can
make a name read backwards.
*/
// eslint-disable-next-line no-control-regex -- control characters are what this module finds.
const controlPattern = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const controlPatternGlobal = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

const named: Readonly<Record<string, string>> = {'\t': '\\t', '\n': '\\n', '\r': '\\r'};

export type EscapeOptions = {
	/** Leave line feeds alone: the text is dockwise's own lines, already split. */
	keepNewlines?: boolean;
};

/**
Makes text from the engine or a container safe to draw: each control character
becomes a visible escape (`\e` as `\x1b`, tab as `\t`, CSI as `\u009b`), as GNU
ls quotes such file names and kubectl escapes terminal sequences since
CVE-2021-25743. A backslash is left as it is, so escaping twice changes
nothing. Pure and cheap: text without control characters is returned as is.
*/
export function escapeControls(text: string, {keepNewlines = false}: EscapeOptions = {}): string {
	if (!controlPattern.test(text)) {
		return text;
	}

	return text.replace(controlPatternGlobal, character => {
		if (keepNewlines && character === '\n') {
			return character;
		}

		const known = named[character];
		if (known) {
			return known;
		}

		const code = character.codePointAt(0)!;
		return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
	});
}

/** Whether the text holds a character `escapeControls` would escape. */
export function hasControls(text: string): boolean {
	return controlPattern.test(text);
}

/**
The same value with every string in it escaped, object keys (labels) included;
for data entering dockwise's model from the engine. Objects and arrays without
control characters are returned as they are (no copy).
*/
export function escapeDeep<T>(value: T): T {
	return escapeValue(value) as T;
}

function escapeValue(value: unknown): unknown {
	if (typeof value === 'string') {
		return escapeControls(value);
	}

	if (Array.isArray(value)) {
		let copy: unknown[] | undefined;
		for (const [index, item] of value.entries()) {
			const escaped = escapeValue(item);
			if (escaped !== item) {
				copy ??= [...(value as unknown[])];
				copy[index] = escaped;
			}
		}

		return copy ?? value;
	}

	if (value !== null && typeof value === 'object') {
		let copy: Record<string, unknown> | undefined;
		for (const [key, item] of Object.entries(value)) {
			const escapedKey = escapeControls(key);
			const escaped = escapeValue(item);
			if (escaped !== item || escapedKey !== key) {
				copy ??= {...value as Record<string, unknown>};
				if (escapedKey !== key) {
					delete copy[key];
				}

				copy[escapedKey] = escaped;
			}
		}

		return copy ?? value;
	}

	return value;
}
