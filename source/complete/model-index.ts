import {isLive} from '../state/select.js';
import type {Container, DockerState, Volume} from '../state/types.js';

type VolumeIndex = {named: readonly Volume[]; anonymous: readonly Volume[]};
type ContainerIndex = {
	/** Running and paused ones first, then by name. */
	containers: readonly Container[];
	/** Containers mounting each volume. */
	users: ReadonlyMap<string, readonly Container[]>;
};

// The model is immutable: its records are replaced, never changed, when the engine changes.
// Listing a record of thousands of keys costs milliseconds, so it is done once per record.
const volumeIndexes = new WeakMap<DockerState['volumes'], VolumeIndex>();
const containerIndexes = new WeakMap<DockerState['containers'], ContainerIndex>();

export function volumeIndex(state: DockerState): VolumeIndex {
	let index = volumeIndexes.get(state.volumes);
	if (!index) {
		const named: Volume[] = [];
		const anonymous: Volume[] = [];
		for (const volume of Object.values(state.volumes)) {
			(volume.anonymous ? anonymous : named).push(volume);
		}

		named.sort((a, b) => compareNames(a.name, b.name));
		anonymous.sort((a, b) => compareNames(a.name, b.name));
		index = {named, anonymous};
		volumeIndexes.set(state.volumes, index);
	}

	return index;
}

export function containerIndex(state: DockerState): ContainerIndex {
	let index = containerIndexes.get(state.containers);
	if (!index) {
		const containers = Object.values(state.containers);
		containers.sort((a, b) => Number(isLive(b.status)) - Number(isLive(a.status)) || compareNames(a.name, b.name));
		const users = new Map<string, Container[]>();
		for (const container of containers) {
			for (const mount of container.mounts) {
				if (mount.type === 'volume') {
					const list = users.get(mount.name) ?? [];
					if (!list.includes(container)) {
						list.push(container);
					}

					users.set(mount.name, list);
				}
			}
		}

		index = {containers, users};
		containerIndexes.set(state.containers, index);
	}

	return index;
}

/** Builds the indexes of a new model ahead of the next Tab (the caller does it when idle). */
export function warmModelIndex(state: DockerState): void {
	volumeIndex(state);
	containerIndex(state);
}

/** The entries of a list sorted by name whose name starts with `prefix`: a binary search, then a slice. */
export function withPrefix<Item extends {name: string}>(sorted: readonly Item[], prefix: string): readonly Item[] {
	if (prefix === '') {
		return sorted;
	}

	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]!.name < prefix) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	let end = low;
	while (end < sorted.length && sorted[end]!.name.startsWith(prefix)) {
		end++;
	}

	return sorted.slice(low, end);
}

/** Code-unit order: the same as the binary search's. */
export function compareNames(a: string, b: string): number {
	return a < b ? -1 : (a > b ? 1 : 0);
}
