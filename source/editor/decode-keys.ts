import type {KeyAction, KillRange, Motion} from './key-action.js';

const escape = '\u001B';
const pasteStart = `${escape}[200~`;
const pasteEnd = `${escape}[201~`;

const controlKeys: Record<string, KeyAction> = {
	'\u0001': {type: 'move', motion: 'line-start'},
	'\u0002': {type: 'move', motion: 'left'},
	'\u0003': {type: 'interrupt'},
	'\u0004': {type: 'eof'},
	'\u0005': {type: 'move', motion: 'line-end'},
	'\u0006': {type: 'move', motion: 'right'},
	'\u0007': {type: 'cancel'},
	'\b': {type: 'delete-backward'},
	'\n': {type: 'enter'},
	'\u000B': {type: 'kill', range: 'to-line-end'},
	'\u000C': {type: 'clear-screen'},
	'\r': {type: 'enter'},
	'\u000E': {type: 'down'},
	'\u0010': {type: 'up'},
	'\u0012': {type: 'search-backward'},
	'\u0014': {type: 'transpose'},
	'\u0015': {type: 'kill', range: 'to-line-start'},
	'\u0017': {type: 'kill', range: 'shell-word-back'},
	'\u0019': {type: 'yank'},
	'\u007F': {type: 'delete-backward'},
};

const metaKeys: Record<string, KeyAction> = {
	b: {type: 'move', motion: 'word-left'},
	f: {type: 'move', motion: 'word-right'},
	d: {type: 'kill', range: 'word-forward'},
	'\u007F': {type: 'kill', range: 'word-back'},
	'\b': {type: 'kill', range: 'word-back'},
	'\r': {type: 'newline'},
	'\n': {type: 'newline'},
};

const letterKeys: Record<string, string> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	H: 'home',
	F: 'end',
	E: 'clear',
	P: 'f1',
	Q: 'f2',
	R: 'f3',
	S: 'f4',
	Z: 'shift-tab',
	I: 'focus-in',
	O: 'focus-out',
	// Rxvt sends lower-case letters for shifted (CSI) or control (SS3) arrows.
	a: 'up',
	b: 'down',
	c: 'right',
	d: 'left',
};

const tildeKeys: Record<string, string> = {
	1: 'home',
	2: 'insert',
	3: 'delete',
	4: 'end',
	5: 'pageup',
	6: 'pagedown',
	7: 'home',
	8: 'end',
	11: 'f1',
	12: 'f2',
	13: 'f3',
	14: 'f4',
	15: 'f5',
	17: 'f6',
	18: 'f7',
	19: 'f8',
	20: 'f9',
	21: 'f10',
	23: 'f11',
	24: 'f12',
};

type Modifiers = {shift: boolean; alt: boolean; ctrl: boolean};

/** Xterm encodes modifiers as 1 + a bit field: shift 1, alt 2, ctrl 4, meta 8 (taken as alt). */
function parseModifiers(parameter: string | undefined): Modifiers {
	const bits = Math.max(0, Number.parseInt(parameter ?? '1', 10) - 1) || 0;
	return {shift: (bits & 1) !== 0, alt: (bits & 10) !== 0, ctrl: (bits & 4) !== 0};
}

function namedKeyAction(name: string, modifiers: Modifiers, sequence: string): KeyAction {
	const byWord = modifiers.alt || modifiers.ctrl;
	const motions: Record<string, Motion> = {
		left: byWord ? 'word-left' : 'left',
		right: byWord ? 'word-right' : 'right',
		home: 'line-start',
		end: 'line-end',
	};
	const motion = motions[name];
	if (motion) {
		return {type: 'move', motion};
	}

	if (name === 'up' || name === 'down') {
		// Alt-Up/Alt-Down are the explanation panel's, not history's.
		return modifiers.alt && !modifiers.ctrl ? {type: 'other', name: `alt-${name}`, sequence} : {type: name};
	}

	if (name === 'delete') {
		return byWord ? {type: 'kill', range: 'word-forward'} : {type: 'delete-forward'};
	}

	return {type: 'other', name, sequence};
}

type ParsedSequence = {length: number; action: KeyAction | 'paste-start' | 'paste-end'};

/** Decodes the escape sequence at the start of `input` (which begins with ESC). */
function parseEscapeSequence(input: string): ParsedSequence {
	if (input.startsWith(pasteStart)) {
		return {length: pasteStart.length, action: 'paste-start'};
	}

	if (input.startsWith(pasteEnd)) {
		return {length: pasteEnd.length, action: 'paste-end'};
	}

	const second = input[1];
	if (second === undefined) {
		return {length: 1, action: {type: 'cancel'}};
	}

	if (second === '[' || second === 'O') {
		return parseControlSequence(input, 1, false);
	}

	if (second === escape) {
		// ESC ESC [ D and the like: Alt plus a key, as some terminals send it.
		if (input[2] === '[' || input[2] === 'O') {
			return parseControlSequence(input, 2, true);
		}

		return {length: 2, action: {type: 'cancel'}};
	}

	const codePoint = input.codePointAt(1) ?? 0;
	const character = String.fromCodePoint(codePoint);
	const length = 1 + character.length;
	const action = metaKeys[character] ?? metaKeys[character.toLowerCase()];
	return {length, action: action ?? {type: 'other', name: `alt-${character}`, sequence: input.slice(0, length)}};
}

/**
Decodes CSI (`ESC [`) and SS3 (`ESC O`) sequences. `introducer` is where the `[`
or `O` sits (1, or 2 after a doubled ESC meaning Alt).
*/
function parseControlSequence(input: string, introducer: number, alt: boolean): ParsedSequence {
	const kind = input[introducer];
	const body = /^([\d;:?<=>]*)([ -/]*)([@-~])/.exec(input.slice(introducer + 1));
	// Linux console function keys: ESC [ [ A.
	const linux = kind === '[' && /^\[[A-E]/.test(input.slice(introducer + 1));
	if (linux) {
		const length = introducer + 3;
		return {length, action: {type: 'other', name: `f${'ABCDE'.indexOf(input[introducer + 2] ?? 'A') + 1}`, sequence: input.slice(0, length)}};
	}

	if (!body) {
		// A cut or malformed sequence: drop it up to where it breaks, never insert its bytes as text.
		const length = introducer + 1 + (/^[\d;:?<=>]*[ -/]*/.exec(input.slice(introducer + 1))?.[0].length ?? 0);
		return {length, action: {type: 'other', name: 'unknown', sequence: input.slice(0, length)}};
	}

	const [whole, parameterText = '', , final = ''] = body;
	const length = introducer + 1 + whole.length;
	const sequence = input.slice(0, length);
	const parameters = parameterText.split(';');

	if (kind === '[' && final === 'u') {
		return {length, action: kittyKeyAction(parameters, sequence)};
	}

	let name: string | undefined;
	let modifiers: Modifiers;
	if (final === '~' || final === '^' || final === '$') {
		name = tildeKeys[parameters[0] ?? ''];
		modifiers = parseModifiers(parameters[1]);
		modifiers.ctrl ||= final === '^';
	} else {
		name = letterKeys[final];
		// `ESC [ 1 ; 5 D`, or `ESC [ 5 D` / `ESC O 5 D` from older terminals.
		modifiers = parseModifiers(parameters.length > 1 ? parameters[1] : (parameters[0] || undefined));
		// Rxvt: ESC O a..d are control + arrow.
		modifiers.ctrl ||= kind === 'O' && /[a-d]/.test(final);
	}

	modifiers.alt ||= alt;
	if (name === undefined) {
		return {length, action: {type: 'other', name: 'unknown', sequence}};
	}

	return {length, action: namedKeyAction(name, modifiers, sequence)};
}

/** The kitty keyboard protocol (`CSI code ; modifiers u`), in case the terminal was left in it. */
function kittyKeyAction(parameters: string[], sequence: string): KeyAction {
	const code = Number.parseInt(parameters[0]?.split(':')[0] ?? '', 10);
	const [modifierField, eventType] = (parameters[1] ?? '').split(':');
	const modifiers = parseModifiers(modifierField || undefined);
	if (!Number.isInteger(code) || code < 0 || code > 0x10_FFFF || (code >= 0xD8_00 && code <= 0xDF_FF)) {
		return {type: 'other', name: 'unknown', sequence};
	}

	if (eventType === '3') {
		return {type: 'other', name: 'key-release', sequence};
	}

	const character = String.fromCodePoint(code);
	if (modifiers.ctrl && /^[a-z]$/i.test(character)) {
		return controlKeys[String.fromCodePoint(code & 0x1F)] ?? {type: 'other', name: `ctrl-${character.toLowerCase()}`, sequence};
	}

	if (modifiers.alt) {
		return metaKeys[character] ?? {type: 'other', name: `alt-${character}`, sequence};
	}

	if (code === 27) {
		return {type: 'cancel'};
	}

	return code < 32 || code === 127 ? controlKeyAction(character) : {type: 'insert', text: character};
}

function controlKeyAction(character: string): KeyAction {
	if (character === '\t') {
		return {type: 'other', name: 'tab', sequence: character};
	}

	const code = character.codePointAt(0) ?? 0;
	const name = code === 0 ? 'ctrl-space' : `ctrl-${String.fromCodePoint(code + 96)}`;
	return controlKeys[character] ?? {type: 'other', name, sequence: character};
}

// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001F\u007F]/;

/**
Plain text between escape sequences. Typed keys arrive one by one, but several
can share a chunk when the terminal is fast or the input is scripted. When the
terminal marks pastes (bracketed paste mode), unmarked text is typing and a line
break in it is Enter; otherwise a piece of text holding both printable
characters and line breaks is taken for a paste, there being no other way to tell.
*/
function decodeText(text: string, actions: KeyAction[], pastesAreMarked: boolean): void {
	// eslint-disable-next-line no-control-regex
	const pieces = text.split(/([\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F])/);
	for (const piece of pieces) {
		if (piece === '') {
			continue;
		}

		if (piece.length === 1 && controlCharacter.test(piece)) {
			actions.push(controlKeyAction(piece));
			continue;
		}

		if (!pastesAreMarked && /[\r\n]/.test(piece) && /[^\r\n]/.test(piece)) {
			actions.push({type: 'paste', text: piece});
			continue;
		}

		for (const part of piece.split(/([\r\n])/)) {
			if (part === '\r' || part === '\n') {
				actions.push({type: 'enter'});
			} else if (part !== '') {
				actions.push({type: 'insert', text: part});
			}
		}
	}
}

/**
The longest paste kept (UTF-16 units, 8 Mi: 16 MB of memory). A longer one is
counted, not kept, so memory stays bounded whatever the clipboard holds.
*/
export const defaultMaxPasteLength = 8 * 1024 * 1024;

type PasteBuffer = {pieces: string[]; length: number; lineBreaks: number; dropped: boolean; carry: string};

function addToPaste(buffer: PasteBuffer, piece: string, maxLength: number): PasteBuffer {
	buffer.length += piece.length;
	for (let index = piece.indexOf('\n'); index !== -1; index = piece.indexOf('\n', index + 1)) {
		buffer.lineBreaks++;
	}

	if (buffer.length > maxLength) {
		buffer.dropped = true;
		buffer.pieces = [];
	} else if (!buffer.dropped) {
		buffer.pieces.push(piece);
	}

	return buffer;
}

function pasteAction(buffer: PasteBuffer): KeyAction {
	return buffer.dropped
		? {type: 'paste', text: '', dropped: {length: buffer.length, lineBreaks: buffer.lineBreaks}}
		: {type: 'paste', text: buffer.pieces.join('')};
}

/** How many characters at the end of `text` could begin the paste end marker. */
function partialMarkerLength(text: string): number {
	for (let length = Math.min(pasteEnd.length - 1, text.length); length > 0; length--) {
		if (pasteEnd.startsWith(text.slice(-length))) {
			return length;
		}
	}

	return 0;
}

export type KeyDecoder = {
	/** Decodes one chunk of terminal input (one or several keys, a paste, or a piece of a bracketed paste). */
	push(chunk: string): KeyAction[];
};

/**
Turns the characters a terminal sends into editor actions. Keeps state between
chunks only for bracketed paste (`ESC [200~ ... ESC [201~`), which may span
several chunks; everything else is decoded chunk by chunk, several keys per
chunk included. An ESC alone at the end of a chunk is the Escape key.
*/
export function createKeyDecoder({pastesAreMarked = false, maxPasteLength = defaultMaxPasteLength}: {pastesAreMarked?: boolean; maxPasteLength?: number} = {}): KeyDecoder {
	let pasted: PasteBuffer | undefined;

	return {
		push(chunk) {
			const actions: KeyAction[] = [];
			let rest = chunk;
			while (rest !== '') {
				if (pasted !== undefined) {
					rest = pasted.carry + rest;
					pasted.carry = '';
					const end = rest.indexOf(pasteEnd);
					// The end marker may be cut between chunks: keep a possible start of it for the next chunk.
					const taken = end === -1 ? rest.slice(0, rest.length - partialMarkerLength(rest)) : rest.slice(0, end);
					pasted = addToPaste(pasted, taken, maxPasteLength);
					if (end === -1) {
						pasted.carry = rest.slice(taken.length);
						break;
					}

					actions.push(pasteAction(pasted));
					pasted = undefined;
					rest = rest.slice(end + pasteEnd.length);
					continue;
				}

				const escapeIndex = rest.indexOf(escape);
				if (escapeIndex !== 0) {
					decodeText(escapeIndex === -1 ? rest : rest.slice(0, escapeIndex), actions, pastesAreMarked);
					rest = escapeIndex === -1 ? '' : rest.slice(escapeIndex);
					continue;
				}

				const {length, action} = parseEscapeSequence(rest);
				rest = rest.slice(length);
				if (action === 'paste-start') {
					pasted = {pieces: [], length: 0, lineBreaks: 0, dropped: false, carry: ''};
				} else if (action !== 'paste-end') {
					actions.push(action);
				}
			}

			return actions;
		},
	};
}

/** Decodes one self-contained chunk, for tests and one-off use. */
export function decodeKeys(chunk: string): KeyAction[] {
	return createKeyDecoder().push(chunk);
}

export type {KillRange, Motion};
