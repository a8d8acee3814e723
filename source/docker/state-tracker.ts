import {volumesToRead, wholeScope, type CommandScope} from '../state/command-scope.js';
import {followUpsFor, type FollowUp} from '../state/follow-up.js';
import type {DockerEvent, DockerState, EngineStatus, LayerChange, VolumeContents} from '../state/types.js';
import {volumeSizes} from './state-queries.js';
import type {DockerRunner} from './state-runner.js';
import {BurstCoalescer} from './tracker/burst-coalescer.js';
import {ContentsReader} from './tracker/contents-reader.js';
import {EventGate} from './tracker/event-gate.js';
import {EventsFollower, reasonOf} from './tracker/events-follower.js';
import {LayerWatcher} from './tracker/layer-watcher.js';
import {ModelStore, type StateListener} from './tracker/model-store.js';
import {SizeRefresher} from './tracker/size-refresher.js';
import {loadDetails, loadState} from './tracker/state-loader.js';
import {inspectContainers} from './state-queries.js';
import type {ContentsVia} from './volume-contents.js';

export type StateTrackerOptions = {
	runner: DockerRunner;
	/**
	Quiet time that ends a burst of events before its follow-up queries run (one
	process for the whole burst). Names appear at once from the events; labels and
	dates wait for the burst's end; `settle()` (a command's end) does not wait.
	*/
	coalesceMs?: number;
	/** Longest a follow-up query waits while a burst goes on. */
	coalesceMaxMs?: number;
	/** Delay before `docker system df -v` (slow) refreshes sizes after volumes were used. */
	sizeDelayMs?: number;
	/** How often the writable layer of a watched running container is read. */
	layerIntervalMs?: number;
	/** Reconnection delays while the engine is away: doubling from `initialMs` up to `maxMs`. */
	backoff?: {initialMs: number; maxMs: number};
	/** How volume contents are read; `auto` prefers the Mountpoint of a local engine. */
	contentsVia?: ContentsVia;
	/** Image of the helper container reading volumes; default: the image most recently used. */
	helperImage?: string;
	/** At most this many volumes are read after a command to tell what was kept. */
	keptVolumesLimit?: number;
	/** At most this many containers have their writable layer polled at once (oldest dropped). */
	watchLimit?: number;
	/**
	Something failed in the background: a bug, since docker's own failures are
	states (engine away, layer unreadable). The model may be stale until the next event.
	*/
	onError?: (error: unknown) => void;
	now?: () => number;
};

export type CommandWindow = {
	/** The state when the command started. */
	readonly before: DockerState;
	/**
	Waits for the command's effects to reach the model (events, follow-up queries,
	last writable-layer reads, contents of the volumes that outlived a container),
	then gives both states for `narrateChanges(before, after, lang)`.
	*/
	end(scope?: CommandScope): Promise<{before: DockerState; after: DockerState}>;
};

export type SettleOptions = {
	/** Events are considered over after this long without one. */
	quietMs?: number;
	/** Never waits longer than this. */
	maxMs?: number;
};

/**
Keeps a live model of the engine's volumes and containers. Composes: the model
(`ModelStore`), the events stream with its full loads (`EventsFollower`,
`loadState`), the follow-up inspects of a burst (`BurstCoalescer`), debounced
sizes (`SizeRefresher`), writable-layer reads (`LayerWatcher`) and volume contents
(`ContentsReader`). What an event calls for is decided in `state/follow-up.ts`.
*/
export class StateTracker {
	readonly #runner: DockerRunner;
	readonly #now: () => number;
	readonly #keptVolumesLimit: number;
	readonly #sizeDelayMs: number;
	readonly #abort = new AbortController();
	readonly #store = new ModelStore();
	readonly #gate: EventGate;
	readonly #follower: EventsFollower;
	readonly #bursts: BurstCoalescer;
	readonly #sizes: SizeRefresher;
	readonly #layers: LayerWatcher;
	readonly #contents: ContentsReader;
	readonly #onError: (error: unknown) => void;
	#started: Promise<void> | undefined;
	#disposed = false;
	#openWindows = 0;

	constructor({runner, helperImage, backoff, now, onError, ...options}: StateTrackerOptions) {
		this.#runner = runner;
		this.#now = now ?? Date.now;
		this.#keptVolumesLimit = options.keptVolumesLimit ?? 5;
		this.#sizeDelayMs = options.sizeDelayMs ?? 1500;
		this.#onError = error => {
			if (!this.#disposed) {
				onError?.(error);
			}
		};

		const signal = this.#abort.signal;
		this.#gate = new EventGate(events => {
			this.#applyEvents(events);
		});
		this.#follower = new EventsFollower({
			runner,
			backoff: backoff ?? {initialMs: 250, maxMs: 5000},
			now: this.#now,
			onEvents: events => {
				this.#gate.offer(events);
			},
			reload: async () => this.#reload(),
			onEngine: status => {
				this.#store.apply({kind: 'engine', status});
			},
		});
		this.#bursts = new BurstCoalescer({
			quietMs: options.coalesceMs ?? 1000,
			maxMs: options.coalesceMaxMs ?? 10_000,
			now: this.#now,
			onError: this.#onError,
			flush: async (volumes, containers) => {
				try {
					const asked = new Set([...volumes, ...containers]);
					await this.#gate.around(async () => {
						this.#store.applyAll(await loadDetails(runner, volumes, containers, this.#now(), {signal}));
					}, event => asked.has(event.id));
				} catch {
					// The engine went away: the reload that follows its return covers these.
				}
			},
		});
		this.#sizes = new SizeRefresher({
			read: async () => volumeSizes(runner, {signal}),
			apply: sizes => {
				this.#store.apply({kind: 'volume-sizes', sizes});
			},
			againAfterMs: this.#sizeDelayMs,
			onError: this.#onError,
		});
		this.#layers = new LayerWatcher({
			runner,
			store: this.#store,
			intervalMs: options.layerIntervalMs ?? 1000,
			limit: options.watchLimit ?? 16,
			now: this.#now,
			onError: this.#onError,
		});
		this.#contents = new ContentsReader({
			runner,
			store: this.#store,
			via: options.contentsVia ?? 'auto',
			...(helperImage ? {helperImage} : {}),
			signal,
			now: this.#now,
		});
	}

	getState(): DockerState {
		return this.#store.state;
	}

	/** Called after every change (batched per tick); returns the unsubscribe function. */
	subscribe(listener: StateListener): () => void {
		return this.#store.subscribe(listener);
	}

	/**
	Starts following the engine. Resolves after the first load attempt: the model
	is loaded, or `engine` says why not (and reconnection goes on in the background).
	*/
	async start(): Promise<void> {
		this.#started ??= new Promise<void>(resolve => {
			this.#follower.run(resolve).catch((error: unknown) => {
				// The loop itself broke: no more reconnection, so the engine is away for good (no retry time).
				this.#store.apply({kind: 'engine', status: {kind: 'away', since: this.#now(), reason: reasonOf(error)}});
				resolve();
				this.#onError(error);
			});
		});
		return this.#started;
	}

	/** Reads the writable layer of this container while it runs (it may not exist yet: matched on creation). */
	watchContainer(idOrName: string): void {
		this.#layers.watchLater(idOrName);
	}

	/** Opens a command window: containers created until `end()` are watched. */
	beginCommand(): CommandWindow {
		const before = this.#store.state;
		this.#openWindows++;
		let result: Promise<{before: DockerState; after: DockerState}> | undefined;
		return {
			before,
			end: async (scope = wholeScope) => {
				result ??= (async () => {
					try {
						const settled = await this.settle();
						const toRead = volumesToRead(before, settled, scope).slice(0, this.#keptVolumesLimit);
						await Promise.all(toRead.map(async name => this.volumeContents(name).catch(() => undefined)));
						return {before, after: this.#store.state};
					} finally {
						this.#openWindows--;
					}
				})();
				return result;
			},
		};
	}

	/**
	Waits until the events of what just happened have arrived and their follow-up
	queries and writable-layer reads are done; returns the resulting state.
	*/
	async settle({quietMs = 150, maxMs = 2500}: SettleOptions = {}): Promise<DockerState> {
		const started = this.#now();
		const deadline = started + maxMs;
		for (;;) {
			const quietSince = Math.max(started, this.#follower.lastEventAt);
			const wait = Math.min(quietSince + quietMs, deadline) - this.#now();
			if (wait <= 0) {
				break;
			}

			await sleep(wait);
		}

		const reloading = this.#follower.reloading;
		if (reloading) {
			await Promise.race([reloading.catch(() => undefined), sleep(Math.max(0, deadline - this.#now()))]);
		}

		for (let round = 0; round < 3 && this.#bursts.busy; round++) {
			await this.#bursts.flush();
		}

		await this.#layers.idle();
		return this.#store.state;
	}

	/** Records what a stopped container's writable layer holds, read exactly (see `PendingRemovals`). */
	recordFinalLayer(id: string, changes: LayerChange[], totalBytes?: number): void {
		this.#store.apply({kind: 'writable-layer', id, layer: {changes, capturedAt: this.#now(), final: true, ...(totalBytes === undefined ? {} : {totalBytes})}});
	}

	/** Makes sure the model knows this container with its mounts (inspects it when only events were seen). */
	async ensureContainer(id: string): Promise<void> {
		if (this.#store.state.containers[id]?.detailed) {
			return;
		}

		const details = await inspectContainers(this.#runner, [id], {signal: this.#abort.signal});
		this.#store.apply({kind: 'container-details', ...details, at: this.#now()});
	}

	/** Whether the engine runs on this machine (asked once). */
	async isLocalEngine(): Promise<boolean> {
		return this.#contents.isLocalEngine();
	}

	/** Resolves once no writable-layer read is under way. */
	async layerReadsDone(): Promise<void> {
		await this.#layers.idle();
	}

	/** Reads a container's writable layer now (`docker diff`), watched or not, and records it. */
	async writableLayer(id: string): Promise<void> {
		await this.#layers.readNow(id);
	}

	/** Reads a volume's files (see `readVolumeContents`) and records the result in the model. */
	async volumeContents(name: string, {via}: {via?: ContentsVia} = {}): Promise<VolumeContents> {
		return this.#contents.read(name, via);
	}

	/**
	The runner now reaches another engine (`docker context use`): forgets the
	model and what was learned of the old engine, and reconnects; the reload
	that follows fills the model from the new one.
	*/
	retarget(): void {
		if (this.#disposed) {
			return;
		}

		this.#contents.forgetPlace();
		this.#store.reset();
		this.#follower.restart();
	}

	/**
	Lists and inspects everything again now, for engines whose events may miss
	some (Podman's file-backed stream loses what happens while it opens).
	*/
	async reloadNow(): Promise<void> {
		await this.#follower.relistNow();
	}

	/** Stops everything: the events process, timers, polls and queries under way. */
	async dispose(): Promise<void> {
		if (this.#disposed) {
			return;
		}

		this.#disposed = true;
		this.#abort.abort();
		this.#layers.dispose();
		this.#bursts.dispose();
		this.#sizes.dispose();
		await this.#follower.dispose();
		this.#store.close();
	}

	/**
	The full load, events held meanwhile. Containers that may mount something come
	detailed; listed volumes and the other containers are detailed by the inspect
	right after (coalesced with the events that follow).
	*/
	async #reload(): Promise<void> {
		const {withSizes} = await this.#gate.around(async () => {
			const loaded = await loadState(this.#runner, this.#now(), {signal: this.#abort.signal});
			this.#store.applyAll(loaded.inputs);
			const {volumes, containers} = this.#store.state;
			for (const id of Object.keys(containers)) {
				this.#bursts.forgetContainer(id);
			}

			const undetailed: string[] = [];
			for (const [name, volume] of Object.entries(volumes)) {
				if (volume.detailed) {
					this.#bursts.forgetVolume(name);
				} else {
					undetailed.push(name);
				}
			}

			// Thousands of volumes after a load: asked for at once, one timer.
			this.#bursts.addVolumes(undetailed);
			this.#bursts.addContainers(loaded.laterContainers);

			return loaded;
		});
		if (!withSizes) {
			this.#sizes.schedule(0);
		}
	}

	#applyEvents(events: DockerEvent[]): void {
		if (this.#disposed) {
			return;
		}

		this.#store.apply({kind: 'events', events});
		for (const event of events) {
			const actions = followUpsFor(this.#store.state, event, {
				commandRunning: this.#openWindows > 0,
				watched: this.#layers.watched,
				watchNames: this.#layers.names,
			});
			for (const action of actions) {
				this.#run(action);
			}
		}
	}

	/** Runs one query or read an event called for. */
	#run(action: FollowUp): void {
		switch (action.kind) {
			case 'inspect-volume': {
				this.#bursts.addVolume(action.name);
				break;
			}

			case 'inspect-container': {
				this.#bursts.addContainer(action.id);
				break;
			}

			case 'forget-volume': {
				this.#bursts.forgetVolume(action.name);
				break;
			}

			case 'forget-container': {
				this.#bursts.forgetContainer(action.id);
				this.#layers.forget(action.id);
				break;
			}

			case 'refresh-sizes': {
				this.#sizes.schedule(this.#sizeDelayMs);
				break;
			}

			case 'relist': {
				this.#follower.relist();
				break;
			}

			case 'watch': {
				this.#layers.watch(action.id);
				break;
			}

			case 'read-layer': {
				this.#layers.poll(action.id);
				break;
			}

			case 'matched-name': {
				this.#layers.nameMatched(action.name);
				break;
			}
		}
	}
}

async function sleep(ms: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

export type {EngineStatus};
