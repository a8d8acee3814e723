import {defineCatalogue, type Lang} from '../i18n/catalogue.js';

const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

const sizeMessages = defineCatalogue({
	en: {'decimal-mark': '.', 'B': 'B', 'kB': 'kB', 'MB': 'MB', 'GB': 'GB', 'TB': 'TB', 'PB': 'PB'},
	fr: {'decimal-mark': ',', 'B': 'o', 'kB': 'ko', 'MB': 'Mo', 'GB': 'Go', 'TB': 'To', 'PB': 'Po'},
});

/**
Bytes in decimal units, the way `docker system df` counts them: `24 B`, `1.5 kB`,
`12 MB`; in French `24 o`, `1,5 ko`.
*/
export function formatBytes(bytes: number, lang: Lang): string {
	const t = sizeMessages(lang);
	let value = Math.max(0, bytes);
	let index = 0;
	while (value >= 1000 && index < units.length - 1) {
		value /= 1000;
		index++;
	}

	let rounded = index === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
	if (rounded >= 1000 && index < units.length - 1) {
		rounded = 1;
		index++;
	}

	return `${String(rounded).replace('.', t('decimal-mark'))} ${t(units[index]!)}`;
}
