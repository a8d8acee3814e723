import {defineCatalogue, type MessageParams} from '../i18n/catalogue.js';

const list = (params: MessageParams) => String(params['modes'] ?? '');

/** What dockwise says about a command's effect on the terminal itself. */
export const terminalMessages = defineCatalogue({
	en: {
		'modes-restored': params => `The command changed terminal settings (${list(params)}); dockwise set them back.`,
		'osc-stripped': params => `Removed ${String(params['count'])} title or clipboard sequence(s) from the output (--strip-osc).`,
		'bracketed-paste': 'bracketed paste',
		cursor: 'cursor visibility',
		keypad: 'keypad mode',
		mouse: 'mouse reporting',
		'alt-screen': 'alternate screen',
	},
	fr: {
		'modes-restored': params => `La commande a changé des réglages du terminal (${list(params)}) ; dockwise les a rétablis.`,
		'osc-stripped': params => `${String(params['count'])} séquence(s) de titre ou de presse-papiers retirée(s) de la sortie (--strip-osc).`,
		'bracketed-paste': 'collage délimité',
		cursor: 'visibilité du curseur',
		keypad: 'mode du pavé',
		mouse: 'suivi de la souris',
		'alt-screen': 'écran alternatif',
	},
});
