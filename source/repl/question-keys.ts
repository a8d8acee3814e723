import type {Lang} from '../i18n/catalogue.js';

/** A key as Ink's `useInput` gives it. */
export type QuestionKey = {input: string; escape?: boolean; ctrl?: boolean; return?: boolean; backspace?: boolean; delete?: boolean};

export const defaultGraceMs = 500;

/** What one key did while "Run it? [y/N]" is on screen. */
export type QuestionStep = {
	/** The answer, when this key gave one. */
	answer?: boolean;
	/** Lines finished with Enter while the question was shown: typed ahead, they wait their turn like any other. */
	lines: string[];
	/** The line being typed under the question (shown, never lost). */
	typing: string;
};

export type QuestionReaderOptions = {
	lang: Lang;
	/** y, n and Enter answer only once the keyboard has been quiet this long since the question appeared. */
	graceMs?: number;
	now?: () => number;
};

/**
Reads keys while the loss question is asked. Nothing typed is dropped: y (o in
French) runs, n or Escape or Ctrl-C cancels, a lone Enter takes the default
(No); any other typing is a line typed ahead, shown under the question, and
Enter hands it on (`lines`) to run after this command like any typed-ahead
line. A y, n or Enter that comes while the user is still typing (within the
grace time of the last key, or of the question appearing) answers nothing:
it was meant for the prompt. While a line is being typed under the question,
y and n are letters of that line.
*/
export function createQuestionReader({lang, graceMs = defaultGraceMs, now = Date.now}: QuestionReaderOptions): (key: QuestionKey) => QuestionStep {
	let readyAt = now() + graceMs;
	let answered = false;
	let typing = '';
	const step = (extra: Partial<QuestionStep> = {}): QuestionStep => ({lines: [], typing, ...extra});
	return key => {
		if (answered) {
			return step();
		}

		const time = now();
		const settled = time >= readyAt;
		readyAt = Math.max(readyAt, time + graceMs);
		if (key.escape || (key.ctrl && key.input === 'c')) {
			answered = true;
			return step({answer: false});
		}

		if (key.ctrl) {
			return step();
		}

		if (key.backspace || key.delete) {
			typing = [...typing].slice(0, -1).join('');
			return step();
		}

		if (key.return) {
			if (typing !== '') {
				const line = typing;
				typing = '';
				return step({lines: [line]});
			}

			if (settled) {
				answered = true;
				return step({answer: false});
			}

			return step();
		}

		// Bracketed-paste markers around a paste are not typing.
		// eslint-disable-next-line no-control-regex
		const input = key.input.replaceAll(/\u001B?\[20[01]~/g, '');
		if (typing === '' && settled && input.length === 1) {
			const yes = input === 'y' || input === 'Y' || (lang === 'fr' && (input === 'o' || input === 'O'));
			const no = input === 'n' || input === 'N';
			if (yes || no) {
				answered = true;
				return step({answer: yes});
			}
		}

		if (typing === '' && !settled && input.length === 1 && /^[yYnNoO]$/.test(input)) {
			// Most likely an answer typed a little too soon: not the start of a line. It still waits for quiet.
			return step();
		}

		// Typing or a paste: a carriage return or line feed inside it ends a line.
		const parts = input.replaceAll('\r\n', '\n').split(/[\r\n]/);
		const lines: string[] = [];
		for (const [index, part] of parts.entries()) {
			// eslint-disable-next-line no-control-regex -- control characters are not part of a line.
			typing += part.replaceAll(/[\u0000-\u001F\u007F]/g, '');
			if (index < parts.length - 1 && typing.trim() !== '') {
				lines.push(typing);
				typing = '';
			}
		}

		return step({lines});
	};
}
