import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import type {Lang} from '../i18n/catalogue.js';
import {stateMessages} from '../state/messages.js';
import {
	engineBanner,
	fitSegments,
	panelWindow,
	volumePanelLines,
	type PanelTone,
} from '../state/panel-lines.js';
import type {PanelView} from '../state/panel-view.js';
import {escapeControls} from '../text/escape-controls.js';

export type VolumePanelProps = {
	view: PanelView;
	/** Columns; every line is cut to fit. */
	width: number;
	/** Rows the panel may take, banner and "more" markers included. */
	maxHeight: number;
	lang: Lang;
	/** First body line shown; without it the first highlighted volume is kept in view. */
	scrollOffset?: number;
};

type TextStyle = {color?: string; bold?: boolean; dimColor?: boolean; inverse?: boolean};

const toneStyles: Record<PanelTone, TextStyle> = {
	title: {bold: true},
	muted: {dimColor: true},
	name: {},
	anonymous: {dimColor: true},
	dangling: {color: 'yellow'},
	referenced: {color: 'cyan', bold: true},
	selected: {inverse: true},
	upcoming: {color: 'green', bold: true},
	warning: {color: 'yellow'},
	danger: {color: 'red', bold: true},
	banner: {color: 'yellow', bold: true},
	plain: {},
};

/** Rows the engine banner may take. */
const bannerRows = 2;

/**
The volume panel: where the user's data lives (volumes, who mounts them, bind
mounts), never taller than `maxHeight` so Ink's live area stays short.
*/
export function VolumePanel({view, width, maxHeight, lang, scrollOffset}: VolumePanelProps) {
	const now = useClock(view.engine.kind === 'away');
	const t = stateMessages(lang);
	const banner = engineBanner(view, lang, now);
	const bannerLines = banner ? wrapBanner(banner, width, Math.min(bannerRows, Math.max(0, maxHeight - 1))) : [];
	const bodyRows = Math.max(0, maxHeight - bannerLines.length);
	const lines = volumePanelLines(view, {width, lang});
	const window = panelWindow(lines, {height: bodyRows, ...(scrollOffset === undefined ? {} : {offset: scrollOffset})});
	const showMarkers = bodyRows >= 3;

	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{bannerLines.map((line, index) => (
				<Text key={`banner:${index}`} {...toneStyles.banner} wrap="truncate">{escapeControls(line)}</Text>
			))}
			{bodyRows > 0 && showMarkers && window.above > 0 && (
				<Text dimColor wrap="truncate">{fit(t('panel-more-above', {count: window.above}), width)}</Text>
			)}
			{bodyRows > 0 && window.lines.map(line => (
				<Text key={line.key} wrap="truncate">
					{line.segments.map((segment, index) => (
								<Text key={index} {...toneStyles[segment.tone]}>{escapeControls(segment.text)}</Text>
					))}
				</Text>
			))}
			{bodyRows > 0 && showMarkers && window.below > 0 && (
				<Text dimColor wrap="truncate">{fit(t('panel-more-below', {count: window.below}), width)}</Text>
			)}
		</Box>
	);
}

/** The current time, ticking every second while `ticking` (for the retry countdown). */
function useClock(ticking: boolean): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (!ticking) {
			return;
		}

		setNow(Date.now());
		const timer = setInterval(() => {
			setNow(Date.now());
		}, 1000);
		return () => {
			clearInterval(timer);
		};
	}, [ticking]);
	return ticking ? now : Date.now();
}

function fit(text: string, width: number): string {
	return fitSegments([{text, tone: 'plain'}], width)[0]?.text ?? '';
}

/** Cuts the banner into rows of `width` columns, at most `maxRows`, the last ending with `…` if cut. */
function wrapBanner(text: string, width: number, maxRows: number): string[] {
	const characters = [...text];
	const size = Math.max(1, width);
	const rows: string[] = [];
	for (let index = 0; index < characters.length; index += size) {
		rows.push(characters.slice(index, index + size).join(''));
	}

	if (rows.length <= maxRows) {
		return rows;
	}

	const kept = rows.slice(0, maxRows);
	if (kept.length > 0) {
		kept[kept.length - 1] = `${[...kept.at(-1)!].slice(0, -1).join('')}…`;
	}

	return kept;
}
