import type {Lang} from '../i18n/catalogue.js';
import {escapeControls} from '../text/escape-controls.js';
import {completeMessages} from './messages.js';
import type {CompletionMenu} from './prompt-keys.js';

export type MenuRow = {
	label: string;
	description: string;
	selected: boolean;
	/** The "N more" line. */
	more?: boolean;
};

/** Most rows the list takes, whatever room there is. */
export const maxMenuRows = 8;

// The prompt draws its suggestion with it too.

/**
The rows of the list under the prompt, at most `maxRows`: a window that keeps
the chosen candidate in sight, and a last row saying how many are not shown.
*/
export function menuRows(menu: CompletionMenu, maxRows: number, lang: Lang): MenuRow[] {
	const rows = Math.min(maxRows, maxMenuRows);
	const {candidates} = menu.completion;
	if (rows <= 0) {
		return [];
	}

	const fits = candidates.length <= rows;
	const shown = fits ? candidates.length : Math.max(1, rows - 1);
	const selected = menu.selected ?? 0;
	const first = fits ? 0 : Math.min(Math.max(0, selected - shown + 1), candidates.length - shown);
	const list: MenuRow[] = candidates.slice(first, first + shown).map((candidate, index) => ({
		label: escapeControls(candidate.value),
		description: escapeControls(candidate.description),
		selected: menu.selected === first + index,
	}));
	if (!fits && rows > 1) {
		list.push({label: '', description: completeMessages(lang)('menuMore', {count: candidates.length - shown}), selected: false, more: true});
	}

	return list;
}
