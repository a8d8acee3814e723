import type {Lang} from '../i18n/catalogue.js';

/** A key as a terminal front end reads it (Ink's `useInput` gives these). */
export type AnswerKey = {input: string; escape?: boolean; ctrl?: boolean; return?: boolean};

export const defaultAnswerGraceMs = 500;

export type AnswerReaderOptions = {
	lang: Lang;
	/** Keys are ignored until the keyboard has been quiet this long since the question appeared. */
	graceMs?: number;
	now?: () => number;
};

/**
Decides what a key answers to "Run it? [y/N]", for every front end that reads
keys: true for `y` (and `o`, oui, in French), false for Enter, `n`, Escape or
Ctrl-C, undefined for a key that answers nothing. Keys typed before the
question could be read (typing ahead) must not answer it: until the keyboard
has been quiet for the grace time, only Escape and Ctrl-C count. Answers once.
*/
export function createAnswerReader({lang, graceMs = defaultAnswerGraceMs, now = Date.now}: AnswerReaderOptions): (key: AnswerKey) => boolean | undefined {
	let readyAt = now() + graceMs;
	let answered = false;
	return key => {
		if (answered) {
			return undefined;
		}

		const time = now();
		const cancels = Boolean(key.escape) || (Boolean(key.ctrl) && key.input === 'c');
		if (time < readyAt && !cancels) {
			// Still typing: wait until the keyboard has been quiet for the grace time.
			readyAt = time + graceMs;
			return undefined;
		}

		// A chunk of several characters is typing or a paste, not an answer.
		if (key.input.length > 1) {
			return undefined;
		}

		const {input} = key;
		const yes = input === 'y' || input === 'Y' || (lang === 'fr' && (input === 'o' || input === 'O'));
		const no = cancels || Boolean(key.return) || input === 'n' || input === 'N';
		if (!yes && !no) {
			return undefined;
		}

		answered = true;
		return yes;
	};
}
