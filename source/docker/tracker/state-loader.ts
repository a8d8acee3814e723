import {splitFirstInspect} from '../../state/load-plan.js';
import type {StateInput} from '../../state/types.js';
import {inspectContainers, inspectVolumes, inspectVolumesAndContainers, listContainers, listEverything, listVolumes} from '../state-queries.js';
import type {DockerRunner, RunOptions} from '../state-runner.js';

export type LoadResult = {
	/** The reducer's inputs, in order. */
	inputs: StateInput[];
	/** Whether volume sizes came with the lists (no separate `system df` needed). */
	withSizes: boolean;
	/** Listed, not yet inspected: for the follow-up inspect right after the load (`splitFirstInspect`). */
	laterContainers: string[];
};

/**
The full load in two steps and two processes: every volume and container listed
by one `docker system df -v` (volume sizes included), then one `inspect` of the
containers that may mount something or are running (mounts, exit code,
auto-removal); stopped containers listed with no mount are inspected right after,
with the listed volumes, whose exact labels and creation dates come from that
inspect too. When the engine is busy counting disk usage for someone else,
`volume ls` and `ps -a` list instead, and every container is inspected. Throws
`EngineQueryError` when the engine does not answer.
*/
export async function loadState(runner: DockerRunner, at: number, options?: RunOptions): Promise<LoadResult> {
	const everything = await listEverything(runner, options);
	const [volumes, containers] = everything
		? [everything.volumes, everything.containers]
		: await Promise.all([listVolumes(runner, options), listContainers(runner, options)]);
	const {first, later} = splitFirstInspect(containers, everything?.unmounted ?? new Set());
	const details = first.length > 0 ? await inspectContainers(runner, first, options) : undefined;
	return {
		inputs: [
			{kind: 'volume-list', volumes, at},
			{kind: 'container-list', containers, at},
			...(everything ? [{kind: 'volume-sizes', sizes: everything.sizes} as const] : []),
			...(details ? [{kind: 'container-details', ...details, at} as const] : []),
		],
		withSizes: everything !== undefined,
		laterContainers: later,
	};
}

/** Past this many volumes, a burst that also touched containers costs two typed inspects instead of one untyped. */
const mixedVolumesLimit = 100;

/**
The inspects a burst of events asked for, as reducer inputs: one process (more
only past `argumentBudget`), typed when the burst touched one kind of object.
*/
export async function loadDetails(runner: DockerRunner, volumes: readonly string[], containers: readonly string[], at: number, options?: RunOptions): Promise<StateInput[]> {
	if (containers.length === 0) {
		return volumes.length === 0 ? [] : [{kind: 'volume-details', ...await inspectVolumes(runner, volumes, options), at}];
	}

	if (volumes.length === 0) {
		return [{kind: 'container-details', ...await inspectContainers(runner, containers, options), at}];
	}

	if (volumes.length > mixedVolumesLimit) {
		// An untyped inspect looks each name up as a container, an image and a network first: slow for many volumes.
		const [volumeInputs, containerInputs] = await Promise.all([loadDetails(runner, volumes, [], at, options), loadDetails(runner, [], containers, at, options)]);
		return [...volumeInputs, ...containerInputs];
	}

	const both = await inspectVolumesAndContainers(runner, volumes, containers, options);
	// A name that resolved to another object, or is gone, stays as the events left it.
	return [
		{kind: 'volume-details', volumes: both.volumes, missing: [], at},
		{kind: 'container-details', containers: both.containers, missing: both.missingContainers, at},
	];
}
