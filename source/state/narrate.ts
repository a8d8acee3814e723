import type {Lang} from '../i18n/catalogue.js';
import {countElsewhere} from './command-scope.js';
import {diffStates, type ContentsDelta, type StateChange} from './diff.js';
import {formatBytes} from './format-size.js';
import {escapeControls} from '../text/escape-controls.js';
import {stateMessages} from './messages.js';
import {displayVolumeName} from './select.js';
import type {DockerState, LayerChange, Mount, VolumeContents, WritableLayer} from './types.js';

/** Changes listed in full in one narration line; the rest are counted. */
const listedChanges = 5;

/** "What changed": plain sentences telling what a command did to the user's data. */
export function narrateChanges(before: DockerState, after: DockerState, lang: Lang): string[] {
	return narrate(diffStates(before, after), lang);
}

export function narrate(changes: readonly StateChange[], lang: Lang): string[] {
	return changes.map(change => escapeControls(narrateOne(change, lang)));
}

function narrateOne(change: StateChange, lang: Lang): string {
	const t = stateMessages(lang);
	{
		switch (change.kind) {
			case 'volume-created': {
				return t(change.alsoRemoved ? 'volume-created-and-removed' : 'volume-created', {name: displayVolumeName(change.volume)});
			}

			case 'container-created-without-volume': {
				return t('container-without-volume', {container: change.container.name});
			}

			case 'mounted': {
				return describeMount(change.mount, change.container.name, lang, Boolean(change.createdVolume));
			}

			case 'container-stopped': {
				return change.changes
					? t('container-stopped-layer', {container: change.container.name, count: change.changes.length, list: listChanges(change.changes, lang)})
					: t('container-stopped', {container: change.container.name});
			}

			case 'container-removed': {
				if (!change.changes) {
					return t('container-removed-unknown', {container: change.container.name});
				}

				const lost = change.changes.filter(item => item.kind !== 'D');
				if (lost.length > 0) {
					return describeLoss(change.container.name, lost, change.container.writableLayer, lang);
				}

				if (change.changes.length > 0) {
					return t('container-removed-only-deletions', {container: change.container.name});
				}

				// Read while it ran (a `--rm` container is gone before a last read): a write after that read went unseen.
				return t(change.capture === 'final' ? 'container-removed-nothing-lost' : 'container-removed-empty-when-read', {container: change.container.name});
			}

			case 'volume-removed': {
				const name = displayVolumeName(change.volume);
				const {contents} = change.volume;
				const lost = contents && !contents.stale && contents.fileCount > 0 ? describeContents(contents, lang) : undefined;
				if (change.withContainer) {
					return lost
						? t('volume-removed-with-container-contents', {name, container: change.withContainer, contents: lost})
						: t('volume-removed-with-container', {name, container: change.withContainer});
				}

				return lost ? t('volume-removed-contents', {name, contents: lost}) : t('volume-removed', {name});
			}

			case 'volume-kept': {
				const name = displayVolumeName(change.volume);
				const {contents} = change.volume;
				if (change.delta) {
					return t('volume-kept-delta', {name, changes: describeDelta(change.delta, lang), contents: describeContents(change.delta.now, lang)});
				}

				return contents && !contents.stale
					? t('volume-kept-contents', {name, contents: describeContents(contents, lang)})
					: t('volume-kept', {name});
			}

			case 'volume-contents-changed': {
				const name = displayVolumeName(change.volume);
				const contents = describeContents(change.delta.now, lang);
				return change.delta.listsIncomplete
					? t('volume-contents-changed-totals', {name, contents})
					: t('volume-contents-changed', {name, changes: describeDelta(change.delta, lang), contents});
			}
		}

		return '';
	}
}

/** `1 file, 24 B`, or `empty`. */
export function describeContents(contents: Pick<VolumeContents, 'fileCount' | 'totalBytes'>, lang: Lang): string {
	const t = stateMessages(lang);
	return contents.fileCount === 0
		? t('contents-empty')
		: t('contents', {count: contents.fileCount, size: formatBytes(contents.totalBytes, lang)});
}

function describeMount(mount: Mount, container: string, lang: Lang, createdVolume: boolean): string {
	const t = stateMessages(lang);
	switch (mount.type) {
		case 'volume': {
			const readOnly = mount.readOnly ? t('read-only-note') : '';
			const name = displayVolumeName({name: mount.name, anonymous: createdVolume});
			return t(createdVolume ? 'mounted-new-anonymous' : 'mounted-volume', {name, destination: mount.destination, container, readOnly});
		}

		case 'bind': {
			return t('mounted-bind', {source: mount.source, destination: mount.destination, container, readOnly: mount.readOnly ? t('read-only-note') : ''});
		}

		case 'tmpfs': {
			return t('mounted-tmpfs', {destination: mount.destination, container});
		}

		case 'other': {
			return t('mounted-other', {kind: mount.kind, destination: mount.destination, container});
		}
	}
}

/** The one dim line for what others changed meanwhile; undefined when nothing. */
export function narrateElsewhere(changes: readonly StateChange[], lang: Lang): string | undefined {
	if (changes.length === 0) {
		return undefined;
	}

	const t = stateMessages(lang);
	const counts = countElsewhere(changes);
	const parts = [
		counts.containersCreated > 0 ? t('meanwhile-containers-created', {count: counts.containersCreated}) : '',
		counts.containersStopped > 0 ? t('meanwhile-containers-stopped', {count: counts.containersStopped}) : '',
		counts.containersRemoved > 0 ? t('meanwhile-containers-removed', {count: counts.containersRemoved}) : '',
		counts.volumesCreated > 0 ? t('meanwhile-volumes-created', {count: counts.volumesCreated}) : '',
		counts.volumesRemoved > 0 ? t('meanwhile-volumes-removed', {count: counts.volumesRemoved}) : '',
		counts.volumesChanged > 0 ? t('meanwhile-volumes-changed', {count: counts.volumesChanged}) : '',
	].filter(Boolean);
	return parts.length > 0 ? t('meanwhile', {summary: parts.join(', ')}) : undefined;
}

/** What a removed container lost: each path with its size when few, a count and examples when many. */
function describeLoss(container: string, lost: readonly LayerChange[], layer: WritableLayer | undefined, lang: Lang): string {
	const t = stateMessages(lang);
	const sizes = lost.map(item => item.size);
	const summed = sizes.every(size => size !== undefined || false) ? sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0) : undefined;
	const total = layer?.totalBytes ?? summed;
	if (lost.length <= 3) {
		const list = lost.map(item => describeItem(item, lang)).join(', ');
		const withTotal = total !== undefined && lost.some(item => item.size === undefined && !item.folder) ? `${list} (${t('layer-total', {size: formatBytes(total, lang)})})` : list;
		return t('container-removed-lost-list', {container, list: withTotal});
	}

	const examples = [...lost].sort((a, b) => (b.size ?? 0) - (a.size ?? 0)).slice(0, 3).map(item => describeItem(item, lang)).join(', ');
	return t('container-removed-lost-many', {container, count: lost.length, list: examples, ...(total === undefined ? {} : {size: formatBytes(total, lang)})});
}

function describeItem(item: LayerChange, lang: Lang): string {
	const t = stateMessages(lang);
	if (item.folder) {
		return t('item-folder', {path: item.path});
	}

	if (item.kind === 'D') {
		return t('item-deleted', {path: item.path});
	}

	const size = item.size === undefined ? undefined : formatBytes(item.size, lang);
	if (item.kind === 'C') {
		return size === undefined ? t('item-changed', {path: item.path}) : t('item-changed-sized', {path: item.path, size});
	}

	return size === undefined ? item.path : t('item-sized', {path: item.path, size});
}

/** `+two.txt (4 B), −old.txt`: at most a few files named, the rest counted. */
function describeDelta(delta: ContentsDelta, lang: Lang): string {
	const t = stateMessages(lang);
	const items = [
		...delta.added.map(file => t('delta-added', {path: file.path, size: formatBytes(file.size, lang)})),
		...delta.changed.map(file => t('delta-changed', {path: file.path, size: formatBytes(file.size, lang)})),
		...delta.removed.map(file => t('delta-removed', {path: file.path})),
	];
	const shown = items.slice(0, listedChanges).join(', ');
	return items.length > listedChanges ? t('list-and-more', {list: shown, count: items.length - listedChanges}) : shown;
}

function listChanges(changes: readonly LayerChange[], lang: Lang): string {
	const shown = changes.slice(0, listedChanges).map(change => describeItem(change, lang)).join(', ');
	return changes.length > listedChanges
		? stateMessages(lang)('list-and-more', {list: shown, count: changes.length - listedChanges})
		: shown;
}
