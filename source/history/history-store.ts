import os from 'node:os';
import {readHistoryFile, writeHistoryFile, moveAsideHistoryFile, errorCode, type FileProblem} from './history-file.js';
import {parseHistory} from './history-format.js';
import {appendToHistory, capHistory, defaultHistoryCap} from './history-list.js';
import {historyFilePath} from './history-path.js';

export type HistoryWarning =
	/** Some lines of the file could not be read; the readable entries were kept. */
	| {kind: 'damaged'; file: string; badLines: number; kept: number}
	/** The file exists but cannot be read: history is not saved this session, so the file is left alone. */
	| {kind: 'unreadable'; file: string; reason: FileProblem}
	/** A damaged file was moved aside before being replaced. */
	| {kind: 'moved-aside'; file: string; backup: string}
	| {kind: 'not-saved'; file: string; reason: FileProblem};

export type HistoryStore = {
	/** The file the history is saved to; undefined for an in-memory history. */
	readonly file: string | undefined;
	/** Entries, oldest first. The array is replaced, never mutated, so it can be compared by reference. */
	entries(): readonly string[];
	/**
	Records a submitted line (blank lines and repeats of the newest entry are not).
	The in-memory list changes at once; the file is written in the background.
	Never rejects: resolves with a warning the first time saving goes wrong, and
	when a damaged file has been moved aside.
	*/
	append(line: string): Promise<HistoryWarning | undefined>;
	/** Resolves once every pending write is done. */
	flush(): Promise<void>;
};

export type OpenHistoryOptions = {
	/** Defaults to `historyFilePath` of `env` and `home`. */
	file?: string;
	env?: Readonly<Record<string, string | undefined>>;
	home?: string;
	/** Most entries kept, in memory and on disk. Default 1000. */
	cap?: number;
};

export type OpenedHistory = {
	history: HistoryStore;
	/** Something to tell the user once, at start-up. */
	warning?: HistoryWarning;
};

/** A history that lives only as long as the process: for tests and piped input. */
export function createMemoryHistory(initial: readonly string[] = [], {cap = defaultHistoryCap}: {cap?: number} = {}): HistoryStore {
	let entries = capHistory(initial, cap);
	return {
		file: undefined,
		entries: () => entries,
		async append(line) {
			entries = appendToHistory(entries, line, cap);
			return Promise.resolve(undefined);
		},
		async flush() {
			// Nothing is ever pending.
		},
	};
}

/**
Loads the history file and returns a store that saves every new entry. Never
throws: a missing file is an empty history, a damaged one keeps its readable
lines (and is moved aside before the first save), an unreadable one gives an
in-memory history and a warning.

Each save re-reads the file and adds the new line to what is there, so two
dockwise sessions sharing a file keep each other's lines; only writes landing
in the same few milliseconds can lose one.
*/
export async function openHistory(options: OpenHistoryOptions = {}): Promise<OpenedHistory> {
	const cap = options.cap ?? defaultHistoryCap;
	const file = options.file ?? historyFilePath({env: options.env ?? process.env, home: options.home ?? os.homedir()});
	const loaded = await readHistoryFile(file);

	let entries: readonly string[] = [];
	let saving = loaded.kind === 'missing' || loaded.kind === 'content';
	let warning: HistoryWarning | undefined;
	if (loaded.kind === 'content') {
		const parsed = parseHistory(loaded.content);
		entries = capHistory(parsed.entries, cap);
		if (parsed.badLines > 0) {
			warning = {kind: 'damaged', file, badLines: parsed.badLines, kept: entries.length};
		}
	} else if (loaded.kind === 'unreadable') {
		warning = {kind: 'unreadable', file, reason: loaded.reason};
	}

	let warnedNotSaved = false;
	const notSaved = (reason: FileProblem): HistoryWarning | undefined => {
		if (warnedNotSaved) {
			return undefined;
		}

		warnedNotSaved = true;
		return {kind: 'not-saved', file, reason};
	};

	const save = async (line: string): Promise<HistoryWarning | undefined> => {
		const current = await readHistoryFile(file);
		if (current.kind === 'discarded') {
			return undefined;
		}

		if (current.kind === 'unreadable') {
			saving = false;
			return notSaved(current.reason);
		}

		let onDisk: readonly string[] = [];
		let movedAside: HistoryWarning | undefined;
		if (current.kind === 'content') {
			const parsed = parseHistory(current.content);
			onDisk = parsed.entries;
			if (parsed.badLines > 0) {
				// Never overwrite what we could not read without keeping it.
				movedAside = {kind: 'moved-aside', file, backup: await moveAsideHistoryFile(file)};
			}
		}

		await writeHistoryFile(file, appendToHistory(onDisk, line, cap));
		return movedAside;
	};

	let queue: Promise<unknown> = Promise.resolve();
	const history: HistoryStore = {
		file,
		entries: () => entries,
		async append(line) {
			const next = appendToHistory(entries, line, cap);
			if (next === entries) {
				return undefined;
			}

			entries = next;
			if (!saving) {
				return undefined;
			}

			// What is saved is the entry as recorded: secret values already replaced.
			const recorded = next.at(-1)!;
			const saved = queue.then(async () => save(recorded)).catch((error: unknown) => notSaved(errorCode(error)));
			queue = saved;
			return saved;
		},
		async flush() {
			await queue;
		},
	};

	return warning ? {history, warning} : {history};
}
