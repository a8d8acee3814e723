import type {Lang} from './catalogue.js';

const formats: Record<Lang, Intl.NumberFormat> = {
	en: new Intl.NumberFormat('en'),
	fr: new Intl.NumberFormat('fr'),
};

/** A count with the language's digit grouping: `3,214` in English, `3 214` (narrow no-break space) in French. */
export function formatCount(count: number | string | undefined, lang: Lang): string {
	return formats[lang].format(Number(count ?? 0));
}
