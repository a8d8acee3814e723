import chalk from 'chalk';
import type {OutcomeSummary} from '../repl/outcome.js';
import {escapeControls} from '../text/escape-controls.js';

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

export function formatOutcome(summary: OutcomeSummary): string {
	const [first = '', ...rest] = summary.lines.map(line => safe(line));
	const mark = summary.ok ? chalk.green('✓') : chalk.red('✗');
	return [`${mark} ${chalk.dim(first)}`, ...rest.map(line => chalk.yellow(line))].join('\n') + '\n';
}

export type MessageLevel = 'info' | 'warning' | 'error';

export function formatMessage(lines: readonly string[], level: MessageLevel): string {
	const paint = level === 'error' ? chalk.red : (level === 'warning' ? chalk.yellow : (text: string) => text);
	return lines.map(line => paint(safe(line))).join('\n') + '\n';
}

/** What a command changed on the engine, in plain words, below its outcome. */
/** The one dim line about what others changed meanwhile. */
export function formatElsewhere(line: string): string {
	return `${chalk.dim(`◇ ${line}`)}\n`;
}

export function formatNarration(lines: readonly string[]): string {
	return lines.map(line => `${chalk.cyan('◆')} ${safe(line)}`).join('\n') + '\n';
}
