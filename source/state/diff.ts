import {meaningfulChanges} from './layer-changes.js';
import type {Container, DockerState, LayerChange, Mount, RemovedContainer, RemovedVolume, Volume, VolumeContents, VolumeFile} from './types.js';

/** How much of a removed container's writable layer was seen before it went. */
export type LayerCapture =
	/** Read after it stopped: complete. */
	| 'final'
	/** Read while it ran: complete up to the last poll (about a second before it stopped). */
	| 'polled'
	/** Never read (not started from dockwise, or gone before the first read). */
	| 'none';

export type StateChange =
	| {kind: 'volume-created'; volume: Volume; alsoRemoved: boolean}
	/** A container that appeared and mounts nothing: everything it writes goes to its writable layer. */
	| {kind: 'container-created-without-volume'; container: Container}
	| {kind: 'mounted'; container: Container; mount: Mount; createdVolume?: Volume}
	| {kind: 'container-stopped'; container: Container; changes?: LayerChange[]}
	| {kind: 'container-removed'; container: Container; changes?: LayerChange[]; capture: LayerCapture}
	| {kind: 'volume-removed'; volume: Volume; withContainer?: string}
	/** Still there after the containers that used it stopped or went: the data survived. */
	| {kind: 'volume-kept'; volume: Volume; containers: string[]; delta?: ContentsDelta}
	/** Two readings of a volume's files differ. */
	| {kind: 'volume-contents-changed'; volume: Volume; delta: ContentsDelta};

/** What changed in a volume between two readings of its files. */
export type ContentsDelta = {
	added: VolumeFile[];
	removed: VolumeFile[];
	changed: VolumeFile[];
	/** The file lists were cut short: only the totals compare. */
	listsIncomplete: boolean;
	now: Pick<VolumeContents, 'fileCount' | 'totalBytes'>;
};

/**
What happened to the user's data between two states: volumes created and
removed, what new containers mount, what stopped or removed containers leave
behind or lose, and which volumes outlived them. Ordered as a story: creations,
mounts, stops and removals, then what was kept.
*/
export function diffStates(before: DockerState, after: DockerState): StateChange[] {
	const removedContainers = newEntries(before.removedContainers, after.removedContainers);
	const removedVolumes = newEntries(before.removedVolumes, after.removedVolumes);
	const removedVolumeNames = new Set(removedVolumes.map(volume => volume.name));

	const appearedContainers = [...Object.values(after.containers), ...removedContainers]
		.filter(container => !before.containers[container.id] && !before.removedContainers.some(old => old.id === container.id))
		.sort(byCreation);
	const appearedVolumes = new Map<string, Volume>();
	for (const volume of [...Object.values(after.volumes), ...removedVolumes]) {
		if (!before.volumes[volume.name]) {
			appearedVolumes.set(volume.name, volume);
		}
	}

	const changes: StateChange[] = [];
	const createdForContainer = new Set<string>();
	for (const container of appearedContainers) {
		for (const mount of container.mounts) {
			if (mount.type === 'volume' && appearedVolumes.get(mount.name)?.anonymous) {
				createdForContainer.add(mount.name);
			}
		}
	}

	// Told in one line: "created and removed".
	const createdAndRemoved = new Set<string>();
	for (const volume of appearedVolumes.values()) {
		if (!createdForContainer.has(volume.name)) {
			const alsoRemoved = removedVolumeNames.has(volume.name);
			changes.push({kind: 'volume-created', volume, alsoRemoved});
			if (alsoRemoved) {
				createdAndRemoved.add(volume.name);
			}
		}
	}

	for (const container of appearedContainers) {
		const dataMounts = container.mounts.filter(mount => mount.type !== 'tmpfs');
		if (dataMounts.length === 0) {
			changes.push({kind: 'container-created-without-volume', container});
		}

		for (const mount of [...container.mounts].sort((a, b) => a.destination.localeCompare(b.destination))) {
			const createdVolume = mount.type === 'volume' && createdForContainer.has(mount.name) ? appearedVolumes.get(mount.name) : undefined;
			changes.push({kind: 'mounted', container, mount, ...(createdVolume ? {createdVolume} : {})});
		}
	}

	const stopped = Object.values(after.containers).filter(container => {
		if (!(container.status === 'exited' || container.status === 'dead')) {
			return false;
		}

		const previous = before.containers[container.id];
		// A container that ran again during the window has a fresh capture even if its status looks unchanged.
		return previous ? previous.status !== container.status || previous.writableLayer !== container.writableLayer : true;
	}).sort(byCreation);
	for (const container of stopped) {
		changes.push({kind: 'container-stopped', container, ...layerChanges(container)});
	}

	for (const container of removedContainers) {
		changes.push({kind: 'container-removed', container, capture: captureOf(container), ...layerChanges(container)});
	}

	// `--rm` and `rm -v` take a container's anonymous volumes with it.
	const removedWith = new Map<string, string>();
	for (const container of removedContainers) {
		for (const mount of container.mounts) {
			if (mount.type === 'volume') {
				removedWith.set(mount.name, container.name);
			}
		}
	}

	for (const volume of removedVolumes.filter(volume => !createdAndRemoved.has(volume.name))) {
		const withContainer = volume.anonymous ? removedWith.get(volume.name) : undefined;
		changes.push({kind: 'volume-removed', volume, ...(withContainer ? {withContainer} : {})});
	}

	const keptBy = new Map<string, string[]>();
	for (const container of [...stopped, ...removedContainers]) {
		for (const mount of container.mounts) {
			if (mount.type === 'volume' && after.volumes[mount.name]) {
				keptBy.set(mount.name, [...(keptBy.get(mount.name) ?? []), container.name]);
			}
		}
	}

	for (const [name, containers] of [...keptBy].sort(([a], [b]) => a.localeCompare(b))) {
		const delta = contentsDelta(before.volumes[name]?.contents, after.volumes[name]!.contents);
		changes.push({kind: 'volume-kept', volume: after.volumes[name]!, containers: [...new Set(containers)], ...(delta ? {delta} : {})});
	}

	for (const volume of Object.values(after.volumes).sort((a, b) => a.name.localeCompare(b.name))) {
		const delta = keptBy.has(volume.name) ? undefined : contentsDelta(before.volumes[volume.name]?.contents, volume.contents);
		if (delta) {
			changes.push({kind: 'volume-contents-changed', volume, delta});
		}
	}

	return changes;
}

/** What two readings of a volume's files say changed; undefined when they agree or one is missing. */
export function contentsDelta(before: VolumeContents | undefined, after: VolumeContents | undefined): ContentsDelta | undefined {
	if (!before || !after || after.stale || before.readAt === after.readAt) {
		return undefined;
	}

	const listsIncomplete = before.truncated || after.truncated || before.partial || after.partial;
	const old = new Map(before.files.map(file => [file.path, file.size]));
	const current = new Map(after.files.map(file => [file.path, file.size]));
	const added = listsIncomplete ? [] : after.files.filter(file => !old.has(file.path));
	const removed = listsIncomplete ? [] : before.files.filter(file => !current.has(file.path));
	const changed = listsIncomplete ? [] : after.files.filter(file => old.has(file.path) && old.get(file.path) !== file.size);
	const totalsDiffer = before.fileCount !== after.fileCount || before.totalBytes !== after.totalBytes;
	if (added.length === 0 && removed.length === 0 && changed.length === 0 && !totalsDiffer) {
		return undefined;
	}

	return {added, removed, changed, listsIncomplete, now: {fileCount: after.fileCount, totalBytes: after.totalBytes}};
}

/** Volumes whose contents are worth reading to tell what was kept (see `volume-kept`). */
export function keptVolumeNames(before: DockerState, after: DockerState): string[] {
	return diffStates(before, after).flatMap(change => change.kind === 'volume-kept' ? [change.volume.name] : []);
}

function newEntries<Entry extends RemovedContainer | RemovedVolume>(before: readonly Entry[], after: readonly Entry[]): Entry[] {
	const known = new Set(before.map(entryKey));
	return after.filter(entry => !known.has(entryKey(entry)));
}

function entryKey(entry: RemovedContainer | RemovedVolume): string {
	return `${'id' in entry ? entry.id : entry.name}@${entry.removedAt}`;
}

function layerChanges(container: Container): {changes?: LayerChange[]} {
	return container.writableLayer ? {changes: meaningfulChanges(container.writableLayer.changes, container.mounts)} : {};
}

function captureOf(container: Container): LayerCapture {
	if (!container.writableLayer) {
		return 'none';
	}

	return container.writableLayer.final ? 'final' : 'polled';
}

function byCreation(a: Container, b: Container): number {
	return (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.name.localeCompare(b.name);
}
