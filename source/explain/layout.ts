import type {Lang} from '../i18n/catalogue.js';
import {tokenIndexAt} from './cursor.js';
import {messages} from './messages.js';
import type {ExplainedToken, Explanation, TokenRole, WarningLevel} from './types.js';

export type SegmentStyle =
	| 'plain'
	| 'dim'
	| 'current'
	| TokenRole
	| 'heading'
	| WarningLevel
	| 'error'
	| 'effect';

export type PanelSegment = {text: string; style: SegmentStyle};

/** How each style looks, in colour names both Ink and `util.styleText` understand. */
export type SegmentLook = {color?: 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'gray'; bold?: boolean; inverse?: boolean};

export const segmentLooks: Readonly<Record<SegmentStyle, SegmentLook>> = {
	plain: {},
	dim: {color: 'gray'},
	current: {inverse: true, bold: true},
	program: {bold: true},
	command: {bold: true},
	flag: {color: 'cyan'},
	value: {color: 'green'},
	image: {color: 'magenta'},
	argument: {},
	'container-command': {color: 'yellow'},
	heading: {bold: true},
	info: {color: 'blue'},
	warning: {color: 'yellow', bold: true},
	danger: {color: 'red', bold: true},
	error: {color: 'red', bold: true},
	effect: {color: 'green'},
};
/** One screen line; its segments' texts add up to at most the layout width. */
export type PanelLine = PanelSegment[];

export type LayoutOptions = {
	lang: Lang;
	/** Columns available; below 50 the token column is stacked above its text. */
	width: number;
	/** Cursor position in the line: its token is marked and its parts detailed. */
	cursor?: number;
	/**
	Most lines to return. Without `scroll`, the word under the cursor, the errors
	and the warnings are kept, then the nearest words and the first effects; every
	cut is marked where it happens (`… 3 more words: -i -t --rm`).
	*/
	maxHeight?: number;
	/**
	Lines scrolled from the top of the whole explanation, drawn in order with
	`↑ N more lines` / `↓ N more lines` marks; it is clamped to the last page.
	*/
	scroll?: number;
};

type BlockKind = 'token' | 'notice' | 'effect';
type Block = {lines: PanelLine[]; order: number; priority: number; kind: BlockKind; label?: string};

const narrowWidth = 50;
const levelMarks: Record<WarningLevel | 'error', string> = {error: '✗', danger: '‼', warning: '!', info: 'i'};
const levelRank: Record<WarningLevel, number> = {danger: 0, warning: 1, info: 2};
/** Blocks under this priority (the current word, errors, warnings) are never left out. */
const pinnedBelow = 10;

/**
Lays an explanation out as styled lines for a given width: one block per
token (the one under the cursor marked), then errors, warnings and the effect
preview. Shared by the Ink panel, `:explain` and `dockwise explain`, so all say the same.
*/
export function layoutExplanation(explanation: Explanation, options: LayoutOptions): PanelLine[] {
	const t = messages(options.lang);
	const width = Math.max(20, Math.floor(options.width));
	const blocks = explanationBlocks(explanation, options, width);
	if (options.maxHeight === undefined) {
		return blocks.flatMap(block => block.lines);
	}

	return options.scroll === undefined ? fit(blocks, options.maxHeight, width, t) : scrolled(blocks, options.maxHeight, options.scroll, width, t);
}

/** How many lines the whole explanation takes at this width: what a scroll can reach. */
export function explanationHeight(explanation: Explanation, options: Omit<LayoutOptions, 'maxHeight' | 'scroll'>): number {
	return layoutExplanation(explanation, options).length;
}

function explanationBlocks(explanation: Explanation, options: LayoutOptions, width: number): Block[] {
	const t = messages(options.lang);
	if (explanation.tokens.length === 0 && explanation.errors.length === 0) {
		return [{lines: wrap(t('layout.empty'), width).map(text => [{text, style: 'dim'}]), order: 0, priority: 0, kind: 'notice'}];
	}

	const current = options.cursor === undefined ? undefined : tokenIndexAt(explanation.tokens, options.cursor);
	const narrow = width < narrowWidth;
	const labels = explanation.tokens.map(token => label(token));
	const labelCap = Math.min(16, Math.floor(width * 0.3));
	// Longer labels (a long --mount value) get their own line instead of widening the column.
	const labelWidth = Math.max(4, ...labels.map(text => text.length).filter(length => length <= labelCap));
	const blocks: Block[] = [];
	let order = 0;

	for (const [index, token] of explanation.tokens.entries()) {
		const isCurrent = index === current;
		const lines = tokenLines(token, labels[index]!, isCurrent, options.cursor === undefined || isCurrent);
		const distance = current === undefined ? index : Math.abs(index - current);
		blocks.push({lines, order: order++, priority: isCurrent ? 1 : 100 + distance, kind: 'token', label: labels[index]!});
	}

	for (const error of explanation.errors) {
		blocks.push({lines: notice('error', t('level.error'), error.message), order: order++, priority: 0, kind: 'notice'});
	}

	const shown = explanation.warnings.filter(warning => !explanation.errors.some(error => error.start === warning.start && error.end === warning.end));
	for (const warning of shown.sort((a, b) => levelRank[a.level] - levelRank[b.level])) {
		blocks.push({lines: notice(warning.level, t(`level.${warning.level}`), warning.message), order: order++, priority: 2 + levelRank[warning.level], kind: 'notice'});
	}

	if (explanation.effects.length > 0) {
		blocks.push({lines: [[{text: truncate(t('layout.effects'), width), style: 'heading'}]], order: order++, priority: 10, kind: 'effect'});
		for (const [index, effect] of explanation.effects.entries()) {
			blocks.push({lines: hanging('• ', effect, 'effect'), order: order++, priority: 11 + (index / 1000), kind: 'effect', label: effect});
		}
	}

	return blocks;

	function label(token: ExplainedToken): string {
		// The letters after the first in `-itd` read better with their dash.
		return token.role === 'flag' && !token.text.startsWith('-') && token.flag !== undefined ? `-${token.text}` : token.text.replaceAll(/\s*\\\n\s*/g, ' ');
	}

	function tokenLines(token: ExplainedToken, text: string, isCurrent: boolean, withParts: boolean): PanelLine[] {
		const marker: PanelSegment = {text: isCurrent ? '› ' : '  ', style: isCurrent ? 'current' : 'plain'};
		const labelStyle: SegmentStyle = isCurrent ? 'current' : token.role;
		const lines: PanelLine[] = [];
		const summaryIndent = narrow ? 4 : 2 + labelWidth + 2;
		const summaryWidth = width - summaryIndent;
		const summary = wrap(token.summary, summaryWidth);

		if (narrow || text.length > labelWidth) {
			lines.push([marker, {text: truncate(text, width - 2), style: labelStyle}]);
			for (const line of summary) {
				lines.push([{text: ' '.repeat(summaryIndent), style: 'plain'}, {text: line, style: 'plain'}]);
			}
		} else {
			const [first = '', ...rest] = summary;
			lines.push([marker, {text: text.padEnd(labelWidth + 2), style: labelStyle}, {text: first, style: 'plain'}]);
			for (const line of rest) {
				lines.push([{text: ' '.repeat(summaryIndent), style: 'plain'}, {text: line, style: 'plain'}]);
			}
		}

		if (withParts && token.parts) {
			for (const part of token.parts) {
				const inPart = isCurrent && options.cursor !== undefined && part.start <= options.cursor && options.cursor <= part.end;
				const head = `${' '.repeat(summaryIndent)}· `;
				const partWidth = width - head.length;
				const [first = '', ...rest] = wrap(t('layout.part', {part: part.text, summary: part.summary}), partWidth);
				lines.push([{text: head, style: 'plain'}, {text: first, style: inPart ? 'current' : 'dim'}]);
				for (const line of rest) {
					lines.push([{text: ' '.repeat(head.length), style: 'plain'}, {text: line, style: inPart ? 'current' : 'dim'}]);
				}
			}
		}

		return lines;
	}

	function notice(level: WarningLevel | 'error', name: string, message: string): PanelLine[] {
		return hanging(t('layout.level', {level: `${levelMarks[level]} ${name}`}), message, level);
	}

	function hanging(head: string, text: string, style: SegmentStyle): PanelLine[] {
		// Narrow panels indent continuation lines by two columns only, to keep room for words.
		const indent = narrow ? Math.min(2, head.length) : head.length;
		const [first = '', ...rest] = wrap(text, width - head.length);
		const lines: PanelLine[] = [[{text: head, style}, {text: first, style: 'plain'}]];
		for (const line of wrap(rest.join(' '), width - indent)) {
			if (rest.length > 0) {
				lines.push([{text: ' '.repeat(indent), style: 'plain'}, {text: line, style: 'plain'}]);
			}
		}

		return lines;
	}
}

type Translate = ReturnType<typeof messages>;

/**
Keeps what matters most within `maxHeight` lines: the pinned blocks (the word
under the cursor, errors, warnings), then the words nearest the cursor and the
first effects. Each run of left-out blocks becomes one line, where it was.
*/
function fit(blocks: Block[], maxHeight: number, width: number, t: Translate): PanelLine[] {
	const all = blocks.flatMap(block => block.lines);
	if (all.length <= maxHeight) {
		return all;
	}

	if (maxHeight <= 0) {
		return [];
	}

	const kept = new Map<number, PanelLine[]>();
	const height = () => render(blocks, kept, width, t).length;
	const closed = new Set<BlockKind>();
	for (const block of [...blocks].sort((a, b) => a.priority - b.priority || a.order - b.order)) {
		if (closed.has(block.kind) && block.priority >= pinnedBelow) {
			continue;
		}

		kept.set(block.order, block.lines);
		if (height() <= maxHeight) {
			continue;
		}

		kept.delete(block.order);
		if (block.priority < pinnedBelow) {
			// A pinned block too tall for what is left: its first lines, and how many more.
			for (let room = block.lines.length - 1; room > 0; room--) {
				kept.set(block.order, [...block.lines.slice(0, room), [{text: moreLines(block.lines.length - room, t), style: 'dim'}]]);
				if (height() <= maxHeight) {
					break;
				}

				kept.delete(block.order);
			}
		} else {
			// Further words or effects would leave holes in the middle: the cut stays in one place.
			closed.add(block.kind);
		}
	}

	return render(blocks, kept, width, t).slice(0, maxHeight);
}

/** The kept blocks in their order, each run of left-out ones replaced by one line saying what it was. */
function render(blocks: readonly Block[], kept: ReadonlyMap<number, PanelLine[]>, width: number, t: Translate): PanelLine[] {
	const lines: PanelLine[] = [];
	let run: Block[] = [];
	const flush = () => {
		if (run.length > 0) {
			lines.push([{text: truncate(cutMark(run, t), width), style: 'dim'}]);
			run = [];
		}
	};

	for (const block of blocks) {
		const shown = kept.get(block.order);
		if (shown) {
			flush();
			lines.push(...shown);
		} else {
			if (run.length > 0 && run[0]!.kind !== block.kind) {
				flush();
			}

			run.push(block);
		}
	}

	flush();
	return lines;
}

function cutMark(run: readonly Block[], t: Translate): string {
	const kind = run[0]!.kind;
	if (kind === 'token') {
		return t(run.length === 1 ? 'layout.more-words-one' : 'layout.more-words', {count: run.length, words: run.map(block => block.label ?? '').join(' ')});
	}

	if (kind === 'effect') {
		const effects = run.filter(block => block.label !== undefined).length;
		return effects === 0 ? moreLines(run.reduce((sum, block) => sum + block.lines.length, 0), t) : t(effects === 1 ? 'layout.more-effects-one' : 'layout.more-effects', {count: effects});
	}

	return t(run.length === 1 ? 'layout.more-notices-one' : 'layout.more-notices', {count: run.length});
}

function moreLines(count: number, t: Translate): string {
	return t(count === 1 ? 'layout.more-one' : 'layout.more', {count});
}

/** A window on the whole explanation, in order, with what is above and below it counted. */
function scrolled(blocks: readonly Block[], maxHeight: number, scroll: number, width: number, t: Translate): PanelLine[] {
	const all = blocks.flatMap(block => block.lines);
	if (all.length <= maxHeight) {
		return all;
	}

	if (maxHeight < 3) {
		return all.slice(0, Math.max(0, maxHeight));
	}

	const offset = Math.max(0, Math.min(Math.floor(scroll), all.length - (maxHeight - 1)));
	const above = offset > 0;
	const visible = maxHeight - (above ? 1 : 0) - (offset + maxHeight - (above ? 1 : 0) < all.length ? 1 : 0);
	const below = all.length - offset - visible;
	return [
		...(above ? [[{text: truncate(t('layout.above', {count: offset}), width), style: 'dim' as const}]] : []),
		...all.slice(offset, offset + visible),
		...(below > 0 ? [[{text: truncate(t('layout.below', {count: below}), width), style: 'dim' as const}]] : []),
	];
}

/** Splits text into lines of at most `width` characters, at spaces when it can. */
export function wrap(text: string, width: number): string[] {
	const limit = Math.max(1, width);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of unbreakableWords(paragraph)) {
			let rest = word;
			while (rest.length > limit) {
				if (line !== '') {
					lines.push(line);
					line = '';
				}

				lines.push(rest.slice(0, limit));
				rest = rest.slice(limit);
			}

			if (line === '') {
				line = rest;
			} else if (line.length + 1 + rest.length <= limit) {
				line += ` ${rest}`;
			} else {
				lines.push(line);
				line = rest;
			}
		}

		lines.push(line);
	}

	return lines;
}

const boundToPrevious = new Set([':', ';', '!', '?', '»']);

/** Words of a paragraph, keeping French punctuation (`hôte :`, `« x »`) on the word it belongs to. */
function unbreakableWords(paragraph: string): string[] {
	const words: string[] = [];
	for (const word of paragraph.split(' ')) {
		const previous = words.at(-1);
		if (previous !== undefined && (boundToPrevious.has(word) || previous === '«')) {
			words[words.length - 1] = `${previous} ${word}`;
		} else {
			words.push(word);
		}
	}

	return words;
}

function truncate(text: string, width: number): string {
	return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}
