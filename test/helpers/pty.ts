import {chownSync, mkdtempSync, rmSync} from 'node:fs';
import stringWidth from 'string-width';
import {tmpdir} from 'node:os';
import path from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {liveLayout} from '../../source/ui/live-layout.js';
import {repositoryRoot} from './repository.js';

export const dockwiseBin = path.join(repositoryRoot, 'bin/dockwise.js');

export const keys = {
	enter: '\r',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	ctrlA: '\u0001',
	ctrlE: '\u0005',
	ctrlU: '\u0015',
	ctrlR: '\u0012',
	up: '\u001B[A',
	down: '\u001B[B',
	left: '\u001B[D',
	right: '\u001B[C',
	backspace: '\u007F',
	escape: '\u001B',
	f1: '\u001BOP',
	f2: '\u001BOQ',
	f3: '\u001BOR',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	altUp: '\u001B[1;3A',
	altDown: '\u001B[1;3B',
} as const;

type StartOptions = {
	args?: string[];
	env?: Record<string, string>;
	cols?: number;
	rows?: number;
	/** Run as another user (the test must run as root); its state folder is given to that user. */
	user?: {uid: number; gid: number};
	/** Another dockwise than this checkout's build (an installed package), run with this node. */
	bin?: string;
	/** Working directory (default: this checkout). */
	cwd?: string;
};

/**
The built dockwise running in a real pseudo-terminal, its screen read through
a headless xterm. Ink renders live only when CI is false, so the child gets
CI=false whatever the test runner's environment says.
*/
export class ReplTerminal {
	static start({args = [], env = {}, cols = 100, rows = 30, user, bin = dockwiseBin, cwd = repositoryRoot}: StartOptions = {}): ReplTerminal {
		return new ReplTerminal([bin, ...args], env, cols, rows, user, cwd);
	}

	readonly stateDirectory: string;
	readonly exited: Promise<{exitCode: number; signal?: number}>;
	private readonly terminal: xterm.Terminal;
	private readonly process: pty.IPty;
	private pendingWrites = 0;
	private raw = '';

	private constructor(args: string[], env: Record<string, string>, cols: number, rows: number, user: {uid: number; gid: number} | undefined, cwd: string) {
		this.stateDirectory = mkdtempSync(path.join(tmpdir(), 'dockwise-pty-'));
		if (user) {
			chownSync(this.stateDirectory, user.uid, user.gid);
		}

		this.terminal = new xterm.Terminal({cols, rows, scrollback: 10_000, allowProposedApi: true});
		this.process = pty.spawn(process.execPath, args, {
			...user,
			// node-pty sets TERM from this name, whatever env says.
			name: env['TERM'] ?? 'xterm-256color',
			cols,
			rows,
			cwd,
			env: {
				...process.env,
				TERM: 'xterm-256color',
				LANG: 'en_US.UTF-8',
				XDG_STATE_HOME: this.stateDirectory,
				XDG_CACHE_HOME: path.join(this.stateDirectory, 'cache'),
				...env,
				// Ink draws only the last frame when CI is set: a pty test needs every frame, even with an env copied from a CI run.
				CI: 'false',
			},
		});
		this.process.onData(data => {
			this.raw += data;
			this.pendingWrites++;
			this.terminal.write(data, () => {
				this.pendingWrites--;
			});
		});
		this.exited = new Promise(resolve => {
			this.process.onExit(resolve);
		});
	}

	get pid(): number {
		return this.process.pid;
	}

	/** Every byte the program wrote so far, escape sequences included. */
	get rawOutput(): string {
		return this.raw;
	}

	/** The visible screen, one string per row, trailing blanks trimmed. */
	screenLines(): string[] {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines;
	}

	screen(): string {
		return this.screenLines().join('\n');
	}

	/** Scrollback and screen together. */
	everything(): string {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < buffer.length; row++) {
			lines.push(buffer.getLine(row)?.translateToString(true) ?? '');
		}

		return lines.join('\n').trimEnd();
	}

	/**
	Scrollback and screen, one entry per row, each saying whether the terminal
	wrapped it there (the row before it was written wider than the terminal,
	or was rewrapped by a resize). `viewport`: the visible rows only.
	*/
	rows({viewport = false}: {viewport?: boolean} = {}): Array<{text: string; wrapped: boolean}> {
		const buffer = this.terminal.buffer.active;
		const first = viewport ? buffer.viewportY : 0;
		const end = viewport ? buffer.viewportY + this.terminal.rows : buffer.length;
		const rows: Array<{text: string; wrapped: boolean}> = [];
		for (let row = first; row < end; row++) {
			const line = buffer.getLine(row);
			rows.push({text: line?.translateToString(true) ?? '', wrapped: line?.isWrapped ?? false});
		}

		return rows;
	}

	/**
	Scrollback and screen with the rows the terminal wrapped joined again: what
	was written to the transcript, line by line, whatever the width.
	*/
	transcript(): string {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		let lastRow = '';
		for (let row = 0; row < buffer.length; row++) {
			const line = buffer.getLine(row);
			const text = line?.translateToString(true) ?? '';
			if (line?.isWrapped && lines.length > 0) {
				lines[lines.length - 1] += text;
				lastRow += text;
			} else if (lines.length > 0 && this.#continuesWrappedLine(lines.at(-1)!, lastRow, text)) {
				lines[lines.length - 1] += ' ' + text.trimStart();
				lastRow = text;
			} else {
				lines.push(text);
				lastRow = text;
			}
		}

		return lines.join('\n').trimEnd();
	}

	/**
	Whether `row` is a row dockwise's own wrapping (text/wrap-text.ts) made of `line`:
	indented two columns past the line's own indentation, and its first word would
	not have fitted on the row before it (the greedy wrapper's only reason to break).
	*/
	#continuesWrappedLine(line: string, previousRow: string, row: string): boolean {
		const indent = line.length - line.trimStart().length + 2;
		if (line.trim() === '' || !row.startsWith(' '.repeat(indent)) || row[indent] === ' ' || row.length === indent) {
			return false;
		}

		// The wrapper gives every row of the line the same room: the width less the hanging indent.
		const firstWord = row.slice(indent).split(' ', 1)[0] ?? '';
		return stringWidth(previousRow.trim()) + 1 + stringWidth(firstWord) > this.terminal.cols - indent;
	}

	/** The row the cursor is on (trailing blanks trimmed unless asked). */
	cursorLine({trim = true}: {trim?: boolean} = {}): string {
		const buffer = this.terminal.buffer.active;
		return buffer.getLine(buffer.baseY + buffer.cursorY)?.translateToString(trim) ?? '';
	}

	async waitFor(matcher: string | RegExp | ((screen: string) => boolean), {timeout = 30_000, where = 'screen'}: {timeout?: number; where?: 'screen' | 'everything' | 'transcript'} = {}): Promise<string> {
		const test = typeof matcher === 'function'
			? matcher
			: (text: string) => (typeof matcher === 'string' ? text.includes(matcher) : matcher.test(text));
		const started = Date.now();
		for (;;) {
			await this.settled();
			const text = where === 'screen' ? this.screen() : (where === 'everything' ? this.everything() : this.transcript());
			if (test(text)) {
				return text;
			}

			if (Date.now() - started > timeout) {
				throw new Error(`Timed out after ${timeout} ms waiting for ${String(matcher)}. Screen:\n${this.screen()}`);
			}

			await delay(25);
		}
	}

	/** Sends raw bytes: a key, an escape sequence, a paste. */
	press(data: string): void {
		this.process.write(data);
	}

	/**
	Types text one character at a time, waiting after each for the line typed so
	far to show after `prompt`, as a person would (and as a program that reads
	keys must cope with). Blanks are ignored in the comparison: long lines wrap.
	`before` is what the line already holds before the cursor, when typing goes on.
	*/
	async type(text: string, {prompt = 'dockwise>', before = '', timeout = 5000}: {prompt?: string; before?: string; timeout?: number} = {}): Promise<void> {
		let typed = before;
		for (const character of text) {
			typed += character;
			this.press(character);
			const expected = withoutBlanks(prompt + typed);
			await this.waitFor(() => this.lineAfterPrompt(prompt).some(line => line.startsWith(expected)), {timeout});
		}
	}

	/**
	Types text in one write, as a fast typist or type-ahead would, and waits once
	for the whole line to show after `prompt`: for tests where typing is not what
	is tested (`type` waits after each key, seconds for a long line).
	*/
	async typeLine(text: string, {prompt = 'dockwise>', before = '', timeout = 30_000}: {prompt?: string; before?: string; timeout?: number} = {}): Promise<void> {
		this.press(text);
		const expected = withoutBlanks(prompt + before + text);
		await this.waitFor(() => this.lineAfterPrompt(prompt).some(line => line.startsWith(expected)), {timeout});
	}

	/**
	The text from the last `prompt` on screen to the bottom, blanks removed, once
	per width the line may wrap at: the whole terminal, or the prompt's column
	when the explanation panel sits beside it (its text would be interleaved).
	*/
	lineAfterPrompt(prompt = 'dockwise>'): string[] {
		const lines = this.screenLines();
		const row = lines.findLastIndex(line => line.includes(prompt));
		if (row === -1) {
			return [];
		}

		const start = lines[row]!.indexOf(prompt);
		const {cols, rows} = this.terminal;
		const besidePanel = liveLayout({columns: cols, rows, fixedRows: 0, explain: true, volumes: true}).mainWidth;
		return [...new Set([cols, besidePanel])].map(width => withoutBlanks(lines.slice(row)
			.map((line, index) => line.slice(index === 0 ? start : 0, width))
			.join('')));
	}

	resize(cols: number, rows: number): void {
		this.process.resize(cols, rows);
		this.terminal.resize(cols, rows);
	}

	async stop(): Promise<void> {
		try {
			this.process.kill();
		} catch {
			// Already gone: nothing to stop.
		}

		const ended = await Promise.race([this.exited.then(() => true), delay(3000).then(() => false)]);
		if (!ended) {
			// A REPL that ignores SIGHUP is a failure the test reports; it must not outlive the test.
			try {
				this.process.kill('SIGKILL');
			} catch {
				// Gone in the meantime.
			}
		}

		this.terminal.dispose();
		rmSync(this.stateDirectory, {recursive: true, force: true});
	}

	private async settled(): Promise<void> {
		while (this.pendingWrites > 0) {
			await delay(5);
		}
	}
}

function withoutBlanks(text: string): string {
	return text.replaceAll(/\s+/g, '');
}

export async function delay(milliseconds: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, milliseconds);
	});
}

/** The REPL in a pty, in `lang`, once the status bar names the engine; stopped if it never does. */
export async function startInLanguage(lang: 'en' | 'fr', cols: number, rows: number): Promise<ReplTerminal> {
	const terminal = ReplTerminal.start({cols, rows, args: ['--lang', lang]});
	try {
		await terminal.waitFor('dockwise>');
		await terminal.waitFor(/(?:engine|moteur) \d+\.\d+/);
	} catch (error) {
		await terminal.stop();
		throw error;
	}

	return terminal;
}
