import {containerCommands} from './container.js';
import {rootCommand} from './global.js';
import {imageCommands} from './image.js';
import {otherCommands, pluginNames} from './other.js';
import {systemCommands} from './system.js';
import type {CommandKnowledge, FlagKnowledge} from './types.js';
import {volumeCommands} from './volume.js';

export type {CommandKnowledge, FlagKnowledge, OperandKnowledge, Text} from './types.js';

/** A command of the tree, with its names and flags indexed once at load time. */
export type CommandNode = {
	knowledge: CommandKnowledge;
	/** Canonical path joined with spaces: `container run`; `''` for the root. */
	key: string;
	/** Subcommand words (aliases included) of a management command. */
	subcommands: Map<string, CommandNode>;
	flagsByLong: Map<string, FlagKnowledge>;
	flagsByShort: Map<string, FlagKnowledge>;
	plugin: boolean;
};

/** Every curated command, including the root. */
export const curatedCommands: readonly CommandKnowledge[] = [
	rootCommand,
	...containerCommands,
	...imageCommands,
	...volumeCommands,
	...systemCommands,
	...otherCommands,
];

const nodesByKey = new Map<string, CommandNode>();
/** First words of a command line: `run`, `volume`, `ps`... */
const topLevel = new Map<string, CommandNode>();

function makeNode(knowledge: CommandKnowledge, plugin = false): CommandNode {
	const flagsByLong = new Map<string, FlagKnowledge>();
	const flagsByShort = new Map<string, FlagKnowledge>();
	for (const flag of knowledge.flags ?? []) {
		flagsByLong.set(flag.long, flag);
		if (flag.short) {
			flagsByShort.set(flag.short, flag);
		}
	}

	return {knowledge, key: knowledge.path.join(' '), subcommands: new Map(), flagsByLong, flagsByShort, plugin};
}

for (const knowledge of curatedCommands) {
	nodesByKey.set(knowledge.path.join(' '), makeNode(knowledge));
}

for (const name of pluginNames) {
	const node = makeNode({path: [name], summary: {en: `The docker ${name} plugin.`, fr: `Le plugin docker ${name}.`}}, true);
	nodesByKey.set(name, node);
}

function register(path: readonly string[], node: CommandNode) {
	if (path.length === 1) {
		topLevel.set(path[0]!, node);
		return;
	}

	const parent = nodesByKey.get(path.slice(0, -1).join(' '));
	parent?.subcommands.set(path.at(-1)!, node);
}

for (const node of nodesByKey.values()) {
	if (node.key === '') {
		continue;
	}

	register(node.knowledge.path, node);
	for (const alias of node.knowledge.aliases ?? []) {
		register(alias, node);
	}
}

export const rootNode: CommandNode = nodesByKey.get('')!;

export function commandNode(key: string): CommandNode | undefined {
	return nodesByKey.get(key);
}

export function topLevelCommand(word: string): CommandNode | undefined {
	return topLevel.get(word);
}

export function allCommandNodes(): Iterable<CommandNode> {
	return nodesByKey.values();
}

/** Every path a command can be typed with (canonical first). */
export function commandPaths(node: CommandNode): string[][] {
	return [[...node.knowledge.path], ...(node.knowledge.aliases ?? []).map(alias => [...alias])];
}
