import type {ResolvedFlag} from '../explain/flag-table.js';
import {allCommandNodes, commandPaths, rootNode, type CommandNode} from '../explain/knowledge/index.js';
import type {DockerCatalogue} from '../explain/types.js';
import type {Lang} from '../i18n/catalogue.js';
import {topLevelDockerCommands} from '../line/docker-commands.js';
import type {CompleteTranslate} from './messages.js';
import type {Candidate} from './types.js';

type Child = {node: CommandNode | undefined; canonical: string | undefined};

/** Words that can follow each curated command (its subcommands and their aliases), built once. */
let curatedChildren: Map<string, Map<string, Child>> | undefined;

function childrenIndex(): Map<string, Map<string, Child>> {
	if (curatedChildren) {
		return curatedChildren;
	}

	curatedChildren = new Map();
	for (const node of allCommandNodes()) {
		if (node.key === '') {
			continue;
		}

		for (const path of commandPaths(node)) {
			const parent = path.slice(0, -1).join(' ');
			const word = path.at(-1)!;
			const siblings = curatedChildren.get(parent) ?? new Map<string, Child>();
			const isAlias = path.join(' ') !== node.key;
			siblings.set(word, {node, canonical: isAlias ? node.key : undefined});
			curatedChildren.set(parent, siblings);
		}
	}

	for (const word of topLevelDockerCommands) {
		const root = curatedChildren.get('')!;
		if (!root.has(word)) {
			root.set(word, {node: undefined, canonical: undefined});
		}
	}

	return curatedChildren;
}

/** The commands (or subcommands of `parent`) that start with `prefix`, aliases included. */
export function commandCandidates(parent: CommandNode, prefix: string, {lang, catalogue, t}: {lang: Lang; catalogue: DockerCatalogue | undefined; t: CompleteTranslate}): Candidate[] {
	const candidates = new Map<string, Candidate>();
	for (const [word, child] of childrenIndex().get(parent.key) ?? []) {
		if (!word.startsWith(prefix)) {
			continue;
		}

		const summary = child.node?.knowledge.summary[lang] || t('genericCommand', {command: [...parent.knowledge.path, word].join(' ')});
		candidates.set(word, {value: word, suffix: ' ', description: child.canonical ? t('alias', {summary, canonical: child.canonical}) : summary});
	}

	// Commands of the installed docker we did not curate, in docker's own words.
	for (const entry of catalogue?.commands.get(parent.key)?.subcommands ?? []) {
		if (entry.name.startsWith(prefix) && !candidates.has(entry.name)) {
			candidates.set(entry.name, {value: entry.name, suffix: ' ', description: entry.description});
		}
	}

	return [...candidates.values()].sort((a, b) => a.value.localeCompare(b.value));
}

/**
The flags of `node` starting with `prefix`: our curated ones (hidden and
deprecated ones left out) and those docker's help lists. `-` or `--x` offers
long forms; `-x` offers the short form.
*/
export function flagCandidates(node: CommandNode | undefined, prefix: string, {lang, catalogue, t}: {lang: Lang; catalogue: DockerCatalogue | undefined; t: CompleteTranslate}): Candidate[] {
	const target = node ?? rootNode;
	const help = catalogue?.commands.get(target.key);
	const flags = new Map<string, Pick<ResolvedFlag, 'long' | 'short'> & {description: string}>();
	for (const knowledge of target.flagsByLong.values()) {
		if (!knowledge.hidden && !knowledge.deprecated) {
			flags.set(knowledge.long, {long: knowledge.long, ...(knowledge.short ? {short: knowledge.short} : {}), description: knowledge.summary[lang]});
		}
	}

	for (const entry of help?.flags ?? []) {
		if (!flags.has(entry.long)) {
			flags.set(entry.long, {long: entry.long, ...(entry.short ? {short: entry.short} : {}), description: entry.description});
		}
	}

	if (!flags.has('help')) {
		flags.set('help', {long: 'help', description: t('helpFlag')});
	}

	const longForms = prefix === '-' || prefix === '' || prefix.startsWith('--');
	const candidates: Candidate[] = [];
	for (const flag of flags.values()) {
		const value = longForms ? `--${flag.long}` : (flag.short ? `-${flag.short}` : '');
		if (value !== '' && value.startsWith(prefix)) {
			candidates.push({value, suffix: ' ', description: flag.description});
		}
	}

	return candidates.sort((a, b) => a.value.localeCompare(b.value));
}
