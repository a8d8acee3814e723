import type {Token} from '../line/tokenize.js';

export type Span = {start: number; end: number};

const doubleQuoteEscapable = new Set(['$', '`', '"', '\\', '\n']);

/**
Where each character of `token.value` was typed in the line: quotes and
backslashes are skipped, and the characters an expansion (`$HOME`, `~`)
produced all map to the expansion's text. Undefined when the word cannot be
mapped back (it holds something the tokenizer reported as a problem).
*/
export function valueCharSpans(token: Token): Span[] | undefined {
	const spans: Span[] = [];
	const {raw, start} = token;
	const expansions = new Map(token.expansions.map(expansion => [expansion.start - start, expansion]));
	let quote: '\'' | '"' | undefined;
	let index = 0;
	let rebuilt = '';

	const take = (text: string, from: number, to: number) => {
		rebuilt += text;
		for (let offset = 0; offset < text.length; offset++) {
			spans.push({start: start + from, end: start + to});
		}
	};

	while (index < raw.length) {
		const character = raw[index]!;
		const expansion = quote === '\'' ? undefined : expansions.get(index);
		if (expansion) {
			const end = expansion.end - start;
			take(expansion.value ?? '', index, end);
			index = end;
			continue;
		}

		if (quote === '\'') {
			if (character === '\'') {
				quote = undefined;
			} else {
				take(character, index, index + 1);
			}

			index++;
			continue;
		}

		if (quote === '"') {
			if (character === '"') {
				quote = undefined;
				index++;
			} else if (character === '\\' && doubleQuoteEscapable.has(raw[index + 1] ?? '')) {
				if (raw[index + 1] !== '\n') {
					take(raw[index + 1]!, index, index + 2);
				}

				index += 2;
			} else {
				take(character, index, index + 1);
				index++;
			}

			continue;
		}

		if (character === '\'' || character === '"') {
			quote = character;
			index++;
		} else if (character === '\\') {
			if (raw[index + 1] !== '\n' && index + 1 < raw.length) {
				take(raw[index + 1]!, index, index + 2);
			}

			index += 2;
		} else {
			take(character, index, index + 1);
			index++;
		}
	}

	return rebuilt === token.value ? spans : undefined;
}

/** The line span of `value.slice(from, to)`; for an empty range, the point where it would be. */
export function spanOf(spans: Span[], from: number, to: number, fallback: Span): Span {
	if (to > from) {
		const first = spans[from];
		const last = spans[to - 1];
		return first && last ? {start: first.start, end: last.end} : fallback;
	}

	const before = spans[from - 1];
	const at = spans[from];
	if (at) {
		return {start: at.start, end: at.start};
	}

	return before ? {start: before.end, end: before.end} : fallback;
}
