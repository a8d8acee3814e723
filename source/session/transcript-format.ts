import chalk from 'chalk';
import type {OutcomeSummary} from '../repl/outcome.js';

/**
Text written above the live area, once, as the transcript grows. It is plain
text with colour codes, not Ink elements: Ink keeps every <Static> item in
memory for the whole session, and a REPL may print millions of lines.
*/
export function formatEcho(prompt: string, line: string): string {
	const [first = '', ...rest] = line.split('\n');
	return [chalk.bold.cyan(prompt) + chalk.bold(first), ...rest.map(more => chalk.bold.cyan('> ') + chalk.bold(more))].join('\n') + '\n';
}

export function formatOutcome(summary: OutcomeSummary): string {
	const [first = '', ...rest] = summary.lines;
	const mark = summary.ok ? chalk.green('✓') : chalk.red('✗');
	return [`${mark} ${chalk.dim(first)}`, ...rest.map(line => chalk.yellow(line))].join('\n') + '\n';
}

export type MessageLevel = 'info' | 'warning' | 'error';

export function formatMessage(lines: readonly string[], level: MessageLevel): string {
	const paint = level === 'error' ? chalk.red : (level === 'warning' ? chalk.yellow : (text: string) => text);
	return lines.map(line => paint(line)).join('\n') + '\n';
}

/** What a command changed on the engine, in plain words, below its outcome. */
/** The one dim line about what others changed meanwhile. */
export function formatElsewhere(line: string): string {
	return `${chalk.dim(`◇ ${line}`)}\n`;
}

export function formatNarration(lines: readonly string[]): string {
	return lines.map(line => `${chalk.cyan('◆')} ${line}`).join('\n') + '\n';
}
