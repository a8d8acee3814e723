import {Box, Text, useInput} from 'ink';
import {useMemo, useState} from 'react';
import {guardMessages, previewRows, type LossPreview, type PreviewRow} from '../guard/index.js';
import type {Lang} from '../i18n/catalogue.js';
import {escapeControls} from '../text/escape-controls.js';
import {createQuestionReader, defaultGraceMs} from '../repl/question-keys.js';

export type ConfirmLossProps = {
	preview: LossPreview;
	lang: Lang;
	/** Columns it may use; longer lines are cut, never wrapped, so the height stays bounded. */
	width: number;
	/** Called once: true for `y` (and `o`, oui, in French), false for a lone Enter, `n`, Escape or Ctrl-C. */
	onAnswer: (yes: boolean) => void;
	/** Lines typed (and ended with Enter) while the question is shown: they wait their turn, as typed-ahead lines do. */
	onTypedLines?: (lines: string[]) => void;
	/** Lines already waiting their turn when the question appears (read once: lines typed under it are counted here), told under the question. */
	queued?: number;
	isActive: boolean;
	/** Most lines drawn, the question included (it lives in Ink's live area, which must stay short). */
	maxHeight?: number;
	/** y, n and Enter answer only once the keyboard has been quiet this long (see `createQuestionReader`). */
	graceMs?: number;
};

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
clear yes cancels: a lone Enter takes the default, no. Other typing is kept as
lines typed ahead, shown under the question.
*/
export function ConfirmLoss({preview, lang, width, onAnswer, onTypedLines, queued = 0, isActive, maxHeight = 12, graceMs = defaultGraceMs}: ConfirmLossProps) {
	// Keys typed before the question could be read (typing ahead) must not answer it.
	const [read] = useState(() => createQuestionReader({lang, graceMs}));
	const [typing, setTyping] = useState('');
	const [typedCount, setTypedCount] = useState(0);
	const t = guardMessages(lang);
	const [queuedBefore] = useState(queued);
	const waiting = queuedBefore + typedCount;
	const extraRows = (typing === '' ? 0 : 1) + (waiting > 0 ? 1 : 0);
	const rows = useMemo(() => previewRows(preview, {lang, maxLines: Math.max(2, maxHeight - 1 - extraRows)}), [preview, lang, maxHeight, extraRows]);

	useInput((input, key) => {
		const step = read({input, escape: key.escape, ctrl: key.ctrl, return: key.return, backspace: key.backspace, delete: key.delete});
		setTyping(step.typing);
		if (step.lines.length > 0) {
			setTypedCount(count => count + step.lines.length);
			onTypedLines?.(step.lines);
		}

		if (step.answer !== undefined) {
			onAnswer(step.answer);
		}
	}, {isActive});

	const headlineColor = preview.severity === 'danger' ? 'red' : 'yellow';
	return (
		<Box flexDirection="column" width={width}>
			{rows.map((row, index) => {
				const look = rowLooks[row.kind];
				return (
					// Keyed by index: rows have no identity beyond their place.
					<Text key={index} wrap="truncate-end" color={row.kind === 'headline' ? headlineColor : look.color} bold={look.bold} dimColor={look.dimColor}>
						{escapeControls(row.text)}
					</Text>
				);
			})}
			<Text bold wrap="truncate-end">{t('question')}</Text>
			{waiting > 0 ? <Text dimColor wrap="truncate-end">{t('queued-ahead', {count: waiting})}</Text> : null}
			{typing === '' ? null : <Text dimColor wrap="truncate-start">{t('typing-ahead', {typing: escapeControls(typing)})}</Text>}
		</Box>
	);
}
