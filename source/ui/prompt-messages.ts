import {defineCatalogue, type Lang} from '../i18n/catalogue.js';

/** Texts of the prompt. The reverse-search labels follow readline's, which users know. */
export const promptMessages = defineCatalogue({
	en: {
		search: '(reverse-i-search)`{query}\': ',
		searchFailing: '(failing reverse-i-search)`{query}\': ',
	},
	fr: {
		search: '(recherche arrière)`{query}\' : ',
		searchFailing: '(recherche arrière, aucun résultat)`{query}\' : ',
	},
});

const bindingIds = ['complete', 'completeList', 'suggestion', 'character', 'word', 'line', 'deleteBack', 'deleteForward', 'cutLine', 'cutWord', 'cutNextWord', 'yank', 'transpose', 'history', 'search', 'enter', 'newline', 'interrupt', 'eof', 'clear', 'paste'] as const;

const bindingMessages = defineCatalogue({
	en: {
		completeKeys: 'Tab',
		complete: 'complete the word: docker commands, flags, volume, container and image names, --mount keys, host paths, : commands; one candidate is inserted, several give their common start and a list, each explained',
		completeListKeys: 'Tab, Shift-Tab, Esc',
		completeList: 'in the list: next or previous candidate into the line, close it (Enter keeps the candidate without running)',
		suggestionKeys: 'Right, End, Alt-F',
		suggestion: 'at the end of the line, take the dimmed suggestion from history (Alt-F: one word of it)',
		characterKeys: 'Left, Right (Ctrl-B, Ctrl-F)',
		character: 'move one character',
		wordKeys: 'Alt-Left, Alt-Right, Ctrl-Left, Ctrl-Right, Alt-B, Alt-F',
		word: 'move one word (letters and digits)',
		lineKeys: 'Home, End (Ctrl-A, Ctrl-E)',
		line: 'go to the start or end of the line',
		deleteBackKeys: 'Backspace',
		deleteBack: 'delete the character before the cursor',
		deleteForwardKeys: 'Delete',
		deleteForward: 'delete the character under the cursor',
		cutLineKeys: 'Ctrl-U, Ctrl-K',
		cutLine: 'cut to the start, or to the end, of the line',
		cutWordKeys: 'Ctrl-W, Alt-Backspace',
		cutWord: 'cut the previous word: up to a space (Ctrl-W), or letters and digits only (Alt-Backspace)',
		cutNextWordKeys: 'Alt-D, Ctrl-Delete',
		cutNextWord: 'cut the next word',
		yankKeys: 'Ctrl-Y',
		yank: 'paste back what was cut last (consecutive cuts are pasted together)',
		transposeKeys: 'Ctrl-T',
		transpose: 'swap the two characters around the cursor',
		historyKeys: 'Up, Down (Ctrl-P, Ctrl-N)',
		history: 'previous or next command from history; the line being typed comes back at the end. In a multi-line command, move between its lines first',
		searchKeys: 'Ctrl-R',
		search: 'search history backwards: type to narrow, Ctrl-R for an older match, Backspace to go back, Enter to run it, Escape or Ctrl-G to cancel, any other key to edit it',
		enterKeys: 'Enter',
		enter: 'run the command; after a trailing \\ it continues on a new line instead',
		newlineKeys: 'Alt-Enter',
		newline: 'start a new line without running',
		interruptKeys: 'Ctrl-C',
		interrupt: 'clear the line',
		eofKeys: 'Ctrl-D',
		eof: 'on an empty line, quit; otherwise delete the character under the cursor',
		clearKeys: 'Ctrl-L',
		clear: 'clear the screen',
		pasteKeys: 'Paste',
		paste: 'inserted as is; one pasted line ending with a line break runs, several lines wait for Enter',
	},
	fr: {
		completeKeys: 'Tab',
		complete: 'compléter le mot : commandes docker, options, noms de volumes, de containers et d\'images, clés de --mount, chemins de l\'hôte, commandes : ; un seul candidat est inséré, plusieurs donnent leur début commun et une liste, chacun expliqué',
		completeListKeys: 'Tab, Maj-Tab, Échap',
		completeList: 'dans la liste : candidat suivant ou précédent dans la ligne, la fermer (Entrée garde le candidat sans exécuter)',
		suggestionKeys: 'Droite, Fin, Alt-F',
		suggestion: 'en fin de ligne, prendre la suggestion grisée tirée de l\'historique (Alt-F : un mot seulement)',
		characterKeys: 'Gauche, Droite (Ctrl-B, Ctrl-F)',
		character: 'avancer ou reculer d\'un caractère',
		wordKeys: 'Alt-Gauche, Alt-Droite, Ctrl-Gauche, Ctrl-Droite, Alt-B, Alt-F',
		word: 'avancer ou reculer d\'un mot (lettres et chiffres)',
		lineKeys: 'Début, Fin (Ctrl-A, Ctrl-E)',
		line: 'aller au début ou à la fin de la ligne',
		deleteBackKeys: 'Retour arrière',
		deleteBack: 'effacer le caractère avant le curseur',
		deleteForwardKeys: 'Suppr',
		deleteForward: 'effacer le caractère sous le curseur',
		cutLineKeys: 'Ctrl-U, Ctrl-K',
		cutLine: 'couper jusqu\'au début, ou jusqu\'à la fin, de la ligne',
		cutWordKeys: 'Ctrl-W, Alt-Retour arrière',
		cutWord: 'couper le mot précédent : jusqu\'à une espace (Ctrl-W), ou seulement lettres et chiffres (Alt-Retour arrière)',
		cutNextWordKeys: 'Alt-D, Ctrl-Suppr',
		cutNextWord: 'couper le mot suivant',
		yankKeys: 'Ctrl-Y',
		yank: 'recoller le dernier texte coupé (des coupes successives sont recollées ensemble)',
		transposeKeys: 'Ctrl-T',
		transpose: 'échanger les deux caractères autour du curseur',
		historyKeys: 'Haut, Bas (Ctrl-P, Ctrl-N)',
		history: 'commande précédente ou suivante de l\'historique ; la ligne en cours revient à la fin. Dans une commande sur plusieurs lignes, passer d\'abord d\'une ligne à l\'autre',
		searchKeys: 'Ctrl-R',
		search: 'chercher en arrière dans l\'historique : taper pour préciser, Ctrl-R pour un résultat plus ancien, Retour arrière pour revenir, Entrée pour l\'exécuter, Échap ou Ctrl-G pour annuler, toute autre touche pour le modifier',
		enterKeys: 'Entrée',
		enter: 'exécuter la commande ; après un \\ final, elle continue sur une nouvelle ligne',
		newlineKeys: 'Alt-Entrée',
		newline: 'passer à la ligne sans exécuter',
		interruptKeys: 'Ctrl-C',
		interrupt: 'effacer la ligne',
		eofKeys: 'Ctrl-D',
		eof: 'sur une ligne vide, quitter ; sinon effacer le caractère sous le curseur',
		clearKeys: 'Ctrl-L',
		clear: 'effacer l\'écran',
		pasteKeys: 'Coller',
		paste: 'inséré tel quel ; une seule ligne collée qui finit par un retour à la ligne s\'exécute, plusieurs lignes attendent Entrée',
	},
});

export type KeyBinding = {keys: string; description: string};

/** The prompt's key bindings, for `:help` and the README. */
export function keyBindings(lang: Lang): KeyBinding[] {
	const t = bindingMessages(lang);
	return bindingIds.map(id => ({keys: t(`${id}Keys`), description: t(id)}));
}
