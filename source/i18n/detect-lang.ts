import {isLang, type Lang} from './catalogue.js';

/**
Picks the interface language: an explicit choice wins, then DOCKWISE_LANG, then
the POSIX locale variables in their order of precedence. Anything not French is English.
*/
export function detectLang(env: Readonly<Record<string, string | undefined>>, explicit?: string): Lang {
	for (const candidate of [explicit, env['DOCKWISE_LANG'], env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]) {
		if (!candidate) {
			continue;
		}

		const code = candidate.toLowerCase().slice(0, 2);
		return isLang(code) ? code : 'en';
	}

	return 'en';
}
