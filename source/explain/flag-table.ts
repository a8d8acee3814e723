import type {CommandNode, FlagKnowledge} from './knowledge/index.js';
import type {CommandHelp, HelpFlag} from './types.js';

/** A flag of one command, from our knowledge, docker's help, or both. */
export type ResolvedFlag = {
	long: string;
	short?: string;
	takesValue: boolean;
	knowledge?: FlagKnowledge;
	help?: HelpFlag;
	/** `--help`, which every command has. */
	isHelp?: boolean;
	/** `-h` meaning `--help`: docker still accepts it but says it is deprecated. */
	deprecatedShorthand?: boolean;
};

export type FlagTable = {
	long(name: string): ResolvedFlag | undefined;
	short(letter: string): ResolvedFlag | undefined;
	/** True when a flag missing from the table is certainly unknown to docker. */
	authoritative: boolean;
};

type Index = {byLong: Map<string, ResolvedFlag>; byShort: Map<string, ResolvedFlag>};

const helpFlag: ResolvedFlag = {long: 'help', takesValue: false, isHelp: true};
const helpShorthand: ResolvedFlag = {long: 'help', short: 'h', takesValue: false, isHelp: true, deprecatedShorthand: true};

// Both indexes are built once per command (and per loaded help), never per keystroke.
const curatedIndexes = new WeakMap<CommandNode, Index>();
const helpIndexes = new WeakMap<CommandHelp, Index>();

function curatedIndex(node: CommandNode): Index {
	let index = curatedIndexes.get(node);
	if (!index) {
		index = {byLong: new Map(), byShort: new Map()};
		for (const knowledge of node.flagsByLong.values()) {
			const flag: ResolvedFlag = {long: knowledge.long, short: knowledge.short, takesValue: knowledge.type !== undefined, knowledge};
			index.byLong.set(flag.long, flag);
			if (flag.short) {
				index.byShort.set(flag.short, flag);
			}
		}

		curatedIndexes.set(node, index);
	}

	return index;
}

function helpIndex(help: CommandHelp): Index {
	let index = helpIndexes.get(help);
	if (!index) {
		index = {byLong: new Map(), byShort: new Map()};
		for (const entry of help.flags) {
			const flag: ResolvedFlag = {long: entry.long, short: entry.short, takesValue: entry.type !== undefined, help: entry, ...(entry.long === 'help' ? {isHelp: true} : {})};
			index.byLong.set(flag.long, flag);
			if (flag.short) {
				index.byShort.set(flag.short, flag);
			}
		}

		helpIndexes.set(help, index);
	}

	return index;
}

/**
The flags `node` accepts. Curated knowledge wins (it has our texts); docker's
help fills in the flags we did not curate and, when loaded, makes the table
authoritative.
*/
export function flagTable(node: CommandNode | undefined, help: CommandHelp | undefined): FlagTable {
	const curated = node ? curatedIndex(node) : undefined;
	const docker = help ? helpIndex(help) : undefined;
	return {
		long(name) {
			const known = curated?.byLong.get(name);
			if (known) {
				return docker ? withHelp(known, docker.byLong.get(name)?.help) : known;
			}

			return docker?.byLong.get(name) ?? (name === 'help' ? helpFlag : undefined);
		},
		short(letter) {
			const known = curated?.byShort.get(letter);
			if (known) {
				return docker ? withHelp(known, docker.byLong.get(known.long)?.help) : known;
			}

			return docker?.byShort.get(letter) ?? (letter === 'h' ? helpShorthand : undefined);
		},
		authoritative: docker !== undefined || node?.knowledge.complete === true,
	};
}

const merged = new WeakMap<ResolvedFlag, WeakMap<HelpFlag, ResolvedFlag>>();

function withHelp(flag: ResolvedFlag, help: HelpFlag | undefined): ResolvedFlag {
	if (!help) {
		return flag;
	}

	let byHelp = merged.get(flag);
	if (!byHelp) {
		byHelp = new WeakMap();
		merged.set(flag, byHelp);
	}

	let result = byHelp.get(help);
	if (!result) {
		result = {...flag, help};
		byHelp.set(help, result);
	}

	return result;
}
