import {meaningfulChanges} from '../state/layer-changes.js';
import {isLive, lookUpContainer} from '../state/select.js';
import type {Container, DockerState} from '../state/types.js';
import {emptyAssessment, type Assessment, type DoomedContainer, type DoomedVolume, type LossNote} from './losses.js';
import {matchesLabelFilters, type PruneFilters} from './prune-filters.js';
import {isOn, uniqueOperands, valuesOf, type CommandLine} from './read-command.js';
import {doomedVolume, unseenVolume} from './volume-fates.js';

type DoomOptions = {
	reason: DoomedContainer['reason'];
	/** Its anonymous volumes go with it (`rm -v`, `--rm`). */
	withAnonymousVolumes: boolean;
	/** Every container the command deletes: a volume one of them shares with a container that stays, stays. */
	removed: ReadonlySet<string>;
};

function doom(container: Container, state: DockerState, options: DoomOptions): DoomedContainer {
	const layer = container.writableLayer;
	return {
		id: container.id,
		name: container.name,
		reason: options.reason,
		live: isLive(container.status),
		changes: layer ? meaningfulChanges(layer.changes, container.mounts) : undefined,
		volumes: options.withAnonymousVolumes ? anonymousVolumesOf(container, state, options.removed) : [],
	};
}

/**
The anonymous volumes the engine deletes with a container. One that another
container still uses stays: the engine skips it without a word.
*/
function anonymousVolumesOf(container: Container, state: DockerState, removed: ReadonlySet<string>): DoomedVolume[] {
	const sharedWithOthers = (name: string) => Object.values(state.containers).some(other => !removed.has(other.id)
		&& other.mounts.some(mount => mount.type === 'volume' && mount.name === name));
	const names = new Set<string>();
	for (const mount of container.mounts) {
		if (mount.type !== 'volume' || names.has(mount.name)) {
			continue;
		}

		const volume = state.volumes[mount.name];
		const anonymous = volume?.anonymous ?? unseenVolume(mount.name).anonymous;
		if (anonymous && !sharedWithOthers(mount.name)) {
			names.add(mount.name);
		}
	}

	return [...names].map(name => {
		const volume = state.volumes[name];
		return volume ? doomedVolume(volume) : unseenVolume(name);
	});
}

/**
The containers the operands name, resolved as the engine does. A prefix several
ids share is refused by docker (spared); a name that matches nothing while the
model is loaded is unresolved: it may be a container dockwise has not seen yet.
*/
function namedContainers(line: CommandLine, state: DockerState, assessment: Assessment): Container[] {
	const found = new Map<string, Container>();
	for (const name of uniqueOperands(line)) {
		const lookup = lookUpContainer(state, name);
		if (lookup.kind === 'found') {
			found.set(lookup.container.id, lookup.container);
		} else if (lookup.kind === 'ambiguous') {
			assessment.spared.push({kind: 'ambiguous-id', name, matches: lookup.matches});
		} else if (state.loaded) {
			assessment.unresolved.push({name, kind: 'container'});
		}
	}

	return [...found.values()];
}

/**
`docker rm [-f] [-v] NAME...`: each container goes with its writable layer. A
running (or paused) one is refused without `-f`; with it, it is killed first.
`-v` takes its anonymous volumes too. `--link` only removes a legacy link.
*/
export function containerRmFates(line: CommandLine, state: DockerState): Assessment {
	const assessment = emptyAssessment();
	if (isOn(line.flags, 'link')) {
		return assessment;
	}

	const force = isOn(line.flags, 'force');
	const containers = namedContainers(line, state, assessment);
	const removed = new Set(containers.filter(container => force || !isLive(container.status)).map(container => container.id));
	for (const container of containers) {
		if (removed.has(container.id)) {
			assessment.containers.push(doom(container, state, {reason: 'remove', withAnonymousVolumes: isOn(line.flags, 'volumes'), removed}));
		} else {
			assessment.spared.push({kind: 'container-running', name: container.name});
		}
	}

	return assessment;
}

const killSignals = new Set(['KILL', 'SIGKILL', '9']);

/**
`docker stop|kill NAME...`: only a container started with `--rm` loses
anything: the engine deletes it, its writable layer and its anonymous volumes,
once it stops (checked here for `kill`; `restart` keeps it).
*/
export function containerStopFates(line: CommandLine, state: DockerState): Assessment {
	const assessment = emptyAssessment();
	const signal = line.command === 'container kill' ? valuesOf(line.flags, 'signal').at(-1) : undefined;
	const mayNotStop = signal !== undefined && !killSignals.has(signal.toUpperCase());
	const containers = namedContainers(line, state, assessment).filter(container => container.autoRemove && isLive(container.status));
	const removed = new Set(containers.map(container => container.id));
	for (const container of containers) {
		assessment.containers.push({
			...doom(container, state, {reason: 'auto-remove', withAnonymousVolumes: true, removed}),
			...(mayNotStop ? {signal} : {}),
		});
	}

	return assessment;
}

/**
The containers a prune deletes: every one that is not running (created, exited,
dead), matching the label filters. Their anonymous volumes stay: a container
prune removes none (checked here).
*/
export function prunedContainers(state: DockerState, filters: PruneFilters): {containers: DoomedContainer[]; notes: LossNote[]} {
	const pruned = Object.values(state.containers).filter(container => !isLive(container.status) && matchesLabelFilters(filters, container.labels));
	const removed = new Set(pruned.map(container => container.id));
	const notes: LossNote[] = filters.other
		.filter(filter => filter.key === 'until')
		.map(filter => ({kind: 'filter-not-applied', filter: filter.text}));
	return {containers: pruned.map(container => doom(container, state, {reason: 'remove', withAnonymousVolumes: false, removed})), notes};
}
