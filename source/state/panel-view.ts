import {displayVolumeName, isLive, sortedContainers, sortedVolumes, volumeUsers} from './select.js';
import type {DockerState, EngineStatus, VolumeFile} from './types.js';

/**
What the explain area says about a bind mount (host path exposure and the like).
The rules live with the `-v`/`--mount` parsers; the panel only shows the verdict,
so any `level` string works (`none`/`ok`/`info` are shown as harmless).
*/
export type BindAssessment = {
	level: string;
	messages?: readonly string[];
};

export type AssessBind = (bind: {source: string; destination: string; readOnly: boolean}) => BindAssessment | undefined;

/** Volumes the line being typed names, and those it would create. */
export type TypedVolumes = {
	referenced: readonly string[];
	willCreate: readonly string[];
};

export type PanelVolumeUser = {
	container: string;
	destination: string;
	readOnly: boolean;
	running: boolean;
};

export type PanelVolume = {
	name: string;
	/** Shortened for anonymous volumes. */
	label: string;
	anonymous: boolean;
	dangling: boolean;
	/** Bytes: from the last read of its contents when fresh, else from `docker system df`. */
	size?: number;
	fileCount?: number;
	usedBy: PanelVolumeUser[];
	/** Named by the line being typed. */
	referenced: boolean;
	/** Does not exist yet; the line being typed would create it. */
	willBeCreated: boolean;
	/** The volume the user selected in the panel: its files are listed below it. */
	selected: boolean;
	/** For the selected volume, the files last read (bounded) and how many there are in all. */
	files?: {shown: VolumeFile[]; total: number};
};

export type PanelBind = {
	container: string;
	running: boolean;
	source: string;
	destination: string;
	readOnly: boolean;
	/** Filled by the injected `assessBind` (bind-mount warnings of the explain area). */
	warning?: BindAssessment;
};

export type PanelView = {
	engine: EngineStatus;
	loaded: boolean;
	counts: {named: number; anonymous: number; dangling: number};
	volumes: PanelVolume[];
	binds: PanelBind[];
};

export type PanelViewOptions = {
	typing?: TypedVolumes;
	assessBind?: AssessBind;
	/** Name of the volume selected in the panel; its contents, once read, are listed. */
	selected?: string;
	/** Files listed under the selected volume. */
	maxFiles?: number;
};

/**
The volume panel's content: volumes to be created by the typed line first, then
named volumes, then anonymous ones (dangling ones marked), then the bind mounts
of existing containers, running ones first.
*/
export function volumePanelView(state: DockerState, {typing, assessBind, selected, maxFiles = 5}: PanelViewOptions = {}): PanelView {
	const users = volumeUsers(state);
	const referenced = new Set(typing?.referenced ?? []);
	const volumes: PanelVolume[] = sortedVolumes(state).map(volume => {
		const usedBy = (users.get(volume.name) ?? []).map(user => ({
			container: user.containerName,
			destination: user.destination,
			readOnly: user.readOnly,
			running: user.running,
		}));
		const contents = volume.contents && !volume.contents.stale ? volume.contents : undefined;
		const size = contents?.totalBytes ?? volume.size;
		const isSelected = volume.name === selected;
		return {
			name: volume.name,
			label: displayVolumeName(volume),
			anonymous: volume.anonymous,
			dangling: usedBy.length === 0,
			...(size === undefined ? {} : {size}),
			...(contents ? {fileCount: contents.fileCount} : {}),
			usedBy,
			referenced: referenced.has(volume.name),
			willBeCreated: false,
			selected: isSelected,
			...(isSelected && volume.contents ? {files: {shown: volume.contents.files.slice(0, maxFiles), total: volume.contents.fileCount}} : {}),
		};
	});

	const upcoming: PanelVolume[] = [...new Set(typing?.willCreate ?? [])]
		.filter(name => !state.volumes[name])
		.sort()
		.map(name => ({
			name,
			label: name,
			anonymous: false,
			dangling: false,
			usedBy: [],
			referenced: true,
			willBeCreated: true,
			selected: false,
		}));

	const binds: PanelBind[] = [];
	for (const container of sortedContainers(state)) {
		for (const mount of container.mounts) {
			if (mount.type !== 'bind') {
				continue;
			}

			const warning = assessBind?.({source: mount.source, destination: mount.destination, readOnly: mount.readOnly});
			binds.push({
				container: container.name,
				running: isLive(container.status),
				source: mount.source,
				destination: mount.destination,
				readOnly: mount.readOnly,
				...(warning ? {warning} : {}),
			});
		}
	}

	return {
		engine: state.engine,
		loaded: state.loaded,
		counts: {
			named: volumes.filter(volume => !volume.anonymous).length,
			anonymous: volumes.filter(volume => volume.anonymous).length,
			dangling: volumes.filter(volume => volume.dangling).length,
		},
		volumes: [...upcoming, ...volumes],
		binds,
	};
}
