/**
The model of where a user's data lives, as dockwise last saw it on the engine:
volumes, containers with their mounts and what they wrote in their writable layer.
Everything here is plain data (JSON-friendly) so states can be kept, compared and printed.
*/

/** Label put on the short-lived containers dockwise runs to read a volume; the model ignores them. */
export const helperLabel = 'dockwise.helper';

/** Label the engine (API >= 1.44) puts on anonymous volumes. */
export const anonymousVolumeLabel = 'com.docker.volume.anonymous';

export type VolumeFile = {
	/** Path relative to the volume root. */
	path: string;
	size: number;
};

export type VolumeContents = {
	fileCount: number;
	totalBytes: number;
	/** The first files found (bounded); `truncated` says when there are more. */
	files: VolumeFile[];
	truncated: boolean;
	/** Some folders could not be read, so the counts are a lower bound. */
	partial: boolean;
	via: 'mountpoint' | 'helper';
	readAt: number;
	/** A container mounted the volume since it was read: the contents may have changed. */
	stale?: boolean;
};

export type Volume = {
	name: string;
	driver: string;
	/** ISO date from the engine, or the time of its `create` event. */
	createdAt?: string;
	labels: Record<string, string>;
	anonymous: boolean;
	mountpoint?: string;
	scope?: string;
	/** Bytes, from `docker system df -v` (refreshed lazily, so it can lag). */
	size?: number;
	contents?: VolumeContents;
	/** False while only an event has been seen: labels and creation time are not known yet. */
	detailed: boolean;
};

export type VolumeMount = {
	type: 'volume';
	name: string;
	destination: string;
	readOnly: boolean;
	driver?: string;
};

export type BindMount = {
	type: 'bind';
	source: string;
	destination: string;
	readOnly: boolean;
	propagation?: string;
};

export type TmpfsMount = {
	type: 'tmpfs';
	destination: string;
	options?: string;
};

/** npipe, image, cluster and whatever future engines add. */
export type OtherMount = {
	type: 'other';
	kind: string;
	source?: string;
	destination: string;
	readOnly: boolean;
};

export type Mount = VolumeMount | BindMount | TmpfsMount | OtherMount;

export type LayerChangeKind = 'A' | 'C' | 'D';

/** One line of `docker diff`: added, changed or deleted path in the writable layer. */
export type LayerChange = {
	kind: LayerChangeKind;
	path: string;
	/** Bytes of an added or changed file, when they could be read (a stopped container's layer on a local engine). */
	size?: number;
	/** The path is a folder. */
	folder?: boolean;
};

export type WritableLayer = {
	/** As `docker diff` printed them (mount points included; see `meaningfulChanges`). */
	changes: LayerChange[];
	capturedAt: number;
	/** Captured after the container stopped, so nothing can be missing. */
	final: boolean;
	/** Bytes the layer holds in all (`inspect --size`), when read. */
	totalBytes?: number;
};

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export type Container = {
	/** Full id. */
	id: string;
	/** Without the leading slash. */
	name: string;
	image: string;
	status: ContainerStatus;
	exitCode?: number;
	/** Started with `--rm`: the engine removes it, and its anonymous volumes, when it stops. */
	autoRemove: boolean;
	createdAt?: string;
	labels: Record<string, string>;
	mounts: Mount[];
	/** False while only events have been seen: mounts may be incomplete. */
	detailed: boolean;
	/** Created with `-t`: attaching its input (`start -i`, `attach`) puts the terminal in raw mode. Unknown until inspected. */
	tty?: boolean;
	writableLayer?: WritableLayer;
};

export type RemovedContainer = Container & {removedAt: number};
export type RemovedVolume = Volume & {removedAt: number};

export type EngineStatus =
	| {kind: 'connecting'}
	| {kind: 'up'; since: number}
	| {kind: 'away'; since: number; reason: string; retryAt?: number};

export type DockerState = {
	engine: EngineStatus;
	/** A first complete load has been applied. */
	loaded: boolean;
	volumes: Readonly<Record<string, Volume>>;
	containers: Readonly<Record<string, Container>>;
	/** Recently removed containers, oldest first (bounded): what they lost stays explainable. */
	removedContainers: readonly RemovedContainer[];
	/** Recently removed volumes, oldest first (bounded). */
	removedVolumes: readonly RemovedVolume[];
	/** Ids of dockwise's own helper containers, whose events are ignored (bounded). */
	hiddenContainers: readonly string[];
	/** Image of the container most recently created: the default image to read volumes with. */
	lastImage?: string;
	/** Counts applied inputs; two states with the same revision are the same. */
	revision: number;
};

/** A `docker events` line, reduced to what the model needs. */
export type DockerEvent = {
	type: string;
	/** Without the detail some actions carry (`exec_start: sh` -> `exec_start`). */
	action: string;
	/** Container id or volume name. */
	id: string;
	attributes: Record<string, string>;
	/** Milliseconds since the epoch. */
	time: number;
	/** `seconds.nanoseconds`, exact, as `docker events --since` takes it. */
	timestamp: string;
};

/** One line of `docker volume ls`. */
export type VolumeSummary = {
	name: string;
	driver: string;
	labels: Record<string, string>;
	mountpoint?: string;
	scope?: string;
};

/** One volume of `docker volume inspect`. */
export type VolumeDetails = VolumeSummary & {createdAt?: string};

/** One line of `docker ps -a`. */
export type ContainerSummary = {
	id: string;
	name: string;
	image: string;
	status: ContainerStatus;
	labels: Record<string, string>;
	createdAt?: string;
};

/** One container of `docker inspect`. */
export type ContainerDetails = ContainerSummary & {
	exitCode?: number;
	autoRemove: boolean;
	mounts: Mount[];
	tty?: boolean;
};

export type VolumeSize = {name: string; size: number};

/** Everything the reducer accepts: events and the results of queries. */
export type StateInput =
	| {kind: 'events'; events: readonly DockerEvent[]}
	/** The complete volume list: volumes not in it are gone. */
	| {kind: 'volume-list'; volumes: readonly VolumeSummary[]; at: number}
	| {kind: 'volume-details'; volumes: readonly VolumeDetails[]; missing: readonly string[]; at: number}
	/** The complete container list: containers not in it are gone. */
	| {kind: 'container-list'; containers: readonly ContainerSummary[]; at: number}
	| {kind: 'container-details'; containers: readonly ContainerDetails[]; missing: readonly string[]; at: number}
	| {kind: 'volume-sizes'; sizes: readonly VolumeSize[]}
	| {kind: 'volume-contents'; name: string; contents: VolumeContents}
	| {kind: 'writable-layer'; id: string; layer: WritableLayer}
	| {kind: 'engine'; status: EngineStatus};
