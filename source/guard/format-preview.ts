import type {Lang} from '../i18n/catalogue.js';
import {guardMessages} from './messages.js';
import type {LossLineKind, LossPreview} from './types.js';

export type PreviewRow = {
	text: string;
	kind: LossLineKind | 'headline' | 'more';
};

export type FormatPreviewOptions = {
	lang: Lang;
	/** Most rows, the headline included; the lines that do not fit are counted on the last row. */
	maxLines?: number;
};

const indent = ['  ', '      '] as const;

/** The headline then the lines, indented by depth, cut to `maxLines` (the lines come most important first). */
export function previewRows(preview: LossPreview, {lang, maxLines = Number.POSITIVE_INFINITY}: FormatPreviewOptions): PreviewRow[] {
	const rows: PreviewRow[] = [
		{text: preview.headline, kind: 'headline'},
		...preview.lines.map(line => ({text: `${indent[line.depth]}${line.text}`, kind: line.kind})),
	];
	const limit = Math.max(2, Math.floor(maxLines));
	if (rows.length <= limit) {
		return rows;
	}

	const kept = rows.slice(0, limit - 1);
	return [...kept, {text: `${indent[0]}${guardMessages(lang)('more-lines', {count: rows.length - kept.length})}`, kind: 'more'}];
}

/** The preview as plain text lines, for the plain line mode and logs. */
export function formatLossPreview(preview: LossPreview, options: FormatPreviewOptions): string[] {
	return previewRows(preview, options).map(row => row.text);
}
