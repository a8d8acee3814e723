import chalk from 'chalk';
import type {OutcomeSummary} from '../repl/outcome.js';
import {escapeControls} from '../text/escape-controls.js';
import {wrapHanging} from '../text/wrap-text.js';

/** Every line drawn here may quote the engine (names, file names, docker's errors): no control byte reaches the terminal. */
const safe = (text: string) => escapeControls(text, {keepNewlines: true});

/**
Text written above the live area, once, as the transcript grows. It is plain
text with colour codes, not Ink elements: Ink keeps every <Static> item in
memory for the whole session, and a REPL may print millions of lines.
*/
export function formatEcho(prompt: string, line: string): string {
	const [first = '', ...rest] = safe(line).split('\n');
	return [chalk.bold.cyan(prompt) + chalk.bold(first), ...rest.map(more => chalk.bold.cyan('> ') + chalk.bold(more))].join('\n') + '\n';
}

export function formatOutcome(summary: OutcomeSummary, width?: number): string {
	const [first = '', ...rest] = summary.lines.map(line => safe(line));
	const mark = summary.ok ? chalk.green('✓') : chalk.red('✗');
	return [`${mark} ${chalk.dim(wrapHanging(first, width ? width - 2 : undefined, 0).replaceAll('\n', '\n  '))}`, ...rest.map(line => chalk.yellow(wrapHanging(line, width)))].join('\n') + '\n';
}

export type MessageLevel = 'info' | 'warning' | 'error';

/** `width`: the terminal's columns, to wrap each line at with a hanging indent (none: as is). */
export function formatMessage(lines: readonly string[], level: MessageLevel, width?: number): string {
	const paint = level === 'error' ? chalk.red : (level === 'warning' ? chalk.yellow : (text: string) => text);
	return lines.map(line => paint(wrapHanging(safe(line), width))).join('\n') + '\n';
}

/** What a command changed on the engine, in plain words, below its outcome. */
/** The one dim line about what others changed meanwhile. */
export function formatElsewhere(line: string, width?: number): string {
	return `${chalk.dim(wrapHanging(`◇ ${line}`, width))}\n`;
}

export function formatNarration(lines: readonly string[], width?: number): string {
	return lines.map(line => wrapHanging(`◆ ${safe(line)}`, width).replace('◆', chalk.cyan('◆'))).join('\n') + '\n';
}
