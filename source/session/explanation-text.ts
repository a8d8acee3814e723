import chalk, {type ChalkInstance} from 'chalk';
import {layoutExplanation, segmentLooks, type Explanation, type PanelLine} from '../explain/index.js';
import type {Lang} from '../i18n/catalogue.js';
import {replMessages} from '../repl/messages.js';
import {escapeControls} from '../text/escape-controls.js';

export type ExplanationTextOptions = {
	lang: Lang;
	/** Terminal columns: the explanation is laid out for all of them. */
	width: number;
	/** The line explained, for the heading. */
	line: string;
};

/**
The whole explanation of a line, as transcript text (`:explain`, F1): every
word with its parts, errors, warnings and effects, nothing cut, in the panel's colours.
*/
export function formatExplanation(explanation: Explanation, {lang, width, line}: ExplanationTextOptions): string {
	const heading = replMessages(lang)('explainHeading', {line: line.replaceAll(/\s*\\\n\s*/g, ' ').replaceAll('\n', ' ')});
	const lines = layoutExplanation(explanation, {lang, width});
	return `${chalk.bold(escapeControls(heading))}\n${lines.map(panelLine => paint(panelLine)).join('\n')}\n`;
}

function paint(line: PanelLine): string {
	return line.map(({text, style}) => {
		const look = segmentLooks[style];
		let brush: ChalkInstance = chalk;
		if (look.color) {
			brush = brush[look.color];
		}

		if (look.bold) {
			brush = brush.bold;
		}

		if (look.inverse) {
			brush = brush.inverse;
		}

		const safe = escapeControls(text);
		return text.trim() === '' ? safe : brush(safe);
	}).join('').trimEnd();
}
