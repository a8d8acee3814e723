import {readFileSync} from 'node:fs';
import type {Lang} from '../../source/i18n/catalogue.js';
import {lessonMessages} from '../../source/lesson/messages.js';
import {fillPlaceholders} from '../../source/lesson/placeholders.js';
import {parseLesson} from '../../source/lesson/parse-lesson.js';
import type {Lesson} from '../../source/lesson/types.js';
import {delay, keys, type ReplTerminal} from './pty.js';
import {inShell, shellPrompt, submit} from './repl-session.js';

// What the lesson e2e tests share: the lesson's texts as the learner sees them, and the learner's moves.

export const f4 = '\u001BOS';
export const lessonNames = {volume: 'my_volume', container: 'my_alpine', container1: 'my_alpine1', container2: 'my_alpine2'};

export function persistenceLesson(lang: Lang): Lesson {
	const file = `lessons/persistence.${lang}.yaml`;
	return parseLesson(readFileSync(file, 'utf8'), {file, name: 'persistence', fileLang: lang, lang});
}

export function count(terminal: ReplTerminal, text: string): number {
	return terminal.transcript().split(text).length - 1;
}

/** Does `action`, then waits for one more `text` in the transcript than before. */
export async function expectNew(terminal: ReplTerminal, text: string, action: () => Promise<void> | void, timeout = 30_000): Promise<void> {
	const before = count(terminal, text);
	await action();
	await terminal.waitFor(() => count(terminal, text) > before, {where: 'transcript', timeout});
}

/** The line that says a stage's check passed. */
export function passed(lesson: Lesson, stage: number): string {
	return lessonMessages(lesson.lang)('passed', {title: lesson.stages[stage]!.title});
}

/** The line a stage starts with. */
export function stageHeading(lesson: Lesson, stage: number): string {
	return `── ${lessonMessages(lesson.lang)('progress', {number: stage + 1, total: lesson.stages.length, title: lesson.stages[stage]!.title})} ──`;
}

/** The line that gives a stage's hint for a failure code, with what the check found. */
export function hint(lesson: Lesson, stage: number, code: string, found = '', names: Record<string, string> = lessonNames): string {
	const text = fillPlaceholders(lesson.stages[stage]!.hints[code]!, {...names, found}).replaceAll('\n', ' ');
	return lessonMessages(lesson.lang)('failedHint', {hint: text});
}

/** F4 until the prompt holds `command` (each press offers the stage's next command), then Enter. */
export async function tryCommand(terminal: ReplTerminal, command: string): Promise<void> {
	for (let attempt = 0; attempt < 5; attempt++) {
		terminal.press(f4);
		try {
			await terminal.waitFor(() => terminal.lineAfterPrompt().some(line => line.startsWith(`dockwise>${command.replaceAll(/\s+/g, '')}`)), {timeout: 3000});
			terminal.press(keys.enter);
			return;
		} catch {
			// Not offered yet: press F4 again.
		}
	}

	throw new Error(`F4 never offered ${command}`);
}

/** Waits for the container's shell, runs `commands` in it, then leaves it. */
export async function shellSession(terminal: ReplTerminal, commands: string[]): Promise<void> {
	await terminal.waitFor(/^\/ # $/m, {timeout: 30_000});
	for (const command of commands) {
		await inShell(terminal, command);
	}

	// dockwise reads a running container's writable layer about once a second.
	await inShell(terminal, 'sleep 1.5');
	await submit(terminal, 'exit', {prompt: shellPrompt});
}

/** Answers the guard's "[y/N]" (or the lesson's "[Y/n]") with `key`, once the question can read it. */
export async function answer(terminal: ReplTerminal, question: RegExp, key: string): Promise<void> {
	for (let attempt = 0; attempt < 5; attempt++) {
		await terminal.waitFor(question, {timeout: 30_000});
		// Keys typed while the question appears are typing ahead, not an answer.
		await delay(800);
		terminal.press(key);
		try {
			await terminal.waitFor(screen => !question.test(screen), {timeout: 3000});
			return;
		} catch {
			// The key landed before the question could read it: answer again.
		}
	}

	throw new Error('the question was never answered');
}

/** Yes to the guard's "Run it? [y/N]". */
export async function answerYes(terminal: ReplTerminal, lang: Lang): Promise<void> {
	await answer(terminal, /\[(y|o)\/N\]\s*$/m, lang === 'fr' ? 'o' : 'y');
}
