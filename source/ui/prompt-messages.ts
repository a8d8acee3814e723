import {defineCatalogue} from '../i18n/catalogue.js';
import {formatCount} from '../i18n/format-count.js';
import type {Lang} from '../i18n/catalogue.js';
import type {PendingPaste} from '../editor/editor-state.js';
import {defaultMaxPasteLength} from '../editor/decode-keys.js';
import {formatBytes} from '../state/format-size.js';

/** Texts of the prompt. The reverse-search labels follow readline's, which users know. */
export const promptMessages = defineCatalogue({
	en: {
		search: '(reverse-i-search)`{query}\': ',
		searchFailing: '(failing reverse-i-search)`{query}\': ',
		linesAbove: ({count}) => `⋮ ${formatCount(count, 'en')} more line${count === 1 ? '' : 's'} above`,
		linesBelow: ({count}) => `⋮ ${formatCount(count, 'en')} more line${count === 1 ? '' : 's'} below`,
		pasteQuestion: ({size, lines, commands}) => Number(commands) > 1
			? `Paste ${size} (${formatCount(lines, 'en')} lines)? Enter would then run its ${formatCount(commands, 'en')} commands, one after the other. [y/N]`
			: `Paste ${size} (${formatCount(lines, 'en')} line${Number(lines) === 1 ? '' : 's'}, ${Number(commands) === 1 ? 'one command' : 'no command'})? [y/N]`,
		pasteDropped: ({size, lines, limit}) => `Paste of ${size} (${formatCount(lines, 'en')} line${Number(lines) === 1 ? '' : 's'}) ignored: dockwise takes at most ${limit} at once. Press a key.`,
	},
	fr: {
		search: '(recherche arrière)`{query}\' : ',
		searchFailing: '(recherche arrière, aucun résultat)`{query}\' : ',
		linesAbove: ({count}) => `⋮ ${formatCount(count, 'fr')} ligne${Number(count) > 1 ? 's' : ''} de plus au-dessus`,
		linesBelow: ({count}) => `⋮ ${formatCount(count, 'fr')} ligne${Number(count) > 1 ? 's' : ''} de plus en dessous`,
		pasteQuestion: ({size, lines, commands}) => Number(commands) > 1
			? `Coller ${size} (${formatCount(lines, 'fr')} lignes) ? Entrée lancerait ensuite ses ${formatCount(commands, 'fr')} commandes, l’une après l’autre. [o/N]`
			: `Coller ${size} (${formatCount(lines, 'fr')} ligne${Number(lines) > 1 ? 's' : ''}, ${Number(commands) === 1 ? 'une commande' : 'aucune commande'}) ? [o/N]`,
		pasteDropped: ({size, lines, limit}) => `Collage de ${size} (${formatCount(lines, 'fr')} ligne${Number(lines) > 1 ? 's' : ''}) ignoré : dockwise prend au plus ${limit} d’un coup. Appuyez sur une touche.`,
	},
});

/** The question (or the notice) under the prompt after a long paste. */
export function pasteQuestion(pending: PendingPaste, lang: Lang): string {
	const t = promptMessages(lang);
	const size = formatBytes(pending.bytes, lang);
	return pending.dropped
		? t('pasteDropped', {size, lines: pending.lines, limit: formatBytes(defaultMaxPasteLength, lang)})
		: t('pasteQuestion', {size, lines: pending.lines, commands: pending.commands});
}
