import type {Key, KeyName} from '../script/types.js';

const bytes: Record<KeyName, string> = {
	Enter: '\r',
	Tab: '\t',
	'Ctrl-C': '\u0003',
	'Ctrl-D': '\u0004',
	Up: '\u001B[A',
	Down: '\u001B[B',
	Right: '\u001B[C',
	Left: '\u001B[D',
	Escape: '\u001B',
	Backspace: '\u007F',
};

/** What a terminal sends for a key: text as is, a named key as its byte sequence. */
export function keyBytes(key: Key): string {
	return key.kind === 'text' ? key.text : bytes[key.name];
}
