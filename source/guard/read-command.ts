import {flagValues, isFlagOn, type Explanation, type FlagUseReading} from '../explain/index.js';

/** The commands whose losses the guard assesses, by canonical path. */
export const guardedCommands = ['volume rm', 'volume prune', 'system prune', 'container rm', 'container prune', 'container stop', 'container kill'] as const;
export type GuardedCommand = (typeof guardedCommands)[number];

export type FlagValue = Pick<FlagUseReading, 'long' | 'value'>;

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
Reads the flags and operands of a guarded command from the explanation's
parse (`flagUses`, `operands`): the same reading as the explain panel's and the
terminal decision's, so they never disagree on what a line says.
*/
export function readCommand(explanation: Explanation): CommandLine | undefined {
	const {command} = explanation;
	if (!isGuardedCommand(command)) {
		return undefined;
	}

	const flags = (global: boolean) => explanation.flagUses.filter(use => use.global === global).map(({long, value}) => ({long, value}));
	return {command, globals: flags(true), flags: flags(false), operands: [...explanation.operands]};
}

/** Whether a switch ends up on: `--force`, `--force=true`; a later `--force=false` turns it off. */
export const isOn: (flags: readonly FlagValue[], long: string) => boolean = isFlagOn;

/** Every value given to a flag, in line order. */
export const valuesOf: (flags: readonly FlagValue[], long: string) => string[] = flagValues;

/** Names in line order, each once. */
export function uniqueOperands(line: CommandLine): string[] {
	return [...new Set(line.operands)];
}
