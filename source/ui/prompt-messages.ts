import {defineCatalogue} from '../i18n/catalogue.js';

/** Texts of the prompt. The reverse-search labels follow readline's, which users know. */
export const promptMessages = defineCatalogue({
	en: {
		search: '(reverse-i-search)`{query}\': ',
		searchFailing: '(failing reverse-i-search)`{query}\': ',
	},
	fr: {
		search: '(recherche arrière)`{query}\' : ',
		searchFailing: '(recherche arrière, aucun résultat)`{query}\' : ',
	},
});
