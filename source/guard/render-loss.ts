import type {Lang} from '../i18n/catalogue.js';
import {anonymousVolumeNamePattern} from '../line/docker-rules.js';
import {formatBytes} from '../state/format-size.js';
import {displayVolumeName} from '../state/select.js';
import type {LayerChange} from '../state/types.js';
import {contentsUnknown, knownContents, losesFiles, type Assessment, type DoomedContainer, type DoomedVolume, type LossNote, type Spared} from './losses.js';
import {guardMessages, type GuardTranslate} from './messages.js';
import type {LossLine, LossPreview} from './types.js';

const listedFiles = 3;
const listedChanges = 3;
const listedNames = 5;

export type RenderOptions = {
	lang: Lang;
	readLimit: number;
};

/**
Puts words on an assessment: undefined when nothing the user could lose goes
(no needless questions), otherwise the lines in the most useful order: what is
lost, what may be, what docker will refuse to delete, then how the list was made.
*/
export function renderPreview(assessment: Assessment, {lang, readLimit}: RenderOptions): Omit<LossPreview, 'confirmedArgs'> | undefined {
	const t = guardMessages(lang);
	const {volumes, containers, spared, notes, unseenVolumes, unresolved} = assessment;
	const containerLoses = (container: DoomedContainer) => (container.changes?.length ?? 0) > 0 || container.volumes.some(volume => losesFiles(volume));
	const containerUnknown = (container: DoomedContainer) => container.changes === undefined || container.volumes.some(volume => contentsUnknown(volume));
	const lost = volumes.some(volume => losesFiles(volume)) || containers.some(container => containerLoses(container));
	const unknown = unseenVolumes.length > 0 || unresolved.length > 0 || volumes.some(volume => contentsUnknown(volume)) || containers.some(container => containerUnknown(container));
	const killed = containers.some(container => container.reason === 'remove' && container.live);
	const blind = notes.some(note => note.kind === 'not-loaded' || note.kind === 'other-engine');
	if (!lost && !unknown && !killed && !blind) {
		return undefined;
	}

	const lines: LossLine[] = [
		...notes.filter(note => note.kind === 'not-loaded' || note.kind === 'other-engine').map(note => noteLine(note, t)),
		...unresolved.map(item => ({text: t(item.kind === 'volume' ? 'unresolved-volume' : 'unresolved-container', {name: item.name}), kind: 'unknown' as const, depth: 0 as const})),
		...containerLines(containers, t, lang),
		...volumeLines(volumes, t, lang),
		...spared.map(item => sparedLine(item, t)),
		...notes.filter(note => note.kind !== 'not-loaded' && note.kind !== 'other-engine').map(note => noteLine(note, t)),
	];

	const toRead = [
		...unseenVolumes,
		// A volume created since dockwise last looked is read (inspected first: a missing name is not created).
		...unresolved.filter(item => item.kind === 'volume').map(item => item.name),
		...containers.flatMap(container => container.volumes),
		...volumes,
	].filter(volume => typeof volume === 'string' || contentsUnknown(volume)).map(volume => typeof volume === 'string' ? volume : volume.name);

	return {
		severity: lost ? 'danger' : 'warning',
		headline: t(lost ? 'headline-loss' : 'headline-maybe'),
		lines,
		volumesToRead: [...new Set(toRead)].slice(0, readLimit),
		containersToRead: containers.filter(container => container.changes === undefined).map(container => container.id).slice(0, readLimit),
	};
}

function containerLines(containers: readonly DoomedContainer[], t: GuardTranslate, lang: Lang): LossLine[] {
	const lines: LossLine[] = [];
	const untouched: string[] = [];
	const ordered = [...containers].sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name));
	for (const container of ordered) {
		const {changes, live, name} = container;
		const volumeDetails = container.volumes.flatMap(volume => describeVolume(volume, 1, t, lang));
		if (container.reason === 'auto-remove') {
			const kind = (changes?.length ?? 0) > 0 || container.volumes.some(volume => losesFiles(volume)) ? 'lost' : (changes === undefined || volumeDetails.length > 0 ? 'unknown' : 'note');
			lines.push({
				text: container.signal ? t('auto-remove-signal', {name, signal: container.signal}) : t('auto-remove', {name}),
				kind,
				depth: 0,
			});
			lines.push(changes === undefined
				? {text: t('layer-unknown'), kind: 'unknown', depth: 1}
				: (changes.length > 0
					? {text: t('layer-changes', {count: changes.length, list: listChanges(changes, t)}), kind: 'lost', depth: 1}
					: {text: t('layer-nothing'), kind: 'note', depth: 1}));
			lines.push(...volumeDetails);
			continue;
		}

		if (changes !== undefined && changes.length === 0 && !live && volumeDetails.length === 0) {
			untouched.push(name);
			continue;
		}

		if (changes === undefined) {
			lines.push({text: t('container-unknown', {name}), kind: 'unknown', depth: 0});
		} else if (changes.length > 0) {
			lines.push({text: t(live ? 'container-changes-so-far' : 'container-changes', {name, count: changes.length}), kind: 'lost', depth: 0});
			lines.push({text: listChanges(changes, t), kind: 'lost', depth: 1});
		} else {
			lines.push({text: t(live ? 'container-nothing-so-far' : 'container-nothing', {name}), kind: 'note', depth: 0});
		}

		if (live) {
			lines.push({text: t('container-killed'), kind: 'lost', depth: 1});
		}

		lines.push(...volumeDetails);
	}

	if (untouched.length > 0) {
		lines.push({text: t('containers-nothing', {count: untouched.length, list: listNames(untouched, t)}), kind: 'note', depth: 0});
	}

	return lines;
}

/** Containers losing the most come first, then those not read, then the rest. */
function weight(container: DoomedContainer): number {
	if (container.changes === undefined) {
		return 0.5;
	}

	return container.changes.length + container.volumes.reduce((sum, volume) => sum + (knownContents(volume)?.fileCount ?? 0), 0);
}

function volumeLines(volumes: readonly DoomedVolume[], t: GuardTranslate, lang: Lang): LossLine[] {
	const losing = volumes.filter(volume => losesFiles(volume))
		.sort((a, b) => knownContents(b)!.totalBytes - knownContents(a)!.totalBytes || a.name.localeCompare(b.name));
	const unread = volumes.filter(volume => contentsUnknown(volume))
		.sort((a, b) => (b.size ?? 0) - (a.size ?? 0) || Number(a.anonymous) - Number(b.anonymous) || a.name.localeCompare(b.name));
	const empty = volumes.filter(volume => !losesFiles(volume) && !contentsUnknown(volume));
	const lines = [...losing, ...unread].flatMap(volume => describeVolume(volume, 0, t, lang));
	if (empty.length > 0) {
		const names = empty.map(volume => displayVolumeName(volume)).sort();
		lines.push({text: t('volumes-empty', {count: empty.length, list: listNames(names, t)}), kind: 'note', depth: 0});
	}

	return lines;
}

/** One line for a volume that loses files or may (none for an empty one), plus a few of its files at the top level. */
function describeVolume(volume: DoomedVolume, depth: 0 | 1, t: GuardTranslate, lang: Lang): LossLine[] {
	const label = t(volume.anonymous ? 'anonymous-volume' : 'volume', {name: displayVolumeName(volume)});
	const contents = knownContents(volume);
	if (!contents) {
		return [{
			text: volume.size === undefined ? t('volume-unknown', {volume: label}) : t('volume-unknown-size', {volume: label, size: formatBytes(volume.size, lang)}),
			kind: 'unknown',
			depth,
		}];
	}

	if (contents.fileCount === 0) {
		return [];
	}

	const files = t(contents.partial ? 'files-at-least' : 'files', {count: contents.fileCount});
	const lines: LossLine[] = [{text: t('volume-lost', {volume: label, files, size: formatBytes(contents.totalBytes, lang)}), kind: 'lost', depth}];
	const shown = contents.files.slice(0, listedFiles).map(file => file.path);
	if (depth === 0 && shown.length > 0) {
		const more = Math.max(0, contents.fileCount - shown.length);
		const list = more > 0 ? t('list-more', {list: shown.join(', '), count: more}) : shown.join(', ');
		lines.push({text: t('volume-sample', {list}), kind: 'lost', depth: 1});
	}

	return lines;
}

function listChanges(changes: readonly LayerChange[], t: GuardTranslate): string {
	const keys = {A: 'change-added', C: 'change-changed', D: 'change-deleted'} as const;
	const shown = changes.slice(0, listedChanges).map(change => t(keys[change.kind], {path: change.path})).join(', ');
	return changes.length > listedChanges ? t('list-more', {list: shown, count: changes.length - listedChanges}) : shown;
}

function listNames(names: readonly string[], t: GuardTranslate): string {
	const shown = names.slice(0, listedNames).join(', ');
	return names.length > listedNames ? t('list-more', {list: shown, count: names.length - listedNames}) : shown;
}

function sparedLine(item: Spared, t: GuardTranslate): LossLine {
	if (item.kind === 'container-running') {
		return {text: t('container-running', {name: item.name}), kind: 'kept', depth: 0};
	}

	if (item.kind === 'ambiguous-id') {
		return {text: t('ambiguous-id', {name: item.name, count: item.matches}), kind: 'kept', depth: 0};
	}

	const volume = t(item.anonymous ? 'anonymous-volume' : 'volume', {name: displayVolumeName(item)});
	const users = listNames(item.users.map(user => user.running ? t('user-running', {name: user.name}) : user.name), t);
	return {text: t('volume-in-use', {volume, users, verb: t('users-verb', {count: item.users.length})}), kind: 'kept', depth: 0};
}

function noteLine(note: LossNote, t: GuardTranslate): LossLine {
	const line = (text: string): LossLine => ({text, kind: 'note', depth: 0});
	switch (note.kind) {
		case 'not-loaded': {
			return line(t('note-not-loaded'));
		}

		case 'other-engine': {
			return line(t('note-other-engine', {flag: note.flag}));
		}

		case 'api-old': {
			return line(t('note-api-old', {api: note.api}));
		}

		case 'api-unknown': {
			return line(t('note-api-unknown'));
		}

		case 'filter-not-applied': {
			return line(t('note-filter-not-applied', {filter: note.filter}));
		}

		case 'labels-unknown': {
			return line(t('note-labels-unknown', {list: listNames(note.names.map(name => displayVolumeName({name, anonymous: anonymousVolumeNamePattern.test(name)})), t)}));
		}

		case 'volumes-after-containers': {
			return line(t('note-volumes-after-containers'));
		}

		case 'system-prune-rest': {
			return line(t(note.allImages ? 'note-system-prune-rest-all' : 'note-system-prune-rest'));
		}
	}
}
