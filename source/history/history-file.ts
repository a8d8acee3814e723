import {mkdir, readFile, rename, stat} from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {serializeHistory} from './history-format.js';

/** 1000 entries of a long command line fit many times over; anything bigger is not a history file. */
export const maxHistoryFileBytes = 16 * 1024 * 1024;

/** Why a history file could not be used: a Node.js error code such as `EACCES`, or one of ours. */
export type FileProblem = 'not-a-file' | 'too-large' | (string & {});

export type HistoryFileContent =
	| {kind: 'missing'}
	/** A character device such as /dev/null: history is kept in memory only, on purpose. */
	| {kind: 'discarded'}
	| {kind: 'content'; content: string}
	| {kind: 'unreadable'; reason: FileProblem};

export async function readHistoryFile(file: string): Promise<HistoryFileContent> {
	try {
		const stats = await stat(file);
		if (stats.isCharacterDevice()) {
			return {kind: 'discarded'};
		}

		if (!stats.isFile()) {
			return {kind: 'unreadable', reason: 'not-a-file'};
		}

		if (stats.size > maxHistoryFileBytes) {
			return {kind: 'unreadable', reason: 'too-large'};
		}

		return {kind: 'content', content: await readFile(file, 'utf8')};
	} catch (error) {
		const reason = errorCode(error);
		return reason === 'ENOENT' ? {kind: 'missing'} : {kind: 'unreadable', reason};
	}
}

/** Replaces the file in one rename (never half written), private to the user: file 0600 in a 0700 directory. */
export async function writeHistoryFile(file: string, entries: readonly string[]): Promise<void> {
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	await writeFileAtomic(file, serializeHistory(entries), {mode: 0o600});
}

/** Moves a damaged file aside (`history.corrupt-<time>-<random>`) and returns its new path. */
export async function moveAsideHistoryFile(file: string, now = new Date()): Promise<string> {
	const stamp = now.toISOString().replaceAll(/[:.]/g, '-');
	// Loaded here, rarely: node:crypto is some twenty modules to load at start-up.
	const {randomBytes} = await import('node:crypto');
	const backup = `${file}.corrupt-${stamp}-${randomBytes(3).toString('hex')}`;
	await rename(file, backup);
	return backup;
}

export function errorCode(error: unknown): string {
	if (error instanceof Error) {
		const {code} = error as NodeJS.ErrnoException;
		return code ?? error.message;
	}

	return String(error);
}
