import {keys, ReplTerminal} from './pty.js';

/** The prompt of the busybox shell in `alpine:latest`. */
export const shellPrompt = '/ #';

/** Starts the built REPL in a pty and waits for the prompt and the engine's version in the status bar. */
export async function startRepl(options?: Parameters<typeof ReplTerminal.start>[0]): Promise<ReplTerminal> {
	const terminal = ReplTerminal.start(options);
	try {
		await terminal.waitFor('dockwise>');
		await terminal.waitFor(/engine \d+\.\d+/);
	} catch (error) {
		await terminal.stop();
		throw error;
	}

	return terminal;
}

/** Types a line (in one write: typing itself is tested by `terminal.type`), then presses Enter. */
export async function submit(terminal: ReplTerminal, line: string, {prompt}: {prompt?: string} = {}): Promise<void> {
	await terminal.typeLine(line, prompt ? {prompt} : {});
	terminal.press(keys.enter);
}

/** Waits for the REPL's empty prompt: the last command is done. */
export async function waitForIdlePrompt(terminal: ReplTerminal, {timeout}: {timeout?: number} = {}): Promise<void> {
	await terminal.waitFor(/^dockwise>\s*$/m, timeout ? {timeout} : {});
}

/** Runs one command in the container shell that owns the terminal, and waits for its prompt to come back. */
/** Until the panel has read the engine's state (English): before it, the guard cannot check and asks at once, and containers are not known. */
export async function waitForEngineState(terminal: ReplTerminal): Promise<void> {
	await terminal.waitFor(text => /^Volumes {2}/m.test(text) && !text.includes('reading the engine'), {timeout: 60_000});
}

export async function inShell(terminal: ReplTerminal, command: string): Promise<void> {
	const promptsBefore = countPrompts(terminal.transcript());
	await submit(terminal, command, {prompt: shellPrompt});
	await terminal.waitFor(text => countPrompts(text) > promptsBefore, {where: 'transcript'});
}

/** Clears the line being typed (the cursor may be anywhere in it). */
export function clearLine(terminal: ReplTerminal): void {
	terminal.press(keys.ctrlE);
	terminal.press(keys.ctrlU);
}

/** The "what changed" lines (`◆ …`) of the transcript that mention `name`, marker removed. */
export function narrationAbout(terminal: ReplTerminal, name: string): string[] {
	return terminal.transcript().split('\n')
		.filter(line => line.startsWith('◆ ') && line.includes(name))
		.map(line => line.slice(2).trimEnd());
}

/**
What a command printed: the transcript lines after the last echo of `command`
at the REPL's prompt, up to the next prompt.
*/
export function outputOf(terminal: ReplTerminal, command: string): string {
	const lines = terminal.transcript().split('\n');
	const echo = lines.findLastIndex(line => line.trimEnd() === `dockwise> ${command}`);
	if (echo === -1) {
		return '';
	}

	const next = lines.findIndex((line, index) => index > echo && line.startsWith('dockwise>'));
	return lines.slice(echo + 1, next === -1 ? undefined : next).join('\n');
}

function countPrompts(text: string): number {
	return text.split('\n').filter(line => line.startsWith(`${shellPrompt} `) || line === shellPrompt).length;
}
