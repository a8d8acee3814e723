/**
Terminal modes dockwise relies on, and the private-mode numbers (`ESC [ ? n h|l`)
a command's output can flip them with.
*/
export type TerminalMode = 'bracketed-paste' | 'cursor' | 'keypad' | 'mouse' | 'alt-screen';

const privateModes: Readonly<Record<string, TerminalMode>> = {
	2004: 'bracketed-paste',
	25: 'cursor',
	1: 'keypad',
	9: 'mouse',
	1000: 'mouse',
	1001: 'mouse',
	1002: 'mouse',
	1003: 'mouse',
	1005: 'mouse',
	1006: 'mouse',
	1015: 'mouse',
	47: 'alt-screen',
	1047: 'alt-screen',
	1049: 'alt-screen',
};

/** What puts each mode back as dockwise runs it (the cursor: see `restoreTerminalModes`). */
const restoreSequences: Readonly<Record<Exclude<TerminalMode, 'cursor'>, string>> = {
	'bracketed-paste': '\u001B[?2004h',
	keypad: '\u001B[?1l\u001B>',
	mouse: '\u001B[?1000l\u001B[?1002l\u001B[?1003l\u001B[?1006l\u001B[?1015l\u001B[?1005l\u001B[?9l',
	'alt-screen': '\u001B[?1049l',
};

export const allTerminalModes: readonly TerminalMode[] = ['bracketed-paste', 'cursor', 'keypad', 'mouse', 'alt-screen'];

export type RestoreOptions = {
	/** Bracketed paste is on in the REPL (a terminal), off in plain mode. */
	bracketedPaste: boolean;
	/** Ink hides the cursor and draws its own; plain mode leaves it shown. */
	cursorVisible: boolean;
	/** Leave the alternate screen: only when the command entered it (`?1049l` also moves the cursor to a saved place). */
	altScreen: boolean;
};

/**
The bytes that put the modes dockwise relies on back, after any command:
bracketed paste as it uses it, cursor as it draws it, normal cursor keys and
numeric keypad, mouse reporting off, main screen when asked.
*/
export function restoreTerminalModes({bracketedPaste, cursorVisible, altScreen}: RestoreOptions): string {
	return [
		bracketedPaste ? restoreSequences['bracketed-paste'] : '\u001B[?2004l',
		cursorVisible ? '\u001B[?25h' : '\u001B[?25l',
		restoreSequences.keypad,
		restoreSequences.mouse,
		altScreen ? restoreSequences['alt-screen'] : '',
	].join('');
}

// eslint-disable-next-line no-control-regex -- terminal sequences are what this module reads.
const privateModePattern = /\u001B\[\?([\d;]+)([hl])/g;
// eslint-disable-next-line no-control-regex
const keypadPattern = /\u001B[=>]/;
/** OSC 0, 1, 2 (window and icon titles) and 52 (clipboard), ended by BEL or ST. */
// eslint-disable-next-line no-control-regex
const oscPattern = /\u001B\](?:[012]|52);[^\u0007\u001B]*(?:\u0007|\u001B\\)/g;
/** A sequence cut at the end of a chunk: held until the next one. */
// eslint-disable-next-line no-control-regex
const unfinishedTail = /\u001B(?:\[[\d;?]*|\](?:[^\u0007\u001B]{0,4096})|)$/;

export type TerminalOutputGuardOptions = {
	/** Remove title changes (OSC 0/1/2) and clipboard writes (OSC 52) from the output. */
	stripOsc?: boolean;
};

/**
Watches a piped command's output on its way to the terminal: which modes it
changed (to restore and say so afterwards), and, when asked, strips title and
clipboard sequences. Everything else passes through, as docker passes it. Sequences
split across chunks are held back until complete (bounded), so none slips by.
*/
export class TerminalOutputGuard {
	readonly #stripOsc: boolean;
	readonly #changed = new Set<TerminalMode>();
	#tail = '';
	#stripped = 0;

	constructor({stripOsc = false}: TerminalOutputGuardOptions = {}) {
		this.#stripOsc = stripOsc;
	}

	/** The chunk as it should reach the terminal (possibly without its unfinished last sequence). */
	pass(chunk: string): string {
		let text = this.#tail + chunk;
		this.#tail = '';
		const cut = unfinishedTail.exec(text);
		if (cut && cut[0] !== '') {
			this.#tail = cut[0];
			text = text.slice(0, text.length - cut[0].length);
		}

		return this.#scan(text);
	}

	/** Whatever is still held (a sequence never finished): passed as it is, at the end. */
	end(): string {
		const text = this.#tail;
		this.#tail = '';
		return this.#scan(text);
	}

	/** Modes the output changed, in a stable order. */
	changedModes(): TerminalMode[] {
		return allTerminalModes.filter(mode => this.#changed.has(mode));
	}

	/** How many title or clipboard sequences were removed. */
	get strippedCount(): number {
		return this.#stripped;
	}

	#scan(text: string): string {
		if (!text.includes('\u001B')) {
			return text;
		}

		for (const match of text.matchAll(privateModePattern)) {
			for (const number of match[1]!.split(';')) {
				const mode = privateModes[number];
				if (mode) {
					this.#changed.add(mode);
				}
			}
		}

		if (keypadPattern.test(text)) {
			this.#changed.add('keypad');
		}

		if (!this.#stripOsc) {
			return text;
		}

		return text.replace(oscPattern, () => {
			this.#stripped++;
			return '';
		});
	}
}
