import {Box, Text, useStdout} from 'ink';
import {useEffect, useEffectEvent} from 'react';
import wrapAnsi from 'wrap-ansi';
import {menuRows, type MenuRow} from '../complete/menu-view.js';
import {escapeControls} from '../text/escape-controls.js';
import {type Span, viewLines} from '../editor/editor-view.js';
import type {Lang} from '../i18n/catalogue.js';
import {pasteQuestion, promptMessages} from './prompt-messages.js';
import {promptRowLimit, shownPrompt} from './prompt-rows.js';
import {useBracketedPaste} from './use-bracketed-paste.js';
import {useKeyActions} from './use-key-actions.js';
import {type PromptCallbacks, usePromptEditor} from './use-prompt-editor.js';

export type PromptProps = PromptCallbacks & {
	/** Shown before the first line, e.g. `docker> `. */
	prefix: string;
	/** Shown before each continuation line. Default `> `. */
	continuationPrefix?: string;
	/** Reads keys only while active; the cursor is hidden otherwise. */
	isActive: boolean;
	lang: Lang;
	/** Ask the terminal to mark pastes. Default: when stdout is a TTY. */
	bracketedPaste?: boolean;
	/** Columns the prompt may use: the history suggestion never makes the line wrap once more. Default: the terminal's. */
	width?: number;
	/** Most rows the line being edited may take; a longer text is drawn around the cursor. Default: a third of the terminal. */
	maxRows?: number;
	/** Most rows the completion list may take (the live area must stay shorter than the terminal). Default 8. */
	maxMenuRows?: number;
	/** Told how many rows the completion list takes, 0 when it closes. */
	onMenuRowsChange?: (rows: number) => void;
};

type SuggestedSpan = Span & {suggested?: boolean};

/**
The command line: a line editor with history and reverse search over the pure
editor in source/editor, Tab completion with its list below the line, and the
history suggestion dimmed after the cursor. See `editorReducer` and
`completionKey` for what each key does.
*/
export function Prompt({prefix, continuationPrefix = '> ', isActive, lang, bracketedPaste, width, maxRows, maxMenuRows = 8, onMenuRowsChange, ...callbacks}: PromptProps) {
	const {stdout} = useStdout();
	const {view, handleAction, menu, suggestion} = usePromptEditor({
		...callbacks,
		// Told with the key that opens the list, so the panels shrink in the same frame: a frame taller than the terminal makes Ink clear it.
		onMenuChange(opened) {
			onMenuRowsChange?.(opened ? menuRows(opened, maxMenuRows, lang).length : 0);
		},
	});
	const pastesAreMarked = bracketedPaste ?? stdout.isTTY === true;
	useKeyActions(handleAction, {isActive, pastesAreMarked});
	useBracketedPaste(isActive && pastesAreMarked);

	const t = promptMessages(lang);
	const showCursor = isActive && !view.search;
	const columns = width ?? stdout.columns ?? 80;
	const {window, shown: shownView} = shownPrompt(view, {prefix, continuationPrefix, width: columns, maxRows: maxRows ?? promptRowLimit(stdout.rows ?? 24)});
	const lines: SuggestedSpan[][] = viewLines(shownView, {showCursor});
	const linePrefix = (index: number) => (index === 0 && window.linesBefore === 0 ? prefix : continuationPrefix);
	if (showCursor && suggestion) {
		const lineIndex = lines.length - 1;
		const lineText = shownView.text.slice(shownView.text.lastIndexOf('\n') + 1);
		const shown = fittingSuggestion(`${linePrefix(lineIndex)}${window.cutBefore && lineIndex === 0 ? '…' : ''}${lineText}`, escapeControls(suggestion.split('\n')[0]!), columns);
		const last = lines[lineIndex]!;
		if (shown !== '' && last.at(-1)?.cursor) {
			last.splice(-1, 1, {text: shown.slice(0, 1), cursor: true, suggested: true}, {text: shown.slice(1), suggested: true});
		}
	}

	const rows = menu && isActive ? menuRows(menu, maxMenuRows, lang) : [];
	// Told when the count changes, not when the parent passes a new callback.
	const tellMenuRows = useEffectEvent((count: number) => {
		onMenuRowsChange?.(count);
	});
	useEffect(() => {
		tellMenuRows(rows.length);
	}, [rows.length]);

	const labelWidth = Math.min(Math.max(0, ...rows.filter(row => !row.more).map(row => row.label.length)), Math.floor(columns / 2));
	return (
		<Box flexDirection='column'>
			{window.linesBefore > 0 && <Text dimColor>{t('linesAbove', {count: window.linesBefore})}</Text>}
			{lines.map((spans, index) => (
				// Keyed by index: rows have no identity beyond their place.
				<Text key={index}>
					{linePrefix(index)}
					{index === 0 && window.cutBefore && <Text dimColor>…</Text>}
					{spans.map((span, spanIndex) => <SpanText key={spanIndex} span={span}/>)}
					{index === lines.length - 1 && window.cutAfter && <Text dimColor>…</Text>}
				</Text>
			))}
			{window.linesAfter > 0 && <Text dimColor>{t('linesBelow', {count: window.linesAfter})}</Text>}
			{view.pendingPaste && <Text bold wrap='wrap'>{pasteQuestion(view.pendingPaste, lang)}</Text>}
			{view.search && (
				<Text>
					{t(view.search.failing ? 'searchFailing' : 'search', {query: view.search.query})}
					{isActive && <Text inverse> </Text>}
				</Text>
			)}
			{rows.map((row, index) => <MenuLine key={index} row={row} labelWidth={labelWidth}/>)}
		</Box>
	);
}

/** The part of the suggestion that fits on the line's last row, so it never adds a row. */
function fittingSuggestion(line: string, suggestion: string, columns: number): string {
	const lastRow = wrapAnsi(`${line} `, columns, {trim: false, hard: true}).split('\n').at(-1) ?? '';
	// The cursor's cell is the suggestion's first character.
	const room = columns - [...lastRow].length + 1;
	return room > 0 ? [...suggestion].slice(0, room).join('') : '';
}

function MenuLine({row, labelWidth}: {row: MenuRow; labelWidth: number}) {
	if (row.more) {
		return <Text dimColor wrap='truncate-end'>{row.description}</Text>;
	}

	// Candidates share their start (Tab inserted it): a name too long keeps its end, where they differ.
	const label = row.label.length > labelWidth ? `…${row.label.slice(-Math.max(1, labelWidth - 1))}` : row.label.padEnd(labelWidth);
	return (
		<Text wrap='truncate-end'>
			{row.selected ? <Text inverse>{label}</Text> : <Text bold>{label}</Text>}
			<Text dimColor>{`  ${row.description}`}</Text>
		</Text>
	);
}

function SpanText({span}: {span: SuggestedSpan}) {
	if (span.suggested) {
		return <Text dimColor inverse={span.cursor}>{span.text}</Text>;
	}

	if (span.cursor) {
		return <Text inverse>{span.text}</Text>;
	}

	if (span.match) {
		return <Text underline>{span.text}</Text>;
	}

	return <Text>{span.text}</Text>;
}
