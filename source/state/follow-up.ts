import {isLive} from './select.js';
import type {DockerEvent, DockerState} from './types.js';

/** What the tracker does after an event: which queries and reads it calls for. */
export type FollowUp =
	/** Known only from an event: inspect it (coalesced per burst). */
	| {kind: 'inspect-volume'; name: string}
	| {kind: 'inspect-container'; id: string}
	/** Gone: no inspect needed any more. */
	| {kind: 'forget-volume'; name: string}
	/** Gone: no inspect, and stop reading its writable layer once the reads under way are done. */
	| {kind: 'forget-container'; id: string}
	/** A volume was let go: its size may have changed (`docker system df -v`, debounced). */
	| {kind: 'refresh-sizes'}
	/** Something removed an unknown set of objects: list everything again. */
	| {kind: 'relist'}
	/** Read this container's writable layer while it runs. */
	| {kind: 'watch'; id: string}
	/** Read its writable layer now. */
	| {kind: 'read-layer'; id: string}
	/** A name waited for (`watchContainer`) has appeared: stop waiting for it. */
	| {kind: 'matched-name'; name: string};

export type FollowUpContext = {
	/** A command window is open: containers created or started now are the command's. */
	commandRunning: boolean;
	/** Containers whose writable layer is being read. */
	watched: ReadonlySet<string>;
	/** Names (or id prefixes) to watch once they appear. */
	watchNames: ReadonlySet<string>;
};

/**
Decides what an event calls for, given the state it was applied to. No I/O:
the tracker runs the queries these stand for.
*/
export function followUpsFor(state: DockerState, event: DockerEvent, context: FollowUpContext): FollowUp[] {
	if (event.type === 'volume') {
		return volumeFollowUps(state, event);
	}

	if (event.type !== 'container' || state.hiddenContainers.includes(event.id)) {
		return [];
	}

	const actions: FollowUp[] = [];
	switch (event.action) {
		case 'create': {
			const name = event.attributes['name'] ?? '';
			const wanted = [...context.watchNames].find(wantedName => wantedName === name || event.id.startsWith(wantedName));
			if (wanted !== undefined) {
				actions.push({kind: 'matched-name', name: wanted});
			}

			if (context.commandRunning || wanted !== undefined) {
				actions.push({kind: 'watch', id: event.id});
			}

			break;
		}

		case 'start':
		case 'restart':
		case 'unpause': {
			if (context.watched.has(event.id)) {
				actions.push({kind: 'read-layer', id: event.id});
			} else if (context.commandRunning) {
				// `docker start -ai` of an existing container is started from dockwise too.
				actions.push({kind: 'watch', id: event.id});
			}

			break;
		}

		case 'die': {
			// The last chance to read what a `--rm` container wrote.
			if (context.watched.has(event.id)) {
				actions.push({kind: 'read-layer', id: event.id});
			}

			break;
		}

		case 'prune': {
			return [{kind: 'relist'}];
		}

		case 'destroy': {
			return [{kind: 'forget-container', id: event.id}];
		}

		default:
	}

	const container = state.containers[event.id];
	if (container && !container.detailed) {
		actions.push({kind: 'inspect-container', id: event.id});
	}

	return actions;
}

function volumeFollowUps(state: DockerState, event: DockerEvent): FollowUp[] {
	switch (event.action) {
		case 'create': {
			const volume = state.volumes[event.id];
			return volume && !volume.detailed ? [{kind: 'inspect-volume', name: event.id}] : [];
		}

		case 'destroy': {
			return [{kind: 'forget-volume', name: event.id}];
		}

		case 'mount': {
			const containerId = event.attributes['container'] ?? '';
			return state.containers[containerId]?.detailed === false ? [{kind: 'inspect-container', id: containerId}] : [];
		}

		case 'unmount': {
			return [{kind: 'refresh-sizes'}];
		}

		case 'prune': {
			// This engine reports a prune as one event, without a destroy per volume.
			return [{kind: 'relist'}];
		}

		default: {
			return [];
		}
	}
}

/** Whether a watched container is worth reading now. */
export function shouldReadLayer(state: DockerState, id: string): boolean {
	const container = state.containers[id];
	return container !== undefined && isLive(container.status);
}
