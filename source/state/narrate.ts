import type {Lang} from '../i18n/catalogue.js';
import {diffStates, type StateChange} from './diff.js';
import {formatBytes} from './format-size.js';
import {stateMessages} from './messages.js';
import {displayVolumeName} from './select.js';
import type {DockerState, LayerChange, Mount, VolumeContents} from './types.js';

/** Changes listed in full in one narration line; the rest are counted. */
const listedChanges = 5;

/** "What changed": plain sentences telling what a command did to the user's data. */
export function narrateChanges(before: DockerState, after: DockerState, lang: Lang): string[] {
	return narrate(diffStates(before, after), lang);
}

export function narrate(changes: readonly StateChange[], lang: Lang): string[] {
	const t = stateMessages(lang);
	return changes.map(change => {
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

				if (change.changes.length > 0) {
					return t('container-removed-lost', {container: change.container.name, count: change.changes.length, list: listChanges(change.changes, lang)});
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
				return contents && !contents.stale
					? t('volume-kept-contents', {name, contents: describeContents(contents, lang)})
					: t('volume-kept', {name});
			}
		}

		return '';
	});
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

function listChanges(changes: readonly LayerChange[], lang: Lang): string {
	const shown = changes.slice(0, listedChanges).map(change => `${change.kind} ${change.path}`).join(', ');
	return changes.length > listedChanges
		? stateMessages(lang)('list-and-more', {list: shown, count: changes.length - listedChanges})
		: shown;
}
