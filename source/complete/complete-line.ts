import {rootNode, type CommandNode} from '../explain/knowledge/index.js';
import {parseLine, type LineItem, type ParsedLine} from '../explain/parse-line.js';
import {builtinArgumentCandidates, builtinNameCandidates} from './builtin-candidates.js';
import {commandCandidates, flagCandidates} from './command-candidates.js';
import {containerCandidates, imageCandidates, volumeCandidates, type ContainerFilter} from './engine-candidates.js';
import {completeMessages, type CompleteTranslate} from './messages.js';
import {mountCandidates, volumeFlagCandidates, type PartCompletion} from './mount-candidates.js';
import type {Candidate, Completion, CompletionSources} from './types.js';
import {wordAtCursor} from './word-at-cursor.js';

type Context = {lang: CompletionSources['lang']; t: CompleteTranslate; sources: CompletionSources};

/**
Container commands and which containers they take: the status they need, and
whether every operand is a container (`rm a b`) or only the first (`exec a sh`).
*/
const containerOperands: ReadonlyMap<string, {filter: ContainerFilter; variadic: boolean}> = new Map([
	['container exec', {filter: 'running', variadic: false}],
	['container attach', {filter: 'running', variadic: false}],
	['container stop', {filter: 'live', variadic: true}],
	['container kill', {filter: 'live', variadic: true}],
	['container pause', {filter: 'running', variadic: true}],
	['container top', {filter: 'running', variadic: false}],
	['container stats', {filter: 'live', variadic: true}],
	['container port', {filter: 'any', variadic: false}],
	['container start', {filter: 'stopped', variadic: true}],
	['container unpause', {filter: 'paused', variadic: true}],
	['container rm', {filter: 'any', variadic: true}],
	['container logs', {filter: 'any', variadic: false}],
	['container inspect', {filter: 'any', variadic: true}],
	['container diff', {filter: 'any', variadic: false}],
	['container restart', {filter: 'any', variadic: true}],
	['container wait', {filter: 'any', variadic: true}],
	['container update', {filter: 'any', variadic: true}],
	['container commit', {filter: 'any', variadic: false}],
	['container export', {filter: 'any', variadic: false}],
	['container rename', {filter: 'any', variadic: false}],
]);

/** Commands whose operands are existing volumes (`volume create` names a new one). */
const volumeOperands = new Set(['volume rm', 'volume inspect']);

/**
What Tab can insert at `cursor`: docker commands and subcommands, the flags of
the command typed, and values where the kind of value is known (volumes,
containers, images, `--mount` keys, host paths), `:` commands and their
arguments. Pure and fast: names come from the state tracker's model and the
caches in `sources`, never from a process.
*/
export function completeLine(text: string, cursor: number, sources: CompletionSources): Completion {
	const t = completeMessages(sources.lang);
	const context: Context = {lang: sources.lang, t, sources};
	const home = sources.home ?? sources.env?.['HOME'];
	const word = wordAtCursor(text, cursor, sources.env && home !== undefined ? {env: sources.env, home} : undefined);
	const {current, before, quote} = word;
	const result = (part: PartCompletion | Candidate[], prefix = current.value): Completion => {
		const completion = Array.isArray(part) ? {prefix, candidates: part, wanted: []} : part;
		return {
			cursor,
			prefix: completion.prefix,
			quote,
			candidates: completion.candidates.filter(candidate => candidate.value.startsWith(completion.prefix)),
			directoriesWanted: completion.wanted,
		};
	};

	if (word.shellSyntax) {
		return result([]);
	}

	const first = before[0] ?? current;
	if (first.raw.startsWith(':')) {
		return result(before.length === 0
			? builtinNameCandidates(current.value, context)
			: builtinArgumentCandidates(first.value.slice(1), before.length - 1, current.value, context));
	}

	if (first.raw.startsWith('!')) {
		return result([]);
	}

	if (before.length === 0) {
		const candidates = current.value.startsWith('-') ? [] : commandCandidates(rootNode, current.value, {...context, catalogue: sources.catalogue});
		if ('docker'.startsWith(current.value)) {
			candidates.unshift({value: 'docker', suffix: ' ', description: t('program')});
		}

		return result(candidates);
	}

	const parsed = parseLine([...before, current], sources.catalogue ? {catalogue: sources.catalogue} : {});
	const item = parsed.items.findLast(candidate => candidate.token === current);
	return result(item ? itemCandidates(parsed, item, current.value, context) : [], item?.kind === 'flag-value' || item?.kind === 'operand' ? item.value : current.value);
}

function itemCandidates(parsed: ParsedLine, item: LineItem, typed: string, context: Context): PartCompletion | Candidate[] {
	const {sources} = context;
	const options = {...context, catalogue: sources.catalogue};
	const unknownCommand = (item.kind === 'unknown-command' || item.kind === 'unparsed') && parsed.issues.some(issue => issue.code === 'unknown-command' && issue.start === item.start);
	if (item.kind === 'command' || unknownCommand) {
		const parent = commandParent(parsed, item);
		return typed.startsWith('-') ? flagCandidates(parent, typed, options) : commandCandidates(parent, typed, options);
	}

	switch (item.kind) {
		case 'program': {
			return [{value: 'docker', suffix: ' ', description: context.t('program')}];
		}

		case 'flag': {
			const use = item.use ?? item.uses?.[0];
			return flagCandidates(use?.global ? rootNode : parsed.node, typed, options);
		}

		case 'flag-value': {
			return flagValueCandidates(item, context);
		}

		case 'operand': {
			if (typed.startsWith('-')) {
				return flagCandidates(parsed.node, typed, options);
			}

			return operandCandidates(parsed, item, context);
		}

		default: {
			return [];
		}
	}
}

/** The command whose subcommands fit where `item` is: the one named just before it, or the root. */
function commandParent(parsed: ParsedLine, item: LineItem): CommandNode {
	const index = parsed.items.indexOf(item);
	const previous = parsed.items.slice(0, index).findLast(candidate => candidate.kind === 'command');
	return previous?.node ?? rootNode;
}

function flagValueCandidates(item: LineItem, context: Context): PartCompletion | Candidate[] {
	const {sources, lang, t} = context;
	switch (item.use?.flag?.long) {
		case 'mount': {
			return mountCandidates(item.value, context);
		}

		case 'volume': {
			return item.use.global ? [] : volumeFlagCandidates(item.value, context);
		}

		case 'volumes-from': {
			return item.value.includes(':') ? [] : containerCandidates(sources.docker, item.value, 'any', new Set(), {lang, t});
		}

		default: {
			return [];
		}
	}
}

function operandCandidates(parsed: ParsedLine, item: LineItem, {sources, lang, t}: Context): Candidate[] {
	const key = parsed.node?.key ?? '';
	const index = item.operandIndex ?? 0;
	const others = new Set(parsed.operands.filter(operand => operand !== item).map(operand => operand.value));
	const containers = containerOperands.get(key);
	if (containers) {
		return index === 0 || containers.variadic ? containerCandidates(sources.docker, item.value, containers.filter, others, {lang, t}) : [];
	}

	if (item.operand?.role === 'image' || item.operand?.name === 'IMAGE') {
		return imageCandidates(sources.docker, sources.images, item.value, ' ', {lang, t});
	}

	if (volumeOperands.has(key)) {
		return volumeCandidates(sources.docker, item.value, ' ', {lang, t}).filter(candidate => !others.has(candidate.value));
	}

	return [];
}
