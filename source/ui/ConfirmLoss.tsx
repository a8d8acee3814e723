import {Box, Text, useInput} from 'ink';
import {useMemo, useRef} from 'react';
import {guardMessages, previewRows, type LossPreview, type PreviewRow} from '../guard/index.js';
import type {Lang} from '../i18n/catalogue.js';
import {escapeControls} from '../text/escape-controls.js';

export type ConfirmLossProps = {
	preview: LossPreview;
	lang: Lang;
	/** Columns it may use; longer lines are cut, never wrapped, so the height stays bounded. */
	width: number;
	/** Called once: true for `y` (and `o`, oui, in French), false for Enter, `n`, Escape or Ctrl-C. */
	onAnswer: (yes: boolean) => void;
	isActive: boolean;
	/** Most lines drawn, the question included (it lives in Ink's live area, which must stay short). */
	maxHeight?: number;
	/** Keys are ignored until the keyboard has been quiet this long since the question appeared. */
	graceMs?: number;
};

const defaultGraceMs = 500;

type RowLook = {color?: string; bold?: boolean; dimColor?: boolean};

const rowLooks: Record<PreviewRow['kind'], RowLook> = {
	headline: {bold: true},
	lost: {color: 'red'},
	unknown: {color: 'yellow'},
	kept: {color: 'green'},
	note: {dimColor: true},
	more: {dimColor: true},
};

/**
What a destructive command would delete, then "Run it? [y/N]". Anything but a
clear yes cancels: Enter takes the default, no.
*/
export function ConfirmLoss({preview, lang, width, onAnswer, isActive, maxHeight = 12, graceMs = defaultGraceMs}: ConfirmLossProps) {
	const answered = useRef(false);
	// Keys typed before the question could be read (typing ahead) must not answer it.
	const readyAt = useRef(Date.now() + graceMs);
	const rows = useMemo(() => previewRows(preview, {lang, maxLines: Math.max(2, maxHeight - 1)}), [preview, lang, maxHeight]);

	useInput((input, key) => {
		if (answered.current) {
			return;
		}

		const now = Date.now();
		const cancels = key.escape || (key.ctrl && input === 'c');
		if (now < readyAt.current && !cancels) {
			// Still typing: wait until the keyboard has been quiet for the grace time.
			readyAt.current = now + graceMs;
			return;
		}

		// A chunk of several characters is typing or a paste, not an answer.
		if (input.length > 1) {
			return;
		}

		const yes = input === 'y' || input === 'Y' || (lang === 'fr' && (input === 'o' || input === 'O'));
		const no = cancels || key.return || input === 'n' || input === 'N';
		if (yes || no) {
			answered.current = true;
			onAnswer(yes);
		}
	}, {isActive});

	const headlineColor = preview.severity === 'danger' ? 'red' : 'yellow';
	return (
		<Box flexDirection="column" width={width}>
			{rows.map((row, index) => {
				const look = rowLooks[row.kind];
				return (
					// eslint-disable-next-line react/no-array-index-key -- rows have no identity beyond their place.
					<Text key={index} wrap="truncate-end" color={row.kind === 'headline' ? headlineColor : look.color} bold={look.bold} dimColor={look.dimColor}>
						{escapeControls(row.text)}
					</Text>
				);
			})}
			<Text bold wrap="truncate-end">{guardMessages(lang)('question')}</Text>
		</Box>
	);
}
