import type {LayerChange, VolumeContents} from '../state/types.js';

/** A volume the command deletes. */
export type DoomedVolume = {
	name: string;
	anonymous: boolean;
	/** Fresh contents; undefined when never read, or a container mounted it since. */
	contents: VolumeContents | undefined;
	/** Bytes on disk from `docker system df`, when known. */
	size: number | undefined;
};

/** A container the command deletes (or stops, when it was started with `--rm`). */
export type DoomedContainer = {
	id: string;
	name: string;
	/** Why it goes. `auto-remove`: stopping a `--rm` container makes the engine delete it. */
	reason: 'remove' | 'auto-remove';
	/** Running: `--force` kills it first, or the stop ends it. */
	live: boolean;
	/** What it wrote outside volumes (`meaningfulChanges`); undefined when never read. */
	changes: LayerChange[] | undefined;
	/** Anonymous volumes deleted with it (`rm -v`, `--rm`). */
	volumes: DoomedVolume[];
	/** `kill -s SIGNAL` with a signal that may not end it. */
	signal?: string;
};

/** Something the command names that docker will refuse to delete. */
export type Spared =
	| {kind: 'volume-in-use'; name: string; anonymous: boolean; users: Array<{name: string; running: boolean}>}
	| {kind: 'container-running'; name: string}
	/** An id prefix several containers share: docker refuses it. */
	| {kind: 'ambiguous-id'; name: string; matches: number};

/** An operand dockwise cannot match to anything it knows, while its model is loaded: it may be something new. */
export type Unresolved = {name: string; kind: 'container' | 'volume'};

export type LossNote =
	| {kind: 'not-loaded'}
	| {kind: 'other-engine'; flag: string}
	| {kind: 'api-old'; api: string}
	| {kind: 'api-unknown'}
	| {kind: 'filter-not-applied'; filter: string}
	| {kind: 'labels-unknown'; names: string[]}
	| {kind: 'volumes-after-containers'}
	| {kind: 'system-prune-rest'; allImages: boolean};

/** What a command would delete, before any words are put on it. */
export type Assessment = {
	volumes: DoomedVolume[];
	containers: DoomedContainer[];
	spared: Spared[];
	notes: LossNote[];
	/** Volumes the command names that dockwise does not know (its state is not loaded): to read. */
	unseenVolumes: string[];
	/** Operands that match nothing in the loaded model: the preview says so, and the user is asked. */
	unresolved: Unresolved[];
};

export function emptyAssessment(): Assessment {
	return {volumes: [], containers: [], spared: [], notes: [], unseenVolumes: [], unresolved: []};
}

/** Contents are known when read since the last mount and readable enough to count something. */
export function knownContents(volume: DoomedVolume): VolumeContents | undefined {
	const {contents} = volume;
	if (!contents || contents.stale || (contents.partial && contents.fileCount === 0)) {
		return undefined;
	}

	return contents;
}

/** The volume surely holds files that would be lost. */
export function losesFiles(volume: DoomedVolume): boolean {
	return (knownContents(volume)?.fileCount ?? 0) > 0;
}

export function contentsUnknown(volume: DoomedVolume): boolean {
	return knownContents(volume) === undefined;
}
