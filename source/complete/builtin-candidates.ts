import {builtins, findBuiltin} from '../repl/builtins.js';
import {replMessages} from '../repl/messages.js';
import type {Lang} from '../i18n/catalogue.js';
import {volumeCandidates} from './engine-candidates.js';
import type {CompleteTranslate} from './messages.js';
import type {Candidate, CompletionSources} from './types.js';

type Context = {lang: Lang; t: CompleteTranslate; sources: CompletionSources};

/** `:name` commands starting with `prefix` (which starts with `:`); aliases only when no name matches. */
export function builtinNameCandidates(prefix: string, {lang}: Context): Candidate[] {
	const r = replMessages(lang);
	const typed = prefix.slice(1).toLowerCase();
	const names = builtins.filter(builtin => builtin.name.startsWith(typed));
	const chosen = names.length > 0 ? names.map(builtin => ({word: builtin.name, builtin})) : builtins.flatMap(builtin => (builtin.aliases as readonly string[]).filter(alias => alias.startsWith(typed)).map(word => ({word, builtin})));
	return chosen.map(({word, builtin}) => ({value: `:${word}`, suffix: ' ', description: `${builtin.usage}  ${r(builtin.summary)}`}));
}

/** Arguments of a `:name` command: its argument number `index` starting with `prefix`. */
export function builtinArgumentCandidates(name: string, index: number, prefix: string, {lang, t, sources}: Context): Candidate[] {
	const fixed = (values: ReadonlyArray<[string, string]>) => values
		.filter(([value]) => value.startsWith(prefix))
		.map(([value, description]) => ({value, suffix: ' ', description}));
	const builtin = findBuiltin(name) ?? name.toLowerCase();
	switch (builtin) {
		case 'lang': {
			return index === 0 ? fixed([['en', t('langEn')], ['fr', t('langFr')]]) : [];
		}

		case 'panel': {
			if (index === 0) {
				return fixed([['explain', t('panelExplain')], ['volumes', t('panelVolumes')]]);
			}

			return index === 1 ? fixed([['on', t('panelOn')], ['off', t('panelOff')]]) : [];
		}

		case 'state': {
			return index === 0 ? fixed([['--json', t('stateJson')]]) : [];
		}

		case 'volume': {
			return index === 0 ? volumeCandidates(sources.docker, prefix, ' ', {lang, t}) : [];
		}

		case 'learn': {
			return index === 0 ? fixed((sources.lessons ?? []).map(lesson => [lesson, t('lesson')])) : [];
		}

		default: {
			return [];
		}
	}
}
