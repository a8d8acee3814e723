import type {Container, ContainerStatus, DockerState, Volume} from './types.js';

export type VolumeUser = {
	containerId: string;
	containerName: string;
	destination: string;
	readOnly: boolean;
	running: boolean;
};

/** Whether the container's processes exist (its writable layer may still change). */
export function isLive(status: ContainerStatus): boolean {
	return status === 'running' || status === 'paused' || status === 'restarting';
}

/** Who mounts each volume, from the containers' mounts (the single source of truth). */
export function volumeUsers(state: DockerState): Map<string, VolumeUser[]> {
	const users = new Map<string, VolumeUser[]>();
	for (const container of Object.values(state.containers)) {
		for (const mount of container.mounts) {
			if (mount.type !== 'volume') {
				continue;
			}

			const list = users.get(mount.name) ?? [];
			list.push({
				containerId: container.id,
				containerName: container.name,
				destination: mount.destination,
				readOnly: mount.readOnly,
				running: isLive(container.status),
			});
			users.set(mount.name, list);
		}
	}

	for (const list of users.values()) {
		list.sort((a, b) => Number(b.running) - Number(a.running) || a.containerName.localeCompare(b.containerName));
	}

	return users;
}

/** Named volumes by name, then anonymous ones by name. */
export function sortedVolumes(state: DockerState): Volume[] {
	return Object.values(state.volumes).sort(compareVolumes);
}

export function compareVolumes(a: Volume, b: Volume): number {
	return Number(a.anonymous) - Number(b.anonymous) || a.name.localeCompare(b.name);
}

/** Running containers first, then by name. */
export function sortedContainers(state: DockerState): Container[] {
	return Object.values(state.containers).sort((a, b) => Number(isLive(b.status)) - Number(isLive(a.status)) || a.name.localeCompare(b.name));
}

/** Anonymous volumes have 64-digit names; the first 12 say enough, like container ids. */
export function displayVolumeName(volume: Pick<Volume, 'name' | 'anonymous'>): string {
	return volume.anonymous && volume.name.length > 12 ? `${volume.name.slice(0, 12)}…` : volume.name;
}

export type ContainerLookup =
	| {kind: 'found'; container: Container}
	/** Several containers have an id starting with it: docker refuses the name. */
	| {kind: 'ambiguous'; matches: number}
	| {kind: 'unknown'};

/**
Resolves a container operand as the engine does: exact full id, then exact
name (a leading slash allowed), then a unique id prefix of any length (even one
digit). A prefix several ids share is refused by docker.
*/
export function lookUpContainer(state: DockerState, idOrName: string): ContainerLookup {
	const wanted = idOrName.replace(/^\//, '');
	if (wanted === '') {
		return {kind: 'unknown'};
	}

	const exact = state.containers[wanted];
	if (exact) {
		return {kind: 'found', container: exact};
	}

	const containers = Object.values(state.containers);
	const named = containers.find(container => container.name === wanted);
	if (named) {
		return {kind: 'found', container: named};
	}

	const prefixed = containers.filter(container => container.id.startsWith(wanted));
	if (prefixed.length === 1) {
		return {kind: 'found', container: prefixed[0]!};
	}

	return prefixed.length > 1 ? {kind: 'ambiguous', matches: prefixed.length} : {kind: 'unknown'};
}

/** The container the engine would take for this operand, if exactly one. */
export function findContainer(state: DockerState, idOrName: string): Container | undefined {
	const lookup = lookUpContainer(state, idOrName);
	return lookup.kind === 'found' ? lookup.container : undefined;
}
