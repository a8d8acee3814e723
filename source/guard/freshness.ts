import type {Container, DockerState, Volume} from '../state/types.js';

/**
The model as the guard may trust it at `freshSince`: a volume's contents read
before then count as unknown (marked stale), and so does the writable layer of a
container that still runs, read before then. Files can reach a volume without a
mount event (the host writing into `_data`, a container bind-mounting it), so
"empty" is only believed when read just now.
*/
export function trustedAt(state: DockerState, freshSince: number): DockerState {
	let volumes: Record<string, Volume> | undefined;
	for (const volume of Object.values(state.volumes)) {
		const {contents} = volume;
		if (contents && !contents.stale && !(contents.readAt >= freshSince)) {
			volumes ??= {...state.volumes};
			volumes[volume.name] = {...volume, contents: {...contents, stale: true}};
		}
	}

	let containers: Record<string, Container> | undefined;
	for (const container of Object.values(state.containers)) {
		const layer = container.writableLayer;
		if (layer && !layer.final && !(layer.capturedAt >= freshSince)) {
			containers ??= {...state.containers};
			const rest = {...container};
			delete rest.writableLayer;
			containers[container.id] = rest;
		}
	}

	return volumes || containers ? {...state, ...(volumes ? {volumes} : {}), ...(containers ? {containers} : {})} : state;
}
