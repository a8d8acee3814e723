import {guardMessages} from '../guard/messages.js';
import type {Lang} from '../i18n/catalogue.js';

/**
What became of lines typed ahead that will not run (the user answered no to a
loss question, or pressed Ctrl-C): each is named, never dropped in silence.
Empty when nothing was waiting.
*/
export function droppedLinesMessage(lines: readonly string[], reason: 'declined' | 'interrupted', lang: Lang): string[] {
	const waiting = lines.filter(line => line.trim() !== '');
	if (waiting.length === 0) {
		return [];
	}

	return [guardMessages(lang)(reason === 'declined' ? 'not-run-declined' : 'not-run-interrupted', {lines: waiting.map(line => `‘${line.trim()}’`).join(', ')})];
}
