import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {layoutExplanation, segmentLooks, type Explanation} from '../explain/index.js';
import type {Lang} from '../i18n/catalogue.js';
import {escapeControls} from '../text/escape-controls.js';

export type ExplainPanelProps = {
	explanation: Explanation;
	/** Cursor position in the line being typed: its token is marked and its parts detailed. */
	cursor?: number;
	/** Columns the panel may use; under 50 each word's text goes below it. */
	width: number;
	lang: Lang;
	/**
	Most lines the panel draws. It lives in Ink's live area, which must stay
	shorter than the terminal; less important lines are left out and counted.
	*/
	maxHeight?: number;
	/** Lines scrolled from the top of the whole explanation (Alt-Up/Alt-Down); unset, it is fitted around the cursor. */
	scroll?: number;
};

/** The side panel: every word of the docker line explained, then errors, warnings and what will happen. */
export function ExplainPanel({explanation, cursor, width, lang, maxHeight = 14, scroll}: ExplainPanelProps) {
	const lines = useMemo(
		() => layoutExplanation(explanation, {lang, width, cursor, maxHeight, ...(scroll === undefined ? {} : {scroll})}),
		[explanation, lang, width, cursor, maxHeight, scroll],
	);

	return (
		<Box flexDirection="column" width={width}>
			{lines.map((line, lineIndex) => (
				// Keyed by index: lines have no identity beyond their place.
				<Text key={lineIndex} wrap="truncate-end">
					{line.map((segment, segmentIndex) => {
						const look = segmentLooks[segment.style];
						return (
							// Keyed by index, likewise.
							<Text key={segmentIndex} color={look.color} bold={look.bold} inverse={look.inverse}>
								{escapeControls(segment.text)}
							</Text>
						);
					})}
				</Text>
			))}
		</Box>
	);
}
