import {untranslated} from '../i18n/catalogue.js';
import {topLevelDockerCommands} from '../line/docker-commands.js';
import {closestWord, wordsStartingWith} from '../line/word-suggestions.js';
import type {Token} from '../line/tokenize.js';
import {flagTable, type FlagTable, type ResolvedFlag} from './flag-table.js';
import {compareVersions, parseGoBool} from './go-values.js';
import {commandNode, rootNode, topLevelCommand, type CommandNode, type OperandKnowledge} from './knowledge/index.js';
import type {DockerCatalogue, TokenRole} from './types.js';

/** One explained piece of the line, before any text is chosen for it. */
export type LineItem = {
	start: number;
	end: number;
	value: string;
	role: TokenRole;
	kind:
		| 'program'
		| 'command'
		| 'flag'
		| 'flag-value'
		| 'end-of-options'
		| 'operand'
		| 'container-command'
		| 'plugin-argument'
		| 'unknown-command'
		| 'unparsed';
	/** For `flag` and `flag-value` items. */
	use?: FlagUse;
	/** For a word of combined short flags that could not be split (it was quoted): every flag in it. */
	uses?: FlagUse[];
	/** For `command` items: the command this word names (a group, then its subcommand). */
	node?: CommandNode;
	/** For `operand` items. */
	operand?: OperandKnowledge;
	operandIndex?: number;
	/** For `container-command` items: position in the container command (0: the program). */
	commandIndex?: number;
	/** For `unknown-command` items: the commands the word may become as it is typed, or the one it looks mistyped from. */
	candidates?: {becoming: string[]; closest: string | undefined};
	/** The token this item comes from. */
	token: Token;
};

/** One flag as used on the line. */
export type FlagUse = {
	flag: ResolvedFlag | undefined;
	/** As docker names it in errors: `--volume`, or `-v` for a short form. */
	typed: string;
	/** Long name, or the typed name when unknown: `--volume`. */
	display: string;
	value: string | undefined;
	/** Where the value's text is: the token and the offset of the value in its `value`. */
	valueSource: {token: Token; offset: number} | undefined;
	/** Span of the whole use (flag and value) in the line. */
	start: number;
	end: number;
	global: boolean;
};

export type IssueCode =
	| 'not-docker'
	| 'unknown-command'
	| 'unknown-flag'
	| 'needs-value'
	| 'invalid-bool'
	| 'arity'
	| 'api-too-old';

export type LineIssue = {
	code: IssueCode;
	start: number;
	end: number;
	/** Docker's own error, untranslated. */
	docker?: string;
	params: Record<string, string>;
	/** For `unknown-flag`: true when docker's own catalogue confirms the flag is unknown. */
	confirmed?: boolean;
};

export type ParsedLine = {
	items: LineItem[];
	/** The command (or group) named, undefined when none was recognised. */
	node: CommandNode | undefined;
	/** Words that named it, as typed. */
	typedPath: string[];
	/** `docker run` as docker names this command in its errors. */
	dockerName: string;
	globals: FlagUse[];
	flags: FlagUse[];
	operands: LineItem[];
	containerCommand: LineItem[];
	issues: LineIssue[];
	/** Command paths whose docker help would make this parse more precise. */
	catalogueWanted: string[][];
};

export type ParseLineOptions = {
	catalogue?: DockerCatalogue;
	apiVersion?: string;
};

/**
Reads a tokenized docker line like the docker client would: global options,
the command (aliases resolved), its flags with their values, the operands
and the command given to the container. Language-free: explain-line.ts puts
words on it.
*/
export function parseLine(tokens: readonly Token[], options: ParseLineOptions = {}): ParsedLine {
	const parsed: ParsedLine = {
		items: [],
		node: undefined,
		typedPath: [],
		dockerName: 'docker',
		globals: [],
		flags: [],
		operands: [],
		containerCommand: [],
		issues: [],
		catalogueWanted: [],
	};
	const {catalogue} = options;
	const helpFor = (node: CommandNode) => catalogue?.commands.get(node.key);
	const want = (node: CommandNode) => {
		if (!node.plugin && !catalogue?.commands.has(node.key)) {
			parsed.catalogueWanted.push([...node.knowledge.path]);
		}
	};

	const first = tokens[0];
	if (!first) {
		return parsed;
	}

	let index = 0;
	if (first.value === 'docker') {
		parsed.items.push({start: first.start, end: first.end, value: first.value, role: 'program', kind: 'program', token: first, node: rootNode});
		index = 1;
	} else if (!topLevelCommand(first.value) && !topLevelDockerCommands.has(first.value)) {
		parsed.issues.push({code: 'not-docker', start: first.start, end: first.end, params: {word: first.value}});
		markUnknownCommand(0, [...topLevelDockerCommands]);
		return parsed;
	}

	// Global options: only before the command (the root does not intersperse).
	want(rootNode);
	const rootTable = flagTable(rootNode, helpFor(rootNode));
	while (index < tokens.length) {
		const token = tokens[index]!;
		if (token.value === '--') {
			parsed.items.push({start: token.start, end: token.end, value: token.value, role: 'flag', kind: 'end-of-options', token});
			index++;
			break;
		}

		if (!isFlagWord(token.value)) {
			break;
		}

		index = readFlag(index, rootTable, true);
	}

	const commandToken = tokens[index];
	if (!commandToken) {
		parsed.node = parsed.items.length > 0 ? rootNode : undefined;
		return parsed;
	}

	let node = topLevelCommand(commandToken.value)
		?? catalogueCommand(rootNode, commandToken.value)
		// Words the line classifier sends to docker (plugins, experimental commands): passed through.
		?? (topLevelDockerCommands.has(commandToken.value) ? genericCommand([commandToken.value], undefined, true) : undefined);
	if (!node) {
		const typed = `docker ${commandToken.value}`;
		parsed.issues.push({code: 'unknown-command', start: commandToken.start, end: commandToken.end, docker: `docker: unknown command: ${typed}`, params: {command: typed}});
		markUnknownCommand(index, [...topLevelDockerCommands]);
		return parsed;
	}

	pushCommand(commandToken, node);
	index++;

	if (node.plugin) {
		markRest(index, 'plugin-argument');
		finish(node);
		return parsed;
	}

	if (node.knowledge.group) {
		const group = node;
		const groupTable = flagTable(group, helpFor(group));
		while (index < tokens.length && isFlagWord(tokens[index]!.value)) {
			index = readFlag(index, groupTable, false);
		}

		const subToken = tokens[index];
		if (!subToken) {
			want(group);
			finish(group);
			return parsed;
		}

		const sub = group.subcommands.get(subToken.value) ?? catalogueCommand(group, subToken.value) ?? (group.knowledge.complete ? undefined : genericCommand([...group.knowledge.path, subToken.value]));
		if (!sub) {
			const typed = `docker ${parsed.typedPath.join(' ')} ${subToken.value}`;
			parsed.issues.push({code: 'unknown-command', start: subToken.start, end: subToken.end, docker: `docker: unknown command: ${typed}`, params: {command: typed}});
			markUnknownCommand(index, [...group.subcommands.keys()]);
			return parsed;
		}

		node = sub;
		pushCommand(subToken, node);
		index++;
	}

	want(node);
	const table = flagTable(node, helpFor(node));
	const {knowledge} = node;
	const interspersed = knowledge.interspersed !== false;
	let optionsEnded = false;

	while (index < tokens.length) {
		const token = tokens[index]!;
		const commandStarted = parsed.containerCommand.length > 0;
		if (commandStarted) {
			pushContainerCommand(token);
			index++;
			continue;
		}

		const acceptsFlags = !optionsEnded && (interspersed || parsed.operands.length === 0);
		if (acceptsFlags && token.value === '--') {
			parsed.items.push({start: token.start, end: token.end, value: token.value, role: 'flag', kind: 'end-of-options', token});
			optionsEnded = true;
			index++;
			continue;
		}

		if (acceptsFlags && isFlagWord(token.value)) {
			index = readFlag(index, table, false);
			continue;
		}

		const operands = knowledge.operands ?? [];
		const operandIndex = parsed.operands.length;
		if (knowledge.containerCommand && operandIndex >= operands.length) {
			pushContainerCommand(token);
		} else {
			const operand = operands[Math.min(operandIndex, operands.length - 1)];
			const item: LineItem = {
				start: token.start,
				end: token.end,
				value: token.value,
				role: operand?.role ?? 'argument',
				kind: 'operand',
				operand: operand && (operandIndex < operands.length || operand.variadic) ? operand : undefined,
				operandIndex,
				token,
			};
			parsed.items.push(item);
			parsed.operands.push(item);
		}

		index++;
	}

	finish(node);
	return parsed;

	function finish(final: CommandNode) {
		parsed.node = final;
		parsed.dockerName = parsed.typedPath.length === 1
			? `docker ${parsed.typedPath[0]}`
			: `docker ${final.key || parsed.typedPath.join(' ')}`;
		if (!final.plugin && !final.knowledge.group && final.knowledge.operands) {
			checkArity(final);
		}

		checkApi();
	}

	function checkArity(final: CommandNode) {
		// Docker parses flags first and stops at their first error; `--help` skips the check.
		const flagError = parsed.issues.some(issue => issue.code === 'needs-value' || issue.code === 'invalid-bool' || (issue.code === 'unknown-flag' && issue.confirmed));
		if (flagError || parsed.flags.some(use => use.flag?.isHelp)) {
			return;
		}

		const operands = final.knowledge.operands ?? [];
		const required = operands.filter(operand => !operand.optional).length + (final.knowledge.commandRequired ? 1 : 0);
		const unbounded = final.knowledge.containerCommand === true || operands.some(operand => operand.variadic);
		const count = parsed.operands.length + parsed.containerCommand.length;
		const name = `'${parsed.dockerName}'`;
		const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
		let docker: string | undefined;
		if (count < required) {
			docker = unbounded || required !== operands.length
				? `${name} requires at least ${plural(required)}`
				: `${name} requires ${plural(required)}`;
		} else if (!unbounded && count > operands.length) {
			docker = operands.length === 0
				? `${name} accepts no arguments`
				: (required === operands.length ? `${name} requires ${plural(required)}` : `${name} requires at most ${plural(operands.length)}`);
		}

		if (docker) {
			const extra = count > operands.length ? parsed.operands[operands.length] : undefined;
			const last = parsed.items.at(-1)!;
			parsed.issues.push({
				code: 'arity',
				start: extra?.start ?? last.end,
				end: extra ? parsed.operands.at(-1)!.end : last.end,
				docker,
				params: {
					command: parsed.dockerName,
					count: String(count),
					required: String(required),
					maximum: unbounded ? '' : String(operands.length),
					missing: count < required ? (operands[count]?.name ?? 'COMMAND') : '',
				},
			});
		}
	}

	function checkApi() {
		const api = options.apiVersion;
		if (!api) {
			return;
		}

		for (const use of parsed.flags) {
			const minApi = use.flag?.knowledge?.minApi;
			if (minApi && compareVersions(api, minApi) < 0) {
				const flagItem = parsed.items.find(item => item.kind === 'flag' && (item.use === use || item.uses?.includes(use)));
				parsed.issues.push({
					code: 'api-too-old',
					start: flagItem?.start ?? use.start,
					end: flagItem?.end ?? use.end,
					docker: `"${use.display}" requires API version ${minApi}, but the Docker daemon API version is ${api}`,
					params: {flag: use.display, minApi, api},
				});
			}
		}
	}

	function pushCommand(token: Token, commandNodeValue: CommandNode) {
		parsed.typedPath.push(token.value);
		parsed.items.push({start: token.start, end: token.end, value: token.value, role: 'command', kind: 'command', node: commandNodeValue, token});
	}

	function pushContainerCommand(token: Token) {
		const item: LineItem = {
			start: token.start,
			end: token.end,
			value: token.value,
			role: 'container-command',
			kind: 'container-command',
			commandIndex: parsed.containerCommand.length,
			token,
		};
		parsed.items.push(item);
		parsed.containerCommand.push(item);
	}

	/** The word that is no command: what it may become (typed so far) or was mistyped from; the words after it are not read. */
	function markUnknownCommand(at: number, known: string[]) {
		const token = tokens[at]!;
		// The last word may still be being typed; one with words after it is finished.
		const becoming = at === tokens.length - 1 ? wordsStartingWith(token.value, known) : [];
		const closest = becoming.length > 0 ? undefined : closestWord(token.value, known);
		parsed.items.push({start: token.start, end: token.end, value: token.value, role: 'command', kind: 'unknown-command', token, candidates: {becoming, closest}});
		markRest(at + 1, 'unparsed');
	}

	function markRest(from: number, kind: 'unparsed' | 'plugin-argument') {
		for (const token of tokens.slice(from)) {
			parsed.items.push({start: token.start, end: token.end, value: token.value, role: 'argument', kind, token});
		}
	}

	function catalogueCommand(parent: CommandNode, word: string): CommandNode | undefined {
		const help = catalogue?.commands.get(parent.key);
		const entry = help?.subcommands.find(candidate => candidate.name === word);
		if (!entry) {
			return undefined;
		}

		return parent.key === '' ? genericCommand([word], entry.description, true) : genericCommand([...parent.knowledge.path, word], entry.description);
	}

	/** Reads the flag word at `at` (and its value word); returns the index after them. */
	function readFlag(at: number, table: FlagTable, global: boolean): number {
		const token = tokens[at]!;
		const word = token.value;
		const next = tokens[at + 1];

		if (word.startsWith('--')) {
			const equals = word.indexOf('=');
			const name = equals === -1 ? word.slice(2) : word.slice(2, equals);
			const inline = equals === -1 ? undefined : word.slice(equals + 1);
			const flag = table.long(name);
			const typed = `--${name}`;
			const use: FlagUse = {flag, typed, display: typed, value: inline, valueSource: undefined, start: token.start, end: token.end, global};
			const split = equals !== -1 && samePrefix(token, equals + 1);

			if (flag?.takesValue && inline === undefined) {
				pushFlagItem(token.start, token.end, use, token);
				if (next) {
					use.value = next.value;
					use.valueSource = {token: next, offset: 0};
					use.end = next.end;
					parsed.items.push({start: next.start, end: next.end, value: next.value, role: 'value', kind: 'flag-value', use, token: next});
					record(use);
					return at + 2;
				}

				parsed.issues.push({code: 'needs-value', start: token.start, end: token.end, docker: `flag needs an argument: ${typed}`, params: {flag: typed}});
				record(use);
				return at + 1;
			}

			if (split) {
				pushFlagItem(token.start, token.start + equals, use, token);
				use.valueSource = {token, offset: equals + 1};
				parsed.items.push({start: token.start + equals + 1, end: token.end, value: inline!, role: 'value', kind: 'flag-value', use, token});
			} else {
				if (inline !== undefined) {
					use.valueSource = {token, offset: equals + 1};
				}

				pushFlagItem(token.start, token.end, use, token);
			}

			if (!flag) {
				unknownFlag(use, token.start, token.end, `unknown flag: ${typed}`, table);
			} else if (!flag.takesValue && inline !== undefined) {
				checkBool(use, flag, inline, token);
			}

			record(use);
			return at + 1;
		}

		// Short flags, possibly combined: -itd, -v/x:/y, -v=x.
		const letters = word.slice(1);
		const itemized = samePrefix(token, word.length);
		let consumed = at + 1;
		if (!itemized) {
			pushWholeToken(token);
		}

		for (let position = 0; position < letters.length; position++) {
			const letter = letters[position]!;
			const flag = table.short(letter);
			const typed = `-${letter}`;
			const display = flag ? `--${flag.long}` : typed;
			// Docker stops at an unknown letter: the rest of the word goes with it.
			const start = itemized ? (position === 0 ? token.start : token.start + 1 + position) : token.start;
			const end = itemized && flag ? token.start + 2 + position : token.end;
			const use: FlagUse = {flag, typed, display, value: undefined, valueSource: undefined, start, end, global};
			if (itemized) {
				pushFlagItem(start, end, use, token);
			} else {
				attachToWholeToken(use);
			}

			if (!flag) {
				unknownFlag(use, start, end, `unknown shorthand flag: '${letter}' in ${word}`, table);
				record(use);
				break;
			}

			const rest = letters.slice(position + 1);
			if (rest.startsWith('=')) {
				const valueOffset = 1 + position + 2;
				use.value = rest.slice(1);
				use.valueSource = {token, offset: valueOffset};
				use.end = token.end;
				if (itemized && samePrefix(token, valueOffset)) {
					parsed.items.push({start: token.start + valueOffset, end: token.end, value: use.value, role: 'value', kind: 'flag-value', use, token});
				}

				if (!flag.takesValue) {
					checkBool(use, flag, use.value, token);
				}

				record(use);
				break;
			}

			if (!flag.takesValue) {
				record(use);
				continue;
			}

			if (rest !== '') {
				const valueOffset = 1 + position + 1;
				use.value = rest;
				use.valueSource = {token, offset: valueOffset};
				use.end = token.end;
				if (itemized) {
					parsed.items.push({start: token.start + valueOffset, end: token.end, value: rest, role: 'value', kind: 'flag-value', use, token});
				}

				record(use);
				break;
			}

			if (next) {
				use.value = next.value;
				use.valueSource = {token: next, offset: 0};
				use.end = next.end;
				parsed.items.push({start: next.start, end: next.end, value: next.value, role: 'value', kind: 'flag-value', use, token: next});
				consumed = at + 2;
			} else {
				parsed.issues.push({code: 'needs-value', start, end, docker: `flag needs an argument: '${letter}' in ${word}`, params: {flag: typed}});
			}

			record(use);
			break;
		}

		return consumed;
	}

	function record(use: FlagUse) {
		(use.global ? parsed.globals : parsed.flags).push(use);
	}

	function pushFlagItem(start: number, end: number, use: FlagUse, token: Token) {
		parsed.items.push({start, end, value: token.value.slice(start - token.start, end - token.start), role: 'flag', kind: 'flag', use, token});
	}

	function pushWholeToken(token: Token) {
		parsed.items.push({start: token.start, end: token.end, value: token.value, role: 'flag', kind: 'flag', token, uses: []});
	}

	function attachToWholeToken(use: FlagUse) {
		const item = parsed.items.findLast(candidate => candidate.uses !== undefined)!;
		item.use ??= use;
		item.uses!.push(use);
	}

	function unknownFlag(use: FlagUse, start: number, end: number, docker: string, table: FlagTable) {
		parsed.issues.push({code: 'unknown-flag', start, end, docker, params: {flag: use.typed}, confirmed: table.authoritative});
	}

	function checkBool(use: FlagUse, flag: ResolvedFlag, value: string, token: Token) {
		if (parseGoBool(value) === undefined) {
			const name = flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`;
			// Docker quotes the value: the error sits on it.
			const valueStart = use.valueSource ? use.valueSource.token.start + (samePrefix(use.valueSource.token, use.valueSource.offset) ? use.valueSource.offset : 0) : use.start;
			parsed.issues.push({
				code: 'invalid-bool',
				start: valueStart,
				end: token.end,
				docker: `invalid argument "${value}" for "${name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`,
				params: {flag: use.display, value},
			});
		}
	}
}

/** `-x`, `--x`: a word docker reads as an option (a lone `-` means standard input). */
function isFlagWord(word: string): boolean {
	return word.length > 1 && word.startsWith('-');
}

/** True when the first `length` characters of the word were typed literally (no quotes or `$`). */
function samePrefix(token: Token, length: number): boolean {
	return token.raw.slice(0, length) === token.value.slice(0, length);
}

const genericNodes = new Map<string, CommandNode>();

/** A command docker knows but we did not curate; its flags come from docker's help. */
function genericCommand(path: string[], description?: string, plugin = false): CommandNode {
	const key = path.join(' ');
	const known = commandNode(key);
	if (known) {
		return known;
	}

	let node = genericNodes.get(key);
	if (!node) {
		const summary = description ?? '';
		node = {
			knowledge: {path, summary: untranslated(summary)},
			key,
			subcommands: new Map(),
			flagsByLong: new Map(),
			flagsByShort: new Map(),
			plugin,
		};
		// Bounded: the names come from docker's help or a few typed words.
		if (genericNodes.size < 1000) {
			genericNodes.set(key, node);
		}
	}

	return node;
}
