import {compareVersions} from '../explain/go-values.js';
import {anonymousVolumeNamePattern, pruneSparesNamedSinceApi as pruneSparesNamedSince} from '../line/docker-rules.js';
import {volumeUsers} from '../state/select.js';
import {anonymousVolumeLabel, type DockerState, type Volume} from '../state/types.js';
import {emptyAssessment, type Assessment, type DoomedVolume, type LossNote} from './losses.js';
import {matchesLabelFilters, type PruneFilters} from './prune-filters.js';
import {uniqueOperands, type CommandLine} from './read-command.js';

/** API version from which `volume prune` spares named volumes unless told `--all` (Docker 23). */
export {pruneSparesNamedSinceApi as pruneSparesNamedSince} from '../line/docker-rules.js';

export function doomedVolume(volume: Volume): DoomedVolume {
	return {name: volume.name, anonymous: volume.anonymous, contents: volume.contents, size: volume.size};
}

/** A volume dockwise has not seen, named by a container's mount. */
export function unseenVolume(name: string): DoomedVolume {
	return {name, anonymous: anonymousVolumeNamePattern.test(name), contents: undefined, size: undefined};
}

/**
`docker volume rm [-f] NAME...`: each volume goes with its files, unless a
container uses it: the engine refuses that one (checked here: even with `-f`,
even when the container is stopped) and still deletes the others. Volume names
are exact (the engine takes no prefix, unlike container ids).
*/
export function volumeRmFates(line: CommandLine, state: DockerState): Assessment {
	const assessment = emptyAssessment();
	const users = volumeUsers(state);
	for (const name of uniqueOperands(line)) {
		const volume = state.volumes[name];
		if (!volume) {
			// Docker may say "no such volume"; or the volume is new and dockwise has not seen it yet.
			if (state.loaded) {
				assessment.unresolved.push({name, kind: 'volume'});
			} else {
				assessment.unseenVolumes.push(name);
			}

			continue;
		}

		const using = users.get(name) ?? [];
		if (using.length > 0) {
			const byName = new Map<string, boolean>();
			for (const user of using) {
				byName.set(user.containerName, (byName.get(user.containerName) ?? false) || user.running);
			}

			assessment.spared.push({kind: 'volume-in-use', name, anonymous: volume.anonymous, users: [...byName].map(([userName, running]) => ({name: userName, running}))});
		} else {
			assessment.volumes.push(doomedVolume(volume));
		}
	}

	return assessment;
}

export type VolumePruneOptions = {
	apiVersion: string | undefined;
	/** `volume prune --all`, or the filter `all=true` (API >= 1.42). */
	all: boolean;
	filters: PruneFilters;
	/** Containers deleted before the volumes are pruned (`system prune`): they no longer hold them. */
	removedContainers?: ReadonlySet<string>;
};

/**
The volumes a prune deletes: local volumes no container (even stopped) uses;
on API < 1.42 every one of them, named ones included (this is the engine here);
on newer engines only those labelled anonymous, unless `--all`. Label filters
are applied when the labels are known.
*/
export function prunedVolumes(state: DockerState, options: VolumePruneOptions): {volumes: DoomedVolume[]; notes: LossNote[]} {
	const {apiVersion, all, filters} = options;
	const removed = options.removedContainers ?? new Set<string>();
	const inUse = new Set<string>();
	for (const container of Object.values(state.containers)) {
		if (removed.has(container.id)) {
			continue;
		}

		for (const mount of container.mounts) {
			if (mount.type === 'volume') {
				inUse.add(mount.name);
			}
		}
	}

	const oldEngine = apiVersion !== undefined && compareVersions(apiVersion, pruneSparesNamedSince) < 0;
	const namedToo = apiVersion === undefined || oldEngine || all;
	const filtering = filters.label.length > 0 || filters.notLabel.length > 0;
	const labelsUnknown: string[] = [];
	const volumes = Object.values(state.volumes).filter(volume => {
		if (volume.driver !== 'local' || inUse.has(volume.name)) {
			return false;
		}

		if (!namedToo && !(volume.detailed ? anonymousVolumeLabel in volume.labels : volume.anonymous)) {
			return false;
		}

		if (filtering && !volume.detailed) {
			labelsUnknown.push(volume.name);
			return true;
		}

		return !filtering || matchesLabelFilters(filters, volume.labels);
	});

	const notes: LossNote[] = [];
	if (volumes.some(volume => !volume.anonymous) && !all) {
		if (oldEngine) {
			notes.push({kind: 'api-old', api: apiVersion});
		} else if (apiVersion === undefined) {
			notes.push({kind: 'api-unknown'});
		}
	}

	if (labelsUnknown.length > 0) {
		notes.push({kind: 'labels-unknown', names: labelsUnknown});
	}

	return {volumes: volumes.map(volume => doomedVolume(volume)), notes};
}
