import type {KnownEngineState} from '../explain/types.js';
import {volumeUsers} from './select.js';
import type {DockerState} from './types.js';

/** What the explanation may know of the engine: container names with their status, and who uses each volume. */
export function knownEngineState(state: DockerState): KnownEngineState {
	const users = volumeUsers(state);
	const statusOf = new Map(Object.values(state.containers).map(container => [container.id, container.status]));
	return {
		containers: Object.values(state.containers).map(container => ({name: container.name, status: container.status})),
		volumes: Object.values(state.volumes).map(volume => ({
			name: volume.name,
			usedBy: (users.get(volume.name) ?? []).map(user => ({name: user.containerName, status: statusOf.get(user.containerId) ?? 'created'})),
		})),
	};
}
