import {isKeptInHistory, redactSecrets} from './redact-secrets.js';

export const defaultHistoryCap = 1000;

/**
Longer lines (a large paste) are not recorded: the file is rewritten on every
line and the list lives in memory, so 1,000 entries of 1 MB would be 1 GB.
*/
export const maxHistoryEntryLength = 64 * 1024;

/**
Adds a submitted line to a history list: blank lines, lines starting with a
space (bash's ignorespace), lines longer than `maxHistoryEntryLength` and a repeat of the newest entry are not recorded,
secret values are replaced by `***` (`redactSecrets`), and the oldest entries
go beyond `cap`. Returns the same array when nothing changes.
*/
export function appendToHistory(entries: readonly string[], typed: string, cap = defaultHistoryCap): readonly string[] {
	if (typed.length > maxHistoryEntryLength || typed.trim() === '' || !isKeptInHistory(typed)) {
		return entries;
	}

	const line = redactSecrets(typed);
	if (entries.at(-1) === line) {
		return entries;
	}

	return capHistory([...entries, line], cap);
}

export function capHistory(entries: readonly string[], cap = defaultHistoryCap): readonly string[] {
	const limit = Math.max(0, Math.floor(cap));
	return entries.length > limit ? entries.slice(entries.length - limit) : entries;
}
