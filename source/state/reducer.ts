import {escapeDeep} from '../text/escape-controls.js';
import {isAnonymousVolume, optional} from './parse-queries.js';
import {
	helperLabel,
	type Container,
	type ContainerDetails,
	type ContainerSummary,
	type DockerEvent,
	type DockerState,
	type Mount,
	type RemovedContainer,
	type RemovedVolume,
	type StateInput,
	type Volume,
	type VolumeDetails,
	type VolumeSummary,
} from './types.js';

const removedContainersLimit = 200;
const removedVolumesLimit = 1000;
const hiddenLimit = 100;

export function initialState(): DockerState {
	return {
		engine: {kind: 'connecting'},
		loaded: false,
		volumes: {},
		containers: {},
		removedContainers: [],
		removedVolumes: [],
		hiddenContainers: [],
		revision: 0,
	};
}

/**
The one way the model changes: (state, event or query result) -> new state.
Inputs are applied in the order the tracker received them; a query result is
applied before the events that arrived while it ran, which makes replayed events
harmless (creating what exists, removing what is gone, do nothing).
*/
export function reduceState(state: DockerState, engineInput: StateInput): DockerState {
	// Names, labels, file names and paths from the engine are drawn later: their control characters are escaped on the way in.
	const input = escapeDeep(engineInput);
	const draft = new Draft(state);
	switch (input.kind) {
		case 'events': {
			for (const event of input.events) {
				draft.applyEvent(event);
			}

			break;
		}

		case 'volume-list': {
			draft.replaceVolumes(input.volumes, input.at);
			break;
		}

		case 'volume-details': {
			for (const details of input.volumes) {
				draft.putVolumeDetails(details);
			}

			for (const name of input.missing) {
				draft.removeVolume(name, input.at);
			}

			break;
		}

		case 'container-list': {
			draft.replaceContainers(input.containers, input.at);
			draft.loaded = true;
			break;
		}

		case 'container-details': {
			for (const details of input.containers) {
				draft.putContainerDetails(details);
			}

			for (const id of input.missing) {
				draft.removeContainer(id, input.at);
			}

			break;
		}

		case 'volume-sizes': {
			for (const {name, size} of input.sizes) {
				draft.updateVolume(name, volume => volume.size === size ? volume : {...volume, size});
			}

			break;
		}

		case 'volume-contents': {
			draft.updateVolume(input.name, volume => ({...volume, contents: input.contents}));
			break;
		}

		case 'writable-layer': {
			draft.updateWritableLayer(input.id, input.layer);
			break;
		}

		case 'engine': {
			draft.engine = input.status;
			break;
		}
	}

	return draft.finish();
}

export function reduceAll(state: DockerState, inputs: readonly StateInput[]): DockerState {
	return inputs.reduce(reduceState, state);
}

/** Copy-on-write helper: copies each collection at most once per input. */
class Draft {
	engine: DockerState['engine'];
	loaded: boolean;
	lastImage: string | undefined;
	private volumes: Record<string, Volume> | undefined;
	private containers: Record<string, Container> | undefined;
	private readonly removedContainers: RemovedContainer[];
	private readonly removedVolumes: RemovedVolume[];
	private readonly hidden: string[];
	private changed = false;

	constructor(private readonly state: DockerState) {
		this.engine = state.engine;
		this.loaded = state.loaded;
		this.lastImage = state.lastImage;
		this.removedContainers = [...state.removedContainers];
		this.removedVolumes = [...state.removedVolumes];
		this.hidden = [...state.hiddenContainers];
	}

	get volumeRecord(): Record<string, Volume> {
		this.volumes ??= {...this.state.volumes};
		this.changed = true;
		return this.volumes;
	}

	get containerRecord(): Record<string, Container> {
		this.containers ??= {...this.state.containers};
		this.changed = true;
		return this.containers;
	}

	volume(name: string): Volume | undefined {
		return (this.volumes ?? this.state.volumes)[name];
	}

	container(id: string): Container | undefined {
		return (this.containers ?? this.state.containers)[id];
	}

	isHidden(id: string): boolean {
		return this.hidden.includes(id);
	}

	hide(id: string): void {
		if (!this.isHidden(id)) {
			this.hidden.push(id);
			this.hidden.splice(0, Math.max(0, this.hidden.length - hiddenLimit));
			this.changed = true;
		}
	}

	applyEvent(event: DockerEvent): void {
		if (event.type === 'volume') {
			this.applyVolumeEvent(event);
		} else if (event.type === 'container') {
			this.applyContainerEvent(event);
		}
	}

	applyVolumeEvent({action, id: name, attributes, time}: DockerEvent): void {
		switch (action) {
			case 'create': {
				if (!this.volume(name)) {
					this.volumeRecord[name] = {
						name,
						driver: attributes['driver'] ?? 'local',
						labels: {},
						anonymous: isAnonymousVolume(name, {}),
						createdAt: new Date(time).toISOString(),
						detailed: false,
					};
				}

				break;
			}

			case 'destroy': {
				this.removeVolume(name, time);
				break;
			}

			case 'mount': {
				const containerId = attributes['container'];
				if (!containerId || this.isHidden(containerId)) {
					break;
				}

				const mount: Mount = {
					type: 'volume',
					name,
					destination: attributes['destination'] ?? '',
					readOnly: attributes['read/write'] === 'false',
					...optional('driver', attributes['driver']),
				};
				const container = this.container(containerId) ?? stubContainer(containerId, time);
				const others = container.mounts.filter(existing => existing.destination !== mount.destination);
				this.containerRecord[containerId] = {...container, mounts: [...others, mount]};
				if (!this.volume(name)) {
					this.applyVolumeEvent({type: 'volume', action: 'create', id: name, attributes, time, timestamp: ''});
				}

				this.markContentsStale(name);
				break;
			}

			case 'unmount': {
				if (!this.isHidden(attributes['container'] ?? '')) {
					this.markContentsStale(name);
				}

				break;
			}

			default:
		}
	}

	applyContainerEvent({action, id, attributes, time}: DockerEvent): void {
		if (this.isHidden(id)) {
			return;
		}

		if (action === 'create' && helperLabel in attributes) {
			this.hide(id);
			return;
		}

		if (action === 'destroy') {
			this.removeContainer(id, time);
			return;
		}

		const status = statusAfter(action);
		if (action !== 'create' && action !== 'rename' && status === undefined) {
			return;
		}

		const {name, image, exitCode, ...labels} = attributes;
		const existing = this.container(id);
		const container = existing ?? {
			...stubContainer(id, time),
			...optional('name', name),
			image: image ?? '',
			labels,
		};
		if (action === 'create' && image) {
			this.lastImage = image;
		}

		this.containerRecord[id] = {
			...container,
			...(action === 'rename' && name ? {name} : {}),
			...(status ? {status} : {}),
			...(action === 'die' && exitCode !== undefined ? {exitCode: Number(exitCode)} : {}),
		};
	}

	replaceVolumes(summaries: readonly VolumeSummary[], at: number): void {
		const listed = new Set(summaries.map(summary => summary.name));
		for (const name of Object.keys(this.volumes ?? this.state.volumes)) {
			if (!listed.has(name)) {
				this.removeVolume(name, at);
			}
		}

		for (const summary of summaries) {
			const existing = this.volume(summary.name);
			this.volumeRecord[summary.name] = existing?.detailed
				? {...existing, driver: summary.driver, ...optional('mountpoint', summary.mountpoint ?? existing.mountpoint)}
				: {
					...existing,
					...summary,
					anonymous: isAnonymousVolume(summary.name, summary.labels),
					detailed: false,
				};
		}
	}

	putVolumeDetails(details: VolumeDetails): void {
		const existing = this.volume(details.name);
		this.volumeRecord[details.name] = {
			...existing,
			...details,
			...optional('createdAt', details.createdAt ?? existing?.createdAt),
			anonymous: isAnonymousVolume(details.name, details.labels),
			detailed: true,
		};
	}

	updateVolume(name: string, update: (volume: Volume) => Volume): void {
		const existing = this.volume(name);
		if (existing) {
			const next = update(existing);
			if (next !== existing) {
				this.volumeRecord[name] = next;
			}
		}
	}

	markContentsStale(name: string): void {
		this.updateVolume(name, volume => volume.contents && !volume.contents.stale
			? {...volume, contents: {...volume.contents, stale: true}}
			: volume);
	}

	removeVolume(name: string, at: number): void {
		const existing = this.volume(name);
		if (!existing) {
			return;
		}

		delete this.volumeRecord[name];
		this.removedVolumes.push({...existing, removedAt: at});
		this.removedVolumes.splice(0, Math.max(0, this.removedVolumes.length - removedVolumesLimit));
	}

	replaceContainers(summaries: readonly ContainerSummary[], at: number): void {
		const visible = summaries.filter(summary => {
			if (helperLabel in summary.labels) {
				this.hide(summary.id);
				return false;
			}

			return true;
		});
		const listed = new Set(visible.map(summary => summary.id));
		for (const id of Object.keys(this.containers ?? this.state.containers)) {
			if (!listed.has(id)) {
				this.removeContainer(id, at);
			}
		}

		for (const summary of visible) {
			const existing = this.container(summary.id);
			this.containerRecord[summary.id] = existing
				? {...existing, name: summary.name, image: summary.image, status: summary.status}
				: {...stubContainer(summary.id, at), ...summary};
		}

		if (this.lastImage === undefined) {
			const newest = visible.filter(summary => summary.createdAt).sort((a, b) => a.createdAt!.localeCompare(b.createdAt!)).at(-1);
			this.lastImage = newest?.image;
		}
	}

	putContainerDetails(details: ContainerDetails): void {
		if (helperLabel in details.labels) {
			this.hide(details.id);
			return;
		}

		const existing = this.container(details.id);
		this.containerRecord[details.id] = {
			...stubContainer(details.id, 0),
			...existing,
			...details,
			detailed: true,
		};
	}

	removeContainer(id: string, at: number): void {
		const existing = this.container(id);
		if (!existing) {
			return;
		}

		delete this.containerRecord[id];
		this.removedContainers.push({...existing, removedAt: at});
		this.removedContainers.splice(0, Math.max(0, this.removedContainers.length - removedContainersLimit));
	}

	updateWritableLayer(id: string, layer: Container['writableLayer']): void {
		const existing = this.container(id);
		if (existing) {
			this.containerRecord[id] = {...existing, writableLayer: layer};
			return;
		}

		const index = this.removedContainers.findLastIndex(container => container.id === id);
		if (index !== -1) {
			this.removedContainers[index] = {...this.removedContainers[index]!, writableLayer: layer};
			this.changed = true;
		}
	}

	finish(): DockerState {
		const removedChanged = this.removedContainers.length !== this.state.removedContainers.length
			|| this.removedVolumes.length !== this.state.removedVolumes.length
			|| this.removedContainers.some((container, index) => container !== this.state.removedContainers[index])
			|| this.removedVolumes.some((volume, index) => volume !== this.state.removedVolumes[index]);
		const changed = this.changed || removedChanged
			|| this.engine !== this.state.engine || this.loaded !== this.state.loaded || this.lastImage !== this.state.lastImage;
		if (!changed) {
			return this.state;
		}

		return {
			engine: this.engine,
			loaded: this.loaded,
			volumes: this.volumes ?? this.state.volumes,
			containers: this.containers ?? this.state.containers,
			removedContainers: removedChanged ? this.removedContainers : this.state.removedContainers,
			removedVolumes: removedChanged ? this.removedVolumes : this.state.removedVolumes,
			hiddenContainers: this.hidden.length === this.state.hiddenContainers.length && this.hidden.every((id, index) => id === this.state.hiddenContainers[index])
				? this.state.hiddenContainers
				: this.hidden,
			...optional('lastImage', this.lastImage),
			revision: this.state.revision + 1,
		};
	}
}

function stubContainer(id: string, time: number): Container {
	return {
		id,
		name: id.slice(0, 12),
		image: '',
		status: 'created',
		autoRemove: false,
		labels: {},
		mounts: [],
		detailed: false,
		...optional('createdAt', time > 0 ? new Date(time).toISOString() : undefined),
	};
}

function statusAfter(action: string): Container['status'] | undefined {
	switch (action) {
		case 'start':
		case 'restart':
		case 'unpause': {
			return 'running';
		}

		case 'pause': {
			return 'paused';
		}

		case 'die': {
			return 'exited';
		}

		default: {
			return undefined;
		}
	}
}
