import type {ContainerStatus, ContainerSummary} from './types.js';

/** States in which a container's mounts, auto-removal and tmpfs matter now: it may be writing, or about to go. */
const liveStatuses: ReadonlySet<ContainerStatus> = new Set(['running', 'paused', 'restarting', 'removing']);

/**
Which containers the first load inspects, and which wait for the follow-up
inspect right after it (with the listed volumes' labels). `docker inspect` asks
the engine once per container, one after another (about 1 ms each): on an engine
with hundreds of containers it is the slowest part of the load. A stopped
container the list shows with no volume and no bind mount has nothing the panel
or the guard needs at once; it is detailed a moment later. Everything else, and
any container the list says nothing about, is inspected first.
*/
export function splitFirstInspect(containers: readonly ContainerSummary[], unmounted: ReadonlySet<string>): {first: string[]; later: string[]} {
	const first: string[] = [];
	const later: string[] = [];
	for (const container of containers) {
		(unmounted.has(container.id) && !liveStatuses.has(container.status) ? later : first).push(container.id);
	}

	return {first, later};
}
