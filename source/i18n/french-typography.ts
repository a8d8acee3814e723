/**
French typography as dockwise writes it: a no-break space (U+00A0, the only
one used) before `: ; ! ?` and inside « », and one apostrophe, ’. A `:` or `!`
glued to a word (`:quit`, `vol:/data`, `!ls`) is code, not punctuation.
*/
export const frenchSpace = '\u00A0';

export type TypographyProblem = {index: number; text: string; rule: 'space-before' | 'guillemets' | 'apostrophe'};

/** Punctuation that takes a no-break space before it, when it is punctuation: followed by a blank or the end. */
const highPunctuation = /(?<before>.?)(?<mark>[:;!?])(?=\s|$|»|\)|\.\.\.)/gu;

/** The places where `text` breaks the rules above. Pure; used by the catalogue test and the fixer. */
export function frenchTypographyProblems(text: string): TypographyProblem[] {
	const problems: TypographyProblem[] = [];
	for (const match of text.matchAll(highPunctuation)) {
		const before = match.groups!['before']!;
		// `?!`, `!!`: one space before the first mark only; a mark at the start of a line is code (`:quit`).
		if (before === frenchSpace || before === '' || before === '\n' || /[:;!?]/.test(before)) {
			continue;
		}

		problems.push({index: match.index + before.length, text: context(text, match.index), rule: 'space-before'});
	}

	for (const match of text.matchAll(/«(?!\u00A0)|(?<!\u00A0)»/gu)) {
		problems.push({index: match.index, text: context(text, match.index), rule: 'guillemets'});
	}

	for (const match of text.matchAll(/(?<=\p{L})'(?=\p{L})/gu)) {
		problems.push({index: match.index, text: context(text, match.index), rule: 'apostrophe'});
	}

	return problems.sort((a, b) => a.index - b.index);
}

/** The same text with those problems fixed. */
export function fixFrenchTypography(text: string): string {
	return text
		.replaceAll(highPunctuation, (whole, before: string, mark: string) => {
			if (before === frenchSpace || before === '' || before === '\n' || /[:;!?]/.test(before)) {
				return whole;
			}

			return before === ' ' ? `${frenchSpace}${mark}` : `${before}${frenchSpace}${mark}`;
		})
		.replaceAll(/«[ ]?(?!\u00A0)/gu, `«${frenchSpace}`)
		.replaceAll(/(?<!\u00A0)[ ]?»/gu, `${frenchSpace}»`)
		.replaceAll(/(?<=\p{L})'(?=\p{L})/gu, '’');
}

function context(text: string, index: number): string {
	return text.slice(Math.max(0, index - 20), index + 20);
}
