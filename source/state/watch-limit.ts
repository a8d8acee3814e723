/**
The containers to stop watching so that at most `limit` are watched: the
oldest first (a Set keeps insertion order).
*/
export function overWatchLimit(watched: Iterable<string>, limit: number): string[] {
	const all = [...watched];
	return all.slice(0, Math.max(0, all.length - limit));
}
