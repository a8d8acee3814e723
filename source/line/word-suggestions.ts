import {closest, distance} from 'fastest-levenshtein';

/** The known word a mistyped one most likely meant: close enough to be a typo, or nothing. */
export function closestWord(word: string, known: Iterable<string>): string | undefined {
	const lower = word.toLowerCase();
	const candidate = closest(lower, [...known]) as string | undefined;
	return candidate && distance(lower, candidate) <= Math.max(1, Math.floor(candidate.length / 3)) ? candidate : undefined;
}

/** The known words that start with what is typed so far (the word being typed), in order. */
export function wordsStartingWith(prefix: string, known: Iterable<string>, limit = 4): string[] {
	if (prefix === '') {
		return [];
	}

	return [...known].filter(word => word.startsWith(prefix) && word !== prefix).sort().slice(0, limit);
}
