import type {Explanation} from '../explain/types.js';
import {diffStates, type StateChange} from './diff.js';
import {isLive} from './select.js';
import type {Container, DockerState} from './types.js';

/**
What a command can touch, from its words: the changes it made are told in full,
the rest (other terminals, scripts, compose) is summed up as "meanwhile elsewhere".
*/
export type CommandScope = {
	/** Everything counts as the command's own: a host shell command, a docker command dockwise does not know. */
	all: boolean;
	/** Container or volume names and id prefixes the command names. */
	names: string[];
	/** Ids of the containers it created (from `--cidfile`), added once known. */
	containerIds: string[];
	/** What a prune removes is the command's own. */
	removes: {containers: boolean; volumes: boolean};
	/** `volume create` without a name: the volume it creates has a random one. */
	createsUnnamedVolume: boolean;
};

export const wholeScope: CommandScope = {all: true, names: [], containerIds: [], removes: {containers: true, volumes: true}, createsUnnamedVolume: true};

/** The scope of a docker command line, from its explanation. */
export function scopeOf(explanation: Explanation): CommandScope {
	const {command, tokens} = explanation;
	if (command === null || command.startsWith('compose') || command.startsWith('stack') || command.startsWith('service')) {
		return wholeScope;
	}

	const valuesOf = (flag: string) => tokens.filter(token => token.role === 'value' && token.flag === flag).map(token => token.value);
	const operands = tokens.filter(token => token.role === 'argument').map(token => token.value);
	const mountSources = explanation.mounts.flatMap(mount => mount.type === 'volume' && mount.source ? [mount.source] : []);
	const names = [...operands, ...valuesOf('--name'), ...valuesOf('--volumes-from'), ...mountSources];
	return {
		all: false,
		names: [...new Set(names)],
		containerIds: [],
		removes: {
			containers: command === 'container prune' || command === 'system prune',
			volumes: command === 'volume prune' || command === 'system prune',
		},
		createsUnnamedVolume: command === 'volume create' && names.length === 0,
	};
}

export type SplitChanges = {own: StateChange[]; elsewhere: StateChange[]};

/** Splits what changed into what the command did and what happened meanwhile elsewhere. */
export function splitChanges(changes: readonly StateChange[], scope: CommandScope, after: DockerState): SplitChanges {
	if (scope.all) {
		return {own: [...changes], elsewhere: []};
	}

	const ownContainer = (container: Pick<Container, 'id' | 'name'>) => isOwnContainer(container, scope);
	const ownContainers = [...Object.values(after.containers), ...after.removedContainers].filter(container => ownContainer(container));
	const ownVolume = (name: string) => scope.names.includes(name)
		|| ownContainers.some(container => container.mounts.some(mount => mount.type === 'volume' && mount.name === name));
	const isOwn = (change: StateChange): boolean => {
		switch (change.kind) {
			case 'volume-created': {
				return scope.createsUnnamedVolume || ownVolume(change.volume.name);
			}

			case 'container-created-without-volume':
			case 'mounted':
			case 'container-stopped': {
				return ownContainer(change.container);
			}

			case 'container-removed': {
				return scope.removes.containers || ownContainer(change.container);
			}

			case 'volume-removed': {
				return scope.removes.volumes || ownVolume(change.volume.name)
					|| (change.withContainer !== undefined && ownContainers.some(container => container.name === change.withContainer));
			}

			case 'volume-kept': {
				return ownVolume(change.volume.name) || change.containers.some(name => scope.names.includes(name) || ownContainers.some(container => container.name === name));
			}

			case 'volume-contents-changed': {
				return ownVolume(change.volume.name);
			}
		}
	};

	const own: StateChange[] = [];
	const elsewhere: StateChange[] = [];
	for (const change of changes) {
		(isOwn(change) ? own : elsewhere).push(change);
	}

	return {own, elsewhere};
}

function isOwnContainer(container: Pick<Container, 'id' | 'name'>, scope: CommandScope): boolean {
	return scope.all || scope.containerIds.includes(container.id)
		|| scope.names.some(name => name === container.name || name === `/${container.name}` || (/^[\da-f]{3,64}$/.test(name) && container.id.startsWith(name)));
}

/**
Volumes worth reading after a command, to tell what it left in them: those it
kept (its containers stopped or went), and those its running containers mount
(`exec` writing into a shared volume). Kept ones first.
*/
export function volumesToRead(before: DockerState, after: DockerState, scope: CommandScope): string[] {
	const {own} = splitChanges(diffStates(before, after), scope, after);
	const kept = own.flatMap(change => change.kind === 'volume-kept' ? [change.volume.name] : []);
	const mounted = Object.values(after.containers)
		.filter(container => isLive(container.status) && isOwnContainer(container, scope))
		.flatMap(container => container.mounts.flatMap(mount => mount.type === 'volume' && after.volumes[mount.name] ? [mount.name] : []));
	return [...new Set([...kept, ...mounted])];
}

export type ElsewhereCounts = {
	containersCreated: number;
	containersRemoved: number;
	containersStopped: number;
	volumesCreated: number;
	volumesRemoved: number;
	volumesChanged: number;
};

/** The counts told in the one "meanwhile elsewhere" line. */
export function countElsewhere(changes: readonly StateChange[]): ElsewhereCounts {
	const created = new Set<string>();
	const counts: ElsewhereCounts = {containersCreated: 0, containersRemoved: 0, containersStopped: 0, volumesCreated: 0, volumesRemoved: 0, volumesChanged: 0};
	for (const change of changes) {
		switch (change.kind) {
			case 'container-created-without-volume':
			case 'mounted': {
				created.add(change.container.id);
				break;
			}

			case 'container-removed': {
				counts.containersRemoved++;
				break;
			}

			case 'container-stopped': {
				counts.containersStopped++;
				break;
			}

			case 'volume-created': {
				counts.volumesCreated++;
				counts.volumesRemoved += change.alsoRemoved ? 1 : 0;
				break;
			}

			case 'volume-removed': {
				counts.volumesRemoved++;
				break;
			}

			case 'volume-contents-changed': {
				counts.volumesChanged++;
				break;
			}

			default:
		}
	}

	counts.containersCreated = created.size;
	return counts;
}

/** Volumes mounted by running containers: their files can change at any moment. */
export function volumesMountedByLive(state: DockerState): string[] {
	return [...new Set(Object.values(state.containers)
		.filter(container => isLive(container.status))
		.flatMap(container => container.mounts.flatMap(mount => mount.type === 'volume' && state.volumes[mount.name] ? [mount.name] : [])))];
}
