import {mkdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {historyFilePath, type HistoryPathContext} from '../history/history-path.js';
import type {LessonProgress} from './progress.js';

/** Next to the history: `$XDG_STATE_HOME/dockwise/lessons/NAME.json`. */
export function progressFile(context: HistoryPathContext, name: string): string {
	return path.join(path.dirname(historyFilePath(context)), 'lessons', `${name}.json`);
}

/** The saved progress of a lesson, or undefined when there is none (or it cannot be read). */
export async function readProgress(file: string): Promise<LessonProgress | undefined> {
	try {
		const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LessonProgress>;
		return typeof data.stage === 'number' && typeof data.suffix === 'string' && Array.isArray(data.passed)
			? {stage: data.stage, suffix: data.suffix, passed: data.passed.filter(id => typeof id === 'string'), lostFiles: strings(data.lostFiles), reused: strings(data.reused)}
			: undefined;
	} catch {
		return undefined;
	}
}

function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export async function writeProgress(file: string, progress: LessonProgress): Promise<void> {
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	await writeFileAtomic(file, `${JSON.stringify(progress, undefined, '\t')}\n`, {mode: 0o600});
}

export async function forgetProgress(file: string): Promise<void> {
	await rm(file, {force: true});
}
