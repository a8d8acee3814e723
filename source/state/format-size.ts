import type {Lang} from '../i18n/catalogue.js';

const units: Record<Lang, string[]> = {
	en: ['B', 'kB', 'MB', 'GB', 'TB', 'PB'],
	fr: ['o', 'ko', 'Mo', 'Go', 'To', 'Po'],
};

/**
Bytes in decimal units, the way `docker system df` counts them: `24 B`, `1.5 kB`,
`12 MB`; in French `24 o`, `1,5 ko`.
*/
export function formatBytes(bytes: number, lang: Lang): string {
	const names = units[lang];
	let value = Math.max(0, bytes);
	let index = 0;
	while (value >= 1000 && index < names.length - 1) {
		value /= 1000;
		index++;
	}

	let rounded = index === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
	if (rounded >= 1000 && index < names.length - 1) {
		rounded = 1;
		index++;
	}

	const number = lang === 'fr' ? String(rounded).replace('.', ',') : String(rounded);
	return `${number} ${names[index]!}`;
}
