import type {Lang} from '../i18n/catalogue.js';

/** The named keys a step can press; any other text is typed as is. */
export const keyNames = ['Enter', 'Tab', 'Ctrl-C', 'Ctrl-D', 'Up', 'Down', 'Left', 'Right', 'Escape', 'Backspace'] as const;
export type KeyName = (typeof keyNames)[number];

export type Key = {kind: 'text'; text: string} | {kind: 'key'; name: KeyName};

export type SayStep = {kind: 'say'; text: string; line: number};

export type RunStep = {
	kind: 'run';
	/** The line typed at the dockwise prompt: a docker line, a :builtin or a !host line. */
	command: string;
	/** Must match the command's output, or the step failed. */
	expect?: RegExp;
	/** Typed into an interactive (-it) container, in order; then the REPL resumes. */
	keys?: Key[];
	/** The answer to dockwise's own "Run it? [y/N]". */
	answer?: 'y' | 'n';
	/** Runs, but is neither shown nor recorded. */
	hidden: boolean;
	timeoutSeconds: number;
	line: number;
};

export type PauseStep = {kind: 'pause'; seconds: number; line: number};

export type Step = SayStep | RunStep | PauseStep;

export const defaultTimeoutSeconds = 60;

/** A terminal size, `100x30` in a script. */
export type TerminalSize = {columns: number; rows: number};

export const defaultSize: TerminalSize = {columns: 100, rows: 30};

/** The file given to `dockwise demo`: its own steps, or a lesson's stages played as steps. */
export type DemoScript = {
	title: string;
	size: TerminalSize;
	lang?: Lang;
	play: {kind: 'steps'; steps: Step[]} | {kind: 'lesson'; name: string; line: number};
};
