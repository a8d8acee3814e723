import type {Text} from '../../i18n/catalogue.js';

export type {Text} from '../../i18n/catalogue.js';

export type FlagKnowledge = {
	/** Long name without dashes: `rm`, `volume`. */
	long: string;
	/** One-letter form without the dash: `v`. */
	short?: string;
	/** Value type as docker's help prints it (`string`, `list`, `mount`...); absent for switches. */
	type?: string;
	summary: Text;
	/** How to read the value; `{value}` is replaced by it. */
	value?: Text;
	/** Accepted by docker but not listed by `--help`. */
	hidden?: boolean;
	/** Deprecated: what to write instead. */
	deprecated?: Text;
	/** Engine API version from which the flag exists; `--help` hides it on older engines. */
	minApi?: string;
};

export type OperandKnowledge = {
	/** Name as docker's usage line writes it: `IMAGE`, `VOLUME`. */
	name: string;
	summary: Text;
	role?: 'image' | 'argument';
	optional?: boolean;
	/** Repeats: `VOLUME [VOLUME...]`. */
	variadic?: boolean;
};

export type CommandKnowledge = {
	/** Canonical path: `['container', 'run']`. */
	path: readonly string[];
	/** Other full paths docker accepts for it: `[['run']]`. */
	aliases?: ReadonlyArray<readonly string[]>;
	summary: Text;
	/** A management command: the next word names a subcommand. */
	group?: boolean;
	operands?: readonly OperandKnowledge[];
	/** After the operands, the rest of the line is the command run in the container. */
	containerCommand?: boolean;
	/** That command must be given (`exec`), not just allowed (`run`). */
	commandRequired?: boolean;
	/** False when the first operand ends the options (`run`, `create`, `exec`). */
	interspersed?: boolean;
	flags?: readonly FlagKnowledge[];
	/**
	Our list is complete (flags of a command, subcommands of a group), so
	something missing from it is unknown to docker too.
	*/
	complete?: boolean;
};
