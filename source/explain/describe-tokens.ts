import type {Lang} from '../i18n/catalogue.js';
import {formatMessage} from '../i18n/catalogue.js';
import {impliesLatest} from './image-reference.js';
import {rootNode} from './knowledge/index.js';
import {messages} from './messages.js';
import type {MountAnalysis} from './mounts.js';
import type {FlagUse, LineItem, ParsedLine} from './parse-line.js';
import type {DockerCatalogue, ExplainedToken} from './types.js';

export type DescribeContext = {
	line: string;
	lang: Lang;
	catalogue: DockerCatalogue | undefined;
	mounts: readonly MountAnalysis[];
};

/** Turns the parsed pieces of the line into explained tokens, in line order. */
export function describeTokens(parsed: ParsedLine, context: DescribeContext): ExplainedToken[] {
	const t = messages(context.lang);
	const mountsByUse = new Map(context.mounts.map(analysis => [analysis.use, analysis]));
	const lastCommand = parsed.items.findLast(item => item.kind === 'command');
	const tokens: ExplainedToken[] = [];

	for (const item of parsed.items) {
		const flagName = item.use?.flag ? `--${item.use.flag.long}` : item.use?.typed;
		const token: ExplainedToken = {
			text: context.line.slice(item.start, item.end),
			start: item.start,
			end: item.end,
			role: item.role,
			...(flagName && (item.kind === 'flag' || item.kind === 'flag-value') ? {flag: flagName} : {}),
			summary: '',
			value: item.value,
		};
		describe(item, token);
		tokens.push(token);
	}

	return tokens.sort((a, b) => a.start - b.start);

	function describe(item: LineItem, token: ExplainedToken) {
		switch (item.kind) {
			case 'program': {
				token.summary = rootNode.knowledge.summary[context.lang];
				token.source = 'curated';
				break;
			}

			case 'command': {
				const node = item.node!;
				let summary = node.knowledge.summary[context.lang];
				if (summary === '') {
					const description = context.catalogue?.commands.get(node.key)?.description;
					summary = description ? t('token.docker-help', {description: shorten(description)}) : t('token.generic-command', {command: node.key});
				}

				if (item === lastCommand && parsed.typedPath.join(' ') !== node.key && node.key !== '') {
					summary = t('token.alias', {summary, canonical: node.key});
				}

				token.summary = summary;
				token.source = node.knowledge.summary.en === '' ? 'docker' : 'curated';
				break;
			}

			case 'end-of-options': {
				token.summary = t('token.end-of-options');
				token.source = 'curated';
				break;
			}

			case 'flag': {
				describeFlag(item, token);
				break;
			}

			case 'flag-value': {
				describeValue(item.use!, item, token);
				break;
			}

			case 'operand': {
				const operand = item.operand;
				if (operand) {
					const value = operand.role === 'image' && impliesLatest(item.value) ? t('token.image-latest', {image: item.value}) : item.value;
					token.summary = formatMessage(operand.summary[context.lang], {value});
					token.source = 'curated';
				} else if (parsed.node?.knowledge.operands) {
					token.summary = t('token.extra-argument', {command: parsed.node.key});
					token.source = 'curated';
				} else {
					token.summary = t('token.argument', {value: item.value});
				}

				break;
			}

			case 'container-command': {
				const program = parsed.containerCommand[0]?.value ?? '';
				if (item.commandIndex === 0) {
					token.summary = t(parsed.node?.key === 'container exec' ? 'token.exec-program' : 'token.container-program', {value: item.value});
				} else {
					token.summary = t('token.container-argument', {program, value: item.value});
				}

				token.source = 'curated';
				break;
			}

			case 'plugin-argument': {
				token.summary = t('token.plugin-argument', {plugin: parsed.node?.key ?? ''});
				break;
			}

			case 'unknown-command': {
				const {becoming = [], closest} = item.candidates ?? {};
				token.summary = becoming.length > 0
					? t('token.command-becoming', {commands: becoming.join(', ')})
					: (closest ? t('token.command-mistyped', {command: closest}) : t('token.not-a-command'));
				break;
			}

			case 'unparsed': {
				token.summary = t('token.unparsed');
				break;
			}
		}
	}

	function flagSummary(use: FlagUse): {summary: string; source: ExplainedToken['source']} {
		const flag = use.flag;
		if (!flag) {
			return {summary: t('token.unknown-flag'), source: 'unknown'};
		}

		if (flag.knowledge) {
			return {summary: flag.knowledge.summary[context.lang], source: 'curated'};
		}

		if (flag.help) {
			return {summary: t('token.docker-help', {description: shorten(flag.help.description)}), source: 'docker'};
		}

		return {summary: t('token.help'), source: 'curated'};
	}

	function describeFlag(item: LineItem, token: ExplainedToken) {
		const use = item.use;
		if (!use) {
			return;
		}

		// A word we could not split (quoted flags): every flag it holds, in one summary.
		if (item.uses && item.uses.length > 1) {
			token.summary = item.uses.map(candidate => flagSummary(candidate).summary).join(' ');
			token.source = item.uses.every(candidate => candidate.flag?.knowledge) ? 'curated' : 'docker';
			return;
		}

		const {summary, source} = flagSummary(use);
		token.source = source;
		const valueHasOwnToken = parsed.items.some(other => other.kind === 'flag-value' && other.use === use);
		token.summary = use.value !== undefined && !valueHasOwnToken ? t('token.inline-value', {summary, value: use.value}) : summary;
	}

	function describeValue(use: FlagUse, item: LineItem, token: ExplainedToken) {
		const analysis = mountsByUse.get(use);
		if (analysis) {
			token.summary = analysis.summary;
			token.parts = analysis.parts.filter(part => part.start >= item.start && part.end <= item.end);
			token.source = 'curated';
			return;
		}

		const flag = use.flag;
		const display = flag ? `--${flag.long}` : use.typed;
		if (flag && !flag.takesValue) {
			token.summary = t('token.bool-value', {flag: display, value: item.value});
		} else if (flag?.knowledge?.value) {
			token.summary = formatMessage(flag.knowledge.value[context.lang], {value: item.value});
		} else {
			token.summary = t('token.flag-value', {flag: display, value: item.value});
		}

		token.source = flag?.knowledge ? 'curated' : (flag ? 'docker' : 'unknown');
	}
}

/** Docker's longer help texts (`--format` lists every template) cut to their first sentence or clause. */
function shorten(description: string): string {
	if (description.length <= 100) {
		return description;
	}

	const stop = description.slice(30).search(/[.:]\s/);
	return stop === -1 ? `${description.slice(0, 99)}…` : description.slice(0, 30 + stop);
}
