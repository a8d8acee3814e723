import chalk from 'chalk';
import wrapAnsi from 'wrap-ansi';

/**
A demo's caption in the transcript: set apart by a blank line and a bar on
each row, wrapped to the terminal so the bar starts every row.
*/
export function formatCaption(text: string, columns: number): string {
	const width = Math.max(20, columns - 3);
	const rows = text.split('\n').flatMap(line => wrapAnsi(line, width, {hard: true, trim: true}).split('\n'));
	return `\n${rows.map(row => `${chalk.magenta('▍')} ${chalk.bold(row)}`).join('\n')}\n\n`;
}
