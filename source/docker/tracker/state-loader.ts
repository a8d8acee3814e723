import type {StateInput} from '../../state/types.js';
import {inspectContainers, inspectVolumes, listContainers, listVolumes} from '../state-queries.js';
import type {DockerRunner, RunOptions} from '../state-runner.js';

/**
The full load: both lists, then one inspect for everything listed. Gives the
reducer's inputs in order; throws `EngineQueryError` when the engine does not answer.
*/
export async function loadState(runner: DockerRunner, at: number, options?: RunOptions): Promise<StateInput[]> {
	const [volumes, containers] = await Promise.all([listVolumes(runner, options), listContainers(runner, options)]);
	const [volumeDetails, containerDetails] = await Promise.all([
		volumes.length > 0 ? inspectVolumes(runner, volumes.map(volume => volume.name), options) : undefined,
		containers.length > 0 ? inspectContainers(runner, containers.map(container => container.id), options) : undefined,
	]);
	return [
		{kind: 'volume-list', volumes, at},
		{kind: 'container-list', containers, at},
		...(volumeDetails ? [{kind: 'volume-details', ...volumeDetails, at} as const] : []),
		...(containerDetails ? [{kind: 'container-details', ...containerDetails, at} as const] : []),
	];
}

/** The inspects a burst of events asked for, as reducer inputs. */
export async function loadDetails(runner: DockerRunner, volumes: readonly string[], containers: readonly string[], at: number, options?: RunOptions): Promise<StateInput[]> {
	const [volumeDetails, containerDetails] = await Promise.all([
		volumes.length > 0 ? inspectVolumes(runner, volumes, options) : undefined,
		containers.length > 0 ? inspectContainers(runner, containers, options) : undefined,
	]);
	return [
		...(volumeDetails ? [{kind: 'volume-details', ...volumeDetails, at} as const] : []),
		...(containerDetails ? [{kind: 'container-details', ...containerDetails, at} as const] : []),
	];
}
