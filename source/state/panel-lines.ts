import type {Lang} from '../i18n/catalogue.js';
import {formatBytes} from './format-size.js';
import {stateMessages} from './messages.js';
import type {BindAssessment, PanelBind, PanelView, PanelVolume} from './panel-view.js';

export type PanelTone =
	| 'title'
	| 'muted'
	| 'name'
	| 'anonymous'
	| 'dangling'
	| 'referenced'
	| 'selected'
	| 'upcoming'
	| 'warning'
	| 'danger'
	| 'banner'
	| 'plain';

export type PanelSegment = {text: string; tone: PanelTone};

export type PanelLine = {
	key: string;
	segments: PanelSegment[];
	/** The line shows something the typed line names: keep it in view. */
	focus: boolean;
};

const harmlessLevels = new Set(['none', 'ok', 'safe', 'info']);
const severeLevels = new Set(['danger', 'error', 'high', 'critical', 'severe']);

/** The engine banner, or nothing while the engine answers. */
export function engineBanner(view: PanelView, lang: Lang, now: number): string | undefined {
	const t = stateMessages(lang);
	switch (view.engine.kind) {
		case 'away': {
			const seconds = view.engine.retryAt === undefined ? undefined : Math.max(0, Math.ceil((view.engine.retryAt - now) / 1000));
			const reason = asSentence(view.engine.reason);
			return seconds === undefined || seconds === 0
				? t('engine-away-retrying', {reason})
				: t('engine-away', {reason, seconds});
		}

		case 'connecting': {
			return t('engine-connecting');
		}

		case 'up': {
			return undefined;
		}
	}
}

/** Docker's reasons end with a full stop, a question mark ("Is the docker daemon running?") or nothing. */
function asSentence(text: string): string {
	const trimmed = text.trim();
	return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Every line of the panel body (title included), each cut to `width` columns. */
export function volumePanelLines(view: PanelView, {width, lang}: {width: number; lang: Lang}): PanelLine[] {
	const t = stateMessages(lang);
	const lines: PanelLine[] = [{
		key: 'title',
		segments: [
			{text: t('panel-title'), tone: 'title'},
			{text: `  ${t('panel-counts', view.counts)}`, tone: 'muted'},
		],
		focus: false,
	}];

	if (!view.loaded && view.volumes.length === 0) {
		lines.push({key: 'loading', segments: [{text: `  ${t('panel-loading')}`, tone: 'muted'}], focus: false});
	} else if (view.volumes.length === 0) {
		lines.push({key: 'empty', segments: [{text: `  ${t('panel-no-volumes')}`, tone: 'muted'}], focus: false});
	}

	for (const volume of view.volumes) {
		lines.push({key: `volume:${volume.name}`, segments: volumeSegments(volume, lang), focus: volume.referenced || volume.selected});
		if (volume.files) {
			for (const file of volume.files.shown) {
				lines.push({key: `file:${volume.name}:${file.path}`, segments: [{text: `    ${file.path}  ${formatBytes(file.size, lang)}`, tone: 'muted'}], focus: false});
			}

			if (volume.files.total > volume.files.shown.length) {
				lines.push({key: `file:${volume.name}:…`, segments: [{text: `    ${t('panel-more-files', {count: volume.files.total - volume.files.shown.length})}`, tone: 'muted'}], focus: false});
			}
		}
	}

	if (view.binds.length > 0) {
		lines.push({key: 'binds', segments: [{text: t('panel-binds-title'), tone: 'title'}], focus: false});
		for (const [index, bind] of view.binds.entries()) {
			lines.push({key: `bind:${index}:${bind.container}:${bind.destination}`, segments: bindSegments(bind, lang), focus: false});
		}
	}

	return lines.map(line => ({...line, segments: fitSegments(line.segments, width)}));
}

function volumeSegments(volume: PanelVolume, lang: Lang): PanelSegment[] {
	const t = stateMessages(lang);
	let markerText = '  ';
	if (volume.willBeCreated) {
		markerText = '+ ';
	} else if (volume.referenced) {
		markerText = '▸ ';
	} else if (volume.selected) {
		markerText = '› ';
	}

	const marker: PanelSegment = {text: markerText, tone: volume.referenced ? 'referenced' : 'plain'};
	let nameTone: PanelTone = volume.anonymous ? 'anonymous' : 'name';
	if (volume.willBeCreated) {
		nameTone = 'upcoming';
	} else if (volume.referenced) {
		nameTone = 'referenced';
	} else if (volume.selected) {
		nameTone = 'selected';
	}

	const segments: PanelSegment[] = [marker, {text: volume.label, tone: nameTone}];
	if (volume.willBeCreated) {
		segments.push({text: ` ${t('panel-will-be-created')}`, tone: 'upcoming'});
		return segments;
	}

	const facts: string[] = [];
	if (volume.size !== undefined) {
		facts.push(formatBytes(volume.size, lang));
	}

	if (volume.fileCount !== undefined) {
		facts.push(t('files', {count: volume.fileCount}));
	}

	if (facts.length > 0) {
		segments.push({text: `  ${facts.join(', ')}`, tone: 'muted'});
	}

	if (volume.dangling) {
		segments.push({text: `  ${t('panel-dangling')}`, tone: 'dangling'});
	}

	if (volume.usedBy.length > 0) {
		const users = volume.usedBy.map(user => {
			const notes = [user.readOnly ? t('panel-read-only') : '', user.running ? '' : t('panel-stopped')].filter(Boolean);
			return `${user.container}:${user.destination}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
		});
		segments.push({text: `  ${users.join(', ')}`, tone: 'plain'});
	}

	return segments;
}

function bindSegments(bind: PanelBind, lang: Lang): PanelSegment[] {
	const t = stateMessages(lang);
	const notes = [bind.readOnly ? t('panel-read-only') : '', bind.running ? '' : t('panel-stopped')].filter(Boolean);
	const segments: PanelSegment[] = [
		{text: '  ', tone: 'plain'},
		{text: bind.source, tone: 'name'},
		{text: ` -> ${bind.container}:${bind.destination}`, tone: 'plain'},
	];
	if (notes.length > 0) {
		segments.push({text: ` (${notes.join(', ')})`, tone: 'muted'});
	}

	const warning = describeWarning(bind.warning);
	if (warning) {
		segments.push({text: `  ⚠ ${warning.text}`, tone: warning.tone});
	}

	return segments;
}

function describeWarning(warning: BindAssessment | undefined): {text: string; tone: PanelTone} | undefined {
	if (!warning || harmlessLevels.has(warning.level)) {
		return undefined;
	}

	return {
		text: warning.messages?.[0] ?? warning.level,
		tone: severeLevels.has(warning.level) ? 'danger' : 'warning',
	};
}

/** Cuts segments so their text fits `width` columns, ending with `…` when something was cut. */
export function fitSegments(segments: readonly PanelSegment[], width: number): PanelSegment[] {
	const fitted: PanelSegment[] = [];
	let room = Math.max(0, width);
	for (const segment of segments) {
		const characters = [...segment.text];
		if (characters.length <= room) {
			fitted.push(segment);
			room -= characters.length;
			continue;
		}

		if (room > 0) {
			fitted.push({...segment, text: `${characters.slice(0, room - 1).join('')}…`});
		} else if (fitted.length > 0) {
			const last = fitted.at(-1)!;
			const lastCharacters = [...last.text];
			fitted[fitted.length - 1] = {...last, text: `${lastCharacters.slice(0, -1).join('')}…`};
		}

		break;
	}

	return fitted;
}

export type PanelWindow = {
	lines: PanelLine[];
	/** Index of the first shown line. */
	offset: number;
	above: number;
	below: number;
};

/**
The slice of lines that fits `height` rows, one row kept for each "more" marker
needed. Without an explicit offset, the first focused line is brought into view.
*/
export function panelWindow(lines: readonly PanelLine[], {height, offset}: {height: number; offset?: number}): PanelWindow {
	const rows = Math.max(1, height);
	if (lines.length <= rows) {
		return {lines: [...lines], offset: 0, above: 0, below: 0};
	}

	const focusIndex = lines.findIndex(line => line.focus);
	let start = offset ?? (focusIndex === -1 ? 0 : Math.max(0, focusIndex - 1));
	if (rows < 3) {
		// No room for "more" markers: plain slice.
		start = Math.min(Math.max(0, start), lines.length - rows);
		return {lines: lines.slice(start, start + rows), offset: start, above: start, below: lines.length - start - rows};
	}

	start = Math.min(Math.max(0, start), lines.length - (rows - 1));
	// Rows left for content once the "more" markers are placed.
	let visible = rows - (start > 0 ? 1 : 0);
	if (start + visible < lines.length) {
		visible -= 1;
	}

	const shown = lines.slice(start, start + visible);
	return {lines: shown, offset: start, above: start, below: lines.length - start - shown.length};
}
