import type {Candidate, Completion, Quote} from './types.js';

/** Characters a shell would read specially in an unquoted word. */
const unquotedSpecial = /[\s"'\\$`|&;<>()*?[\]#!{}]/g;

/** `text` written so that, typed inside `quote` (or unquoted), it reads back as itself. */
export function escapeFor(text: string, quote: Quote | undefined): string {
	if (quote === '\'') {
		return text.replaceAll('\'', '\'\\\'\'');
	}

	if (quote === '"') {
		return text.replaceAll(/["\\$`]/g, character => `\\${character}`);
	}

	return text.replaceAll(unquotedSpecial, character => `\\${character}`);
}

/**
The text to type at the cursor to turn the prefix into `value`. `final` adds
the candidate's suffix (closing the quote first when the suffix ends the
word), unless the line already has it right after the cursor.
*/
export function insertionText(completion: Pick<Completion, 'prefix' | 'quote'>, value: string, suffix: string, {final, after}: {final: boolean; after: string}): string {
	const rest = escapeFor(value.slice(completion.prefix.length), completion.quote);
	if (!final || suffix === '') {
		return rest;
	}

	const closing = suffix === ' ' && completion.quote ? completion.quote : '';
	if (after.startsWith(closing + suffix) || (suffix === ' ' && closing === '' && /^\s/.test(after))) {
		return rest;
	}

	return rest + closing + suffix;
}

/** The longest start every candidate shares. */
export function commonPrefix(candidates: readonly Candidate[]): string {
	const first = candidates[0]?.value ?? '';
	let length = first.length;
	for (const candidate of candidates.slice(1)) {
		let shared = 0;
		while (shared < length && candidate.value[shared] === first[shared]) {
			shared++;
		}

		length = shared;
	}

	// Never cut a surrogate pair in two.
	if (length > 0 && /[\uD800-\uDBFF]/.test(first[length - 1] ?? '')) {
		length--;
	}

	return first.slice(0, length);
}
