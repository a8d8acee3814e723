import {Box, Text, useStdout} from 'ink';
import {type Span, viewLines} from '../editor/editor-view.js';
import type {Lang} from '../i18n/catalogue.js';
import {promptMessages} from './prompt-messages.js';
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
};

/**
The command line: a line editor with history and reverse search over the pure
editor in source/editor. See `editorReducer` for what each key does.
*/
export function Prompt({prefix, continuationPrefix = '> ', isActive, lang, bracketedPaste, ...callbacks}: PromptProps) {
	const {stdout} = useStdout();
	const {view, handleAction} = usePromptEditor(callbacks);
	const pastesAreMarked = bracketedPaste ?? stdout.isTTY === true;
	useKeyActions(handleAction, {isActive, pastesAreMarked});
	useBracketedPaste(isActive && pastesAreMarked);

	const t = promptMessages(lang);
	const lines = viewLines(view, {showCursor: isActive && !view.search});
	return (
		<Box flexDirection='column'>
			{lines.map((spans, index) => (
				// Keyed by index: rows have no identity beyond their place.
				<Text key={index}>
					{index === 0 ? prefix : continuationPrefix}
					{spans.map((span, spanIndex) => <SpanText key={spanIndex} span={span}/>)}
				</Text>
			))}
			{view.search && (
				<Text>
					{t(view.search.failing ? 'searchFailing' : 'search', {query: view.search.query})}
					{isActive && <Text inverse> </Text>}
				</Text>
			)}
		</Box>
	);
}

function SpanText({span}: {span: Span}) {
	if (span.cursor) {
		return <Text inverse>{span.text}</Text>;
	}

	if (span.match) {
		return <Text underline>{span.text}</Text>;
	}

	return <Text>{span.text}</Text>;
}
