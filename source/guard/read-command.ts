import {parseGoBool} from '../explain/go-values.js';
import type {ExplainedToken, Explanation} from '../explain/types.js';

/** The commands whose losses the guard assesses, by canonical path. */
export const guardedCommands = ['volume rm', 'volume prune', 'system prune', 'container rm', 'container prune', 'container stop', 'container kill'] as const;
export type GuardedCommand = (typeof guardedCommands)[number];

type FlagSpec = {
	/** One-letter forms, for flags the explanation could not name (no docker help loaded). */
	short: Readonly<Record<string, string>>;
	/** Flags that take a value: the word after an unrecognised one is its value. */
	valued: readonly string[];
};

/** Docker 28's flags of these commands, as `docker <command> --help` lists them. */
const flagSpecs: Record<GuardedCommand, FlagSpec> = {
	'volume rm': {short: {f: 'force'}, valued: []},
	'volume prune': {short: {a: 'all', f: 'force'}, valued: ['filter']},
	'system prune': {short: {a: 'all', f: 'force'}, valued: ['filter']},
	'container rm': {short: {f: 'force', l: 'link', v: 'volumes'}, valued: []},
	'container prune': {short: {f: 'force'}, valued: ['filter']},
	'container stop': {short: {s: 'signal', t: 'timeout'}, valued: ['signal', 'timeout', 'time']},
	'container kill': {short: {s: 'signal'}, valued: ['signal']},
};

const globalShort: Readonly<Record<string, string>> = {H: 'host', c: 'context', l: 'log-level', D: 'debug', v: 'version', h: 'help'};

export type FlagValue = {
	/** Long name without dashes: `force`. */
	long: string;
	/** Undefined for a switch given without `=value`. */
	value: string | undefined;
};

/** A guarded docker line, read from its explanation. */
export type CommandLine = {
	command: GuardedCommand;
	globals: FlagValue[];
	flags: FlagValue[];
	/** Container or volume names, in line order. */
	operands: string[];
};

export function isGuardedCommand(command: string | null): command is GuardedCommand {
	return (guardedCommands as readonly string[]).includes(command ?? '');
}

/**
Reads the flags and operands of a guarded command from its explained tokens.
Flags the explanation could not name (say `container prune -f` before docker's
help is loaded) are named from docker's own flag list of the command.
*/
export function readCommand(explanation: Explanation): CommandLine | undefined {
	const {command} = explanation;
	if (!isGuardedCommand(command)) {
		return undefined;
	}

	const lastCommand = explanation.tokens.findLastIndex(token => token.role === 'command');
	const spec = flagSpecs[command];
	const short = {h: 'help', ...spec.short};
	const before = explanation.tokens.slice(0, lastCommand).filter(token => token.role !== 'command' && token.role !== 'program');
	const after = explanation.tokens.slice(lastCommand + 1);
	const globals = readFlags(before, globalShort, ['host', 'context', 'log-level', 'config', 'tlscacert', 'tlscert', 'tlskey']).flags;
	const {flags, operands} = readFlags(after, short, spec.valued);
	return {command, globals, flags, operands};
}

function readFlags(tokens: readonly ExplainedToken[], short: Readonly<Record<string, string>>, valued: readonly string[]): {flags: FlagValue[]; operands: string[]} {
	const flags: FlagValue[] = [];
	const operands: string[] = [];
	let waiting: FlagValue | undefined;
	for (const token of tokens) {
		if (token.role === 'flag') {
			waiting = undefined;
			if (token.value === '--' && token.flag === undefined) {
				continue;
			}

			const use = flagUse(token, short);
			flags.push(use);
			if (use.value === undefined && valued.includes(use.long)) {
				waiting = use;
			}
		} else if (token.role === 'value') {
			const use = flags.at(-1);
			if (use) {
				use.value = token.value;
			}

			waiting = undefined;
		} else if (waiting) {
			waiting.value = token.value;
			waiting = undefined;
		} else if (token.role !== 'container-command') {
			operands.push(token.value);
		}
	}

	return {flags, operands};
}

function flagUse(token: ExplainedToken, short: Readonly<Record<string, string>>): FlagValue {
	// A flag word the explanation did not split (it was quoted) keeps its value: `"--force=false"`.
	const equals = token.value.startsWith('-') ? token.value.indexOf('=') : -1;
	const value = equals === -1 ? undefined : token.value.slice(equals + 1);
	const name = (token.flag ?? token.value).split('=')[0]!;
	const long = name.startsWith('--') ? name.slice(2) : (short[name.slice(1, 2)] ?? name.replace(/^-+/, ''));
	return {long, value};
}

/** Whether a switch ends up on: `--force`, `--force=true`; a later `--force=false` turns it off. */
export function isOn(flags: readonly FlagValue[], long: string): boolean {
	let on = false;
	for (const use of flags) {
		if (use.long === long) {
			on = use.value === undefined ? true : (parseGoBool(use.value) ?? on);
		}
	}

	return on;
}

/** Every value given to a flag, in line order. */
export function valuesOf(flags: readonly FlagValue[], long: string): string[] {
	return flags.flatMap(use => use.long === long && use.value !== undefined ? [use.value] : []);
}

/** Names in line order, each once. */
export function uniqueOperands(line: CommandLine): string[] {
	return [...new Set(line.operands)];
}
