export const defaultHistoryCap = 1000;

/**
Adds a submitted line to a history list: blank lines and a repeat of the
newest entry are not recorded, and the oldest entries go beyond `cap`.
Returns the same array when nothing changes.
*/
export function appendToHistory(entries: readonly string[], line: string, cap = defaultHistoryCap): readonly string[] {
	if (line.trim() === '' || entries.at(-1) === line) {
		return entries;
	}

	return capHistory([...entries, line], cap);
}

export function capHistory(entries: readonly string[], cap = defaultHistoryCap): readonly string[] {
	const limit = Math.max(0, Math.floor(cap));
	return entries.length > limit ? entries.slice(entries.length - limit) : entries;
}
