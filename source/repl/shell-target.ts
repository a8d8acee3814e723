import {helperLabel, type Container, type DockerState} from '../state/types.js';

/** The container whose terminal the user last had (a `run -it`, `exec -it`, `attach`...): ids and names the line gave. */
export type LeftContainer = {ids: readonly string[]; names: readonly string[]};

/** Where a line meant for a container's shell could run. */
export type ShellTarget =
	| {kind: 'exec'; name: string; /** The container just left is still running. */ justLeft: boolean}
	| {kind: 'run'; image: string};

/** Where the learner is: what dockwise tells a line typed for a container's shell. */
export type PlaceContext = {
	target: ShellTarget;
	/** The last line was a container's terminal, and it is over: the user is back on the host. */
	justLeft: boolean;
};

/**
The container to open a shell in: the one just left if it still runs, else a
running one (the newest), else a new one from the image of the one just left
(or alpine).
*/
export function shellTarget(left: LeftContainer | undefined, state: DockerState): ShellTarget {
	const hidden = new Set(state.hiddenContainers);
	const containers = Object.values(state.containers).filter(container => !hidden.has(container.id) && container.labels[helperLabel] === undefined);
	const isLeft = (container: Pick<Container, 'id' | 'name'>) => left !== undefined
		&& (left.names.includes(container.name) || left.ids.some(id => id !== '' && container.id.startsWith(id)));
	const leftOne = containers.find(container => isLeft(container));
	if (leftOne?.status === 'running') {
		return {kind: 'exec', name: leftOne.name, justLeft: true};
	}

	const running = containers.filter(container => container.status === 'running')
		.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
	if (running[0]) {
		return {kind: 'exec', name: running[0].name, justLeft: false};
	}

	const image = leftOne?.image ?? state.removedContainers.findLast(container => isLeft(container))?.image ?? 'alpine';
	return {kind: 'run', image};
}

/** The docker line that opens that shell. */
export function shellCommand(target: ShellTarget): string {
	return target.kind === 'exec' ? `docker exec -it ${target.name} sh` : `docker run -it --rm ${target.image} sh`;
}
