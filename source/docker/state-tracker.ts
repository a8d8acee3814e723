import {volumesToRead, wholeScope, type CommandScope} from '../state/command-scope.js';
import {acceptCapture} from '../state/layer-changes.js';
import {initialState, reduceAll, reduceState} from '../state/reducer.js';
import {followUpsFor, shouldReadLayer} from '../state/follow-up.js';
import {findContainer, isLive} from '../state/select.js';
import type {DockerEvent, DockerState, EngineStatus, LayerChange, StateInput, VolumeContents} from '../state/types.js';
import {isLocalEngine} from './engine-location.js';
import {followEvents} from './events.js';
import {inspectContainers, inspectVolumes, listContainers, listVolumes, volumeSizes} from './state-queries.js';
import type {DockerRunner, DockerStream} from './state-runner.js';
import {readVolumeContents, VolumeContentsError, type ContentsVia} from './volume-contents.js';
import {WritableLayerPoller} from './writable-layer.js';
import {escapeDeep} from '../text/escape-controls.js';

export type StateTrackerOptions = {
	runner: DockerRunner;
	/** Quiet time that ends a burst of events before its follow-up queries run. */
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

type Listener = (state: DockerState) => void;

/**
Keeps a live model of the engine's volumes and containers: one batched load,
then one `docker events` stream (restarted with backoff, with a full reload, when
it ends), follow-up queries coalesced per burst, sizes debounced, and the
writable layer of containers started from dockwise read while they run.
*/
export class StateTracker {
	readonly #runner: DockerRunner;
	readonly #options: Required<Omit<StateTrackerOptions, 'runner' | 'helperImage' | 'backoff' | 'now' | 'onError'>> & {backoff: {initialMs: number; maxMs: number}};
	readonly #onError: (error: unknown) => void;
	readonly #helperImage: string | undefined;
	readonly #now: () => number;
	readonly #listeners = new Set<Listener>();
	readonly #poller: WritableLayerPoller;
	readonly #abort = new AbortController();
	#state: DockerState = initialState();
	#notifyScheduled = false;
	#started: Promise<void> | undefined;
	#disposed = false;
	readonly #sleepers = new Set<() => void>();
	readonly #disposedPromise: Promise<undefined>;
	#resolveDisposed: (() => void) | undefined;
	#stream: DockerStream | undefined;
	#reloading: Promise<void> | undefined;
	#lastEventAt = 0;
	#lastTimestamp: string | undefined;
	/** Events that arrived while a list or inspect query ran: applied after its result. */
	#holds = 0;
	#held: DockerEvent[] = [];
	readonly #pendingVolumes = new Set<string>();
	readonly #pendingContainers = new Set<string>();
	#coalesceTimer: NodeJS.Timeout | undefined;
	#coalesceDeadline = 0;
	#flushing: Promise<void> | undefined;
	#sizeTimer: NodeJS.Timeout | undefined;
	#sizing: Promise<void> | undefined;
	#sizeAgain = false;
	#openWindows = 0;
	readonly #watchNames = new Set<string>();
	#localEngine: Promise<boolean> | undefined;

	constructor({runner, helperImage, backoff, now, onError, ...options}: StateTrackerOptions) {
		this.#runner = runner;
		this.#onError = error => {
			if (!this.#disposed) {
				onError?.(error);
			}
		};
		this.#helperImage = helperImage;
		this.#now = now ?? Date.now;
		this.#options = {
			coalesceMs: 40,
			coalesceMaxMs: 400,
			sizeDelayMs: 1500,
			layerIntervalMs: 1000,
			contentsVia: 'auto',
			keptVolumesLimit: 5,
			watchLimit: 16,
			...options,
			backoff: backoff ?? {initialMs: 250, maxMs: 5000},
		};
		this.#disposedPromise = new Promise<undefined>(resolve => {
			this.#resolveDisposed = () => {
				resolve(undefined);
			};
		});
		this.#poller = new WritableLayerPoller({
			runner,
			intervalMs: this.#options.layerIntervalMs,
			now: this.#now,
			shouldPoll: id => shouldReadLayer(this.#state, id),
			onCapture: (id, changes) => {
				this.#onCapture(id, changes);
			},
			onError: (_id, error) => {
				this.#onError(error);
			},
		});
	}

	getState(): DockerState {
		return this.#state;
	}

	/** Called after every change (batched per tick); returns the unsubscribe function. */
	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
		};
	}

	/**
	Starts following the engine. Resolves after the first load attempt: the model
	is loaded, or `engine` says why not (and reconnection goes on in the background).
	*/
	async start(): Promise<void> {
		this.#started ??= new Promise<void>(resolve => {
			this.#connectLoop(resolve).catch((error: unknown) => {
				// The loop itself broke: no more reconnection, so the engine is away for good (no retry time).
				this.#apply({kind: 'engine', status: {kind: 'away', since: this.#now(), reason: reasonOf(error)}});
				resolve();
				this.#onError(error);
			});
		});
		return this.#started;
	}

	/** Reads the writable layer of this container while it runs (it may not exist yet: matched on creation). */
	watchContainer(idOrName: string): void {
		const container = findContainer(this.#state, idOrName);
		if (container) {
			this.#watch(container.id);
		} else {
			this.#watchNames.add(idOrName.replace(/^\//, ''));
		}
	}

	/** Opens a command window: containers created until `end()` are watched. */
	beginCommand(): CommandWindow {
		const before = this.#state;
		this.#openWindows++;
		let result: Promise<{before: DockerState; after: DockerState}> | undefined;
		return {
			before,
			end: async (scope = wholeScope) => {
				result ??= (async () => {
					try {
						const settled = await this.settle();
						const toRead = volumesToRead(before, settled, scope).slice(0, this.#options.keptVolumesLimit);
						await Promise.all(toRead.map(async name => this.volumeContents(name).catch(() => undefined)));
						return {before, after: this.#state};
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
			const quietSince = Math.max(started, this.#lastEventAt);
			const wait = Math.min(quietSince + quietMs, deadline) - this.#now();
			if (wait <= 0) {
				break;
			}

			await sleep(wait);
		}

		if (this.#reloading) {
			await Promise.race([this.#reloading.catch(() => undefined), sleep(Math.max(0, deadline - this.#now()))]);
		}

		for (let round = 0; round < 3 && (this.#pendingVolumes.size > 0 || this.#pendingContainers.size > 0 || this.#flushing); round++) {
			await this.#flushDetails();
		}

		await this.#poller.idle();
		return this.#state;
	}

	/** Records what a stopped container's writable layer holds, read exactly (see `PendingRemovals`). */
	recordFinalLayer(id: string, changes: LayerChange[], totalBytes?: number): void {
		this.#apply({kind: 'writable-layer', id, layer: {changes, capturedAt: this.#now(), final: true, ...(totalBytes === undefined ? {} : {totalBytes})}});
	}

	/** Makes sure the model knows this container with its mounts (inspects it when only events were seen). */
	async ensureContainer(id: string): Promise<void> {
		if (this.#state.containers[id]?.detailed) {
			return;
		}

		const details = await inspectContainers(this.#runner, [id], {signal: this.#abort.signal});
		this.#apply({kind: 'container-details', ...details, at: this.#now()});
	}

	/** Whether the engine runs on this machine (asked once). */
	async isLocalEngine(): Promise<boolean> {
		this.#localEngine ??= isLocalEngine(this.#runner);
		return this.#localEngine;
	}

	/** Resolves once no writable-layer read is under way. */
	async layerReadsDone(): Promise<void> {
		await this.#poller.idle();
	}

	/** Reads a container's writable layer now (`docker diff`), watched or not, and records it. */
	async writableLayer(id: string): Promise<void> {
		await this.#poller.pollNow(id);
	}

	/** Reads a volume's files (see `readVolumeContents`) and records the result in the model. */
	async volumeContents(name: string, {via}: {via?: ContentsVia} = {}): Promise<VolumeContents> {
		let volume = this.#state.volumes[name];
		if (!volume) {
			const {volumes} = await inspectVolumes(this.#runner, [name]);
			this.#apply({kind: 'volume-details', volumes, missing: [], at: this.#now()});
			volume = this.#state.volumes[name];
			if (!volume) {
				throw new VolumeContentsError('contents-no-volume', {name});
			}
		}

		this.#localEngine ??= isLocalEngine(this.#runner);
		const contents = await readVolumeContents({
			runner: this.#runner,
			name,
			...(volume.mountpoint ? {mountpoint: volume.mountpoint} : {}),
			via: via ?? this.#options.contentsVia,
			...(this.#helperImage ?? this.#state.lastImage ? {helperImage: this.#helperImage ?? this.#state.lastImage} : {}),
			isLocalEngine: async () => this.#localEngine!,
			signal: this.#abort.signal,
			now: this.#now,
		});
		this.#apply({kind: 'volume-contents', name, contents});
		// The model's copy: file names with control characters escaped, like everything from the engine.
		return this.#state.volumes[name]?.contents ?? escapeDeep(contents);
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

		this.#localEngine = undefined;
		// The old engine's clock and events mean nothing to the new one.
		this.#lastTimestamp = undefined;
		this.#pendingVolumes.clear();
		this.#pendingContainers.clear();
		this.#watchNames.clear();
		this.#held = [];
		this.#setState(initialState());
		this.#stream?.stop();
	}

	/**
	Lists and inspects everything again now, for engines whose events may miss
	some (Podman's file-backed stream loses what happens while it opens).
	*/
	async reloadNow(): Promise<void> {
		this.#relist();
		await this.#reloading;
	}

	/** Stops everything: the events process, timers, polls and queries under way. */
	async dispose(): Promise<void> {
		if (this.#disposed) {
			return;
		}

		this.#disposed = true;
		this.#abort.abort();
		this.#resolveDisposed?.();
		for (const wake of this.#sleepers) {
			wake();
		}

		this.#poller.dispose();
		clearTimeout(this.#coalesceTimer);
		clearTimeout(this.#sizeTimer);
		const stream = this.#stream;
		stream?.stop();
		await stream?.ended;
		this.#listeners.clear();
	}

	async #connectLoop(firstAttemptDone: () => void): Promise<void> {
		let delay = this.#options.backoff.initialMs;
		let awaySince: number | undefined;
		while (!this.#disposed) {
			const attemptStarted = this.#now();
			// Replaying recent events closes the gap between the stream's start and the load.
			const since = this.#lastTimestamp ?? String(Math.floor(attemptStarted / 1000) - 2);
			const stream = followEvents(this.#runner, {
				since,
				onEvents: events => {
					this.#onEvents(events);
				},
			});
			this.#stream = stream;
			try {
				this.#reloading = this.#reload();
				await this.#reloading;
				awaySince = undefined;
				this.#apply({kind: 'engine', status: {kind: 'up', since: this.#now()}});
			} catch (error) {
				stream.stop();
				await stream.ended;
				if (this.#disposed) {
					break;
				}

				awaySince ??= this.#now();
				this.#apply({kind: 'engine', status: {kind: 'away', since: awaySince, reason: reasonOf(error), retryAt: this.#now() + delay}});
				firstAttemptDone();
				await this.#sleep(delay);
				delay = Math.min(delay * 2, this.#options.backoff.maxMs);
				continue;
			} finally {
				this.#reloading = undefined;
			}

			firstAttemptDone();
			const ended = await Promise.race([stream.ended, this.#disposedPromise]);
			if (this.#disposed || !ended) {
				break;
			}

			// The stream ended: the engine may be restarting. The next reload tells;
			// a long healthy stream resets the backoff, one that ends at once backs off.
			if (this.#now() - attemptStarted > 10_000) {
				delay = this.#options.backoff.initialMs;
			}

			await this.#sleep(Math.min(delay, 250));
		}
	}

	/** The batched load: 2 lists, then 2 inspects for everything listed. */
	async #reload(): Promise<void> {
		this.#holds++;
		try {
			const at = this.#now();
			const signal = {signal: this.#abort.signal};
			const [volumes, containers] = await Promise.all([listVolumes(this.#runner, signal), listContainers(this.#runner, signal)]);
			this.#applyAll([
				{kind: 'volume-list', volumes, at},
				{kind: 'container-list', containers, at},
			]);
			const [volumeDetails, containerDetails] = await Promise.all([
				volumes.length > 0 ? inspectVolumes(this.#runner, volumes.map(volume => volume.name), signal) : undefined,
				containers.length > 0 ? inspectContainers(this.#runner, containers.map(container => container.id), signal) : undefined,
			]);
			this.#applyAll([
				...(volumeDetails ? [{kind: 'volume-details', ...volumeDetails, at} as const] : []),
				...(containerDetails ? [{kind: 'container-details', ...containerDetails, at} as const] : []),
			]);
			for (const id of Object.keys(this.#state.containers)) {
				this.#pendingContainers.delete(id);
			}

			for (const name of Object.keys(this.#state.volumes)) {
				this.#pendingVolumes.delete(name);
			}
		} finally {
			this.#release();
		}

		this.#scheduleSizes(0);
	}

	#onEvents(events: DockerEvent[]): void {
		if (this.#disposed) {
			return;
		}

		this.#lastEventAt = this.#now();
		this.#lastTimestamp = events.at(-1)!.timestamp;
		if (this.#holds > 0) {
			this.#held.push(...events);
			return;
		}

		this.#applyEvents(events);
	}

	#applyEvents(events: DockerEvent[]): void {
		this.#apply({kind: 'events', events});
		for (const event of events) {
			this.#followUp(event);
		}
	}

	/** Runs the queries and reads an event calls for (decided in `followUpsFor`). */
	#followUp(event: DockerEvent): void {
		const actions = followUpsFor(this.#state, event, {
			commandRunning: this.#openWindows > 0,
			watched: this.#poller.watched,
			watchNames: this.#watchNames,
		});
		for (const action of actions) {
			switch (action.kind) {
				case 'inspect-volume': {
					this.#pendingVolumes.add(action.name);
					this.#scheduleFlush();
					break;
				}

				case 'inspect-container': {
					this.#pendingContainers.add(action.id);
					this.#scheduleFlush();
					break;
				}

				case 'forget-volume': {
					this.#pendingVolumes.delete(action.name);
					break;
				}

				case 'forget-container': {
					this.#pendingContainers.delete(action.id);
					this.#poller.idle().then(() => {
						this.#poller.unwatch(action.id);
					}, this.#onError);
					break;
				}

				case 'refresh-sizes': {
					this.#scheduleSizes(this.#options.sizeDelayMs);
					break;
				}

				case 'relist': {
					this.#relist();
					break;
				}

				case 'watch': {
					this.#watch(action.id);
					break;
				}

				case 'read-layer': {
					this.#poller.poll(action.id);
					break;
				}

				case 'matched-name': {
					this.#watchNames.delete(action.name);
					break;
				}
			}
		}
	}

	/** Lists everything again, after an event that removed an unknown set of objects. */
	#relist(): void {
		if (this.#disposed || this.#reloading) {
			return;
		}

		this.#reloading = this.#reload().catch(() => undefined).finally(() => {
			this.#reloading = undefined;
		});
	}

	#watch(id: string): void {
		this.#poller.watch(id);
		const watched = [...this.#poller.watched];
		for (const old of watched.slice(0, Math.max(0, watched.length - this.#options.watchLimit))) {
			this.#poller.unwatch(old);
		}

		const container = this.#state.containers[id];
		if (container && isLive(container.status)) {
			this.#poller.poll(id);
		}
	}

	#onCapture(id: string, changes: LayerChange[]): void {
		const container = this.#state.containers[id] ?? this.#state.removedContainers.findLast(removed => removed.id === id);
		const layer = acceptCapture(container?.writableLayer, changes, {
			afterDeath: !container || !isLive(container.status) || !(id in this.#state.containers),
			// Unknown: assume the worst (a layer being torn down).
			autoRemove: container?.autoRemove ?? true,
			at: this.#now(),
		});
		if (layer) {
			this.#apply({kind: 'writable-layer', id, layer});
		}
	}

	#scheduleFlush(): void {
		if (this.#disposed) {
			return;
		}

		const now = this.#now();
		if (!this.#coalesceTimer) {
			this.#coalesceDeadline = now + this.#options.coalesceMaxMs;
		}

		clearTimeout(this.#coalesceTimer);
		const wait = Math.max(0, Math.min(this.#options.coalesceMs, this.#coalesceDeadline - now));
		this.#coalesceTimer = setTimeout(() => {
			this.#coalesceTimer = undefined;
			this.#flushDetails().catch(this.#onError);
		}, wait);
	}

	/** Runs the inspects a burst of events asked for: at most one volume and one container inspect (chunked). */
	async #flushDetails(): Promise<void> {
		clearTimeout(this.#coalesceTimer);
		this.#coalesceTimer = undefined;
		while (this.#flushing) {
			await this.#flushing;
		}

		const volumes = [...this.#pendingVolumes];
		const containers = [...this.#pendingContainers];
		this.#pendingVolumes.clear();
		this.#pendingContainers.clear();
		if (volumes.length === 0 && containers.length === 0 || this.#disposed) {
			return;
		}

		this.#flushing = (async () => {
			this.#holds++;
			try {
				const at = this.#now();
				const signal = {signal: this.#abort.signal};
				const [volumeDetails, containerDetails] = await Promise.all([
					volumes.length > 0 ? inspectVolumes(this.#runner, volumes, signal) : undefined,
					containers.length > 0 ? inspectContainers(this.#runner, containers, signal) : undefined,
				]);
				this.#applyAll([
					...(volumeDetails ? [{kind: 'volume-details', ...volumeDetails, at} as const] : []),
					...(containerDetails ? [{kind: 'container-details', ...containerDetails, at} as const] : []),
				]);
			} catch {
				// The engine went away: the reload that follows its return covers these.
			} finally {
				this.#flushing = undefined;
				this.#release();
			}
		})();
		await this.#flushing;
	}

	#scheduleSizes(delay: number): void {
		if (this.#disposed) {
			return;
		}

		clearTimeout(this.#sizeTimer);
		this.#sizeTimer = setTimeout(() => {
			this.#sizeTimer = undefined;
			this.#refreshSizes().catch(this.#onError);
		}, delay);
	}

	async #refreshSizes(): Promise<void> {
		if (this.#sizing) {
			this.#sizeAgain = true;
			return;
		}

		this.#sizing = (async () => {
			try {
				const sizes = await volumeSizes(this.#runner, {signal: this.#abort.signal});
				this.#apply({kind: 'volume-sizes', sizes});
			} catch {
				// Sizes are a nicety: the next refresh will try again.
			} finally {
				this.#sizing = undefined;
			}
		})();
		await this.#sizing;
		if (this.#sizeAgain && !this.#disposed) {
			this.#sizeAgain = false;
			this.#scheduleSizes(this.#options.sizeDelayMs);
		}
	}

	/** Applies the events held back while a query ran, once no query runs. */
	#release(): void {
		this.#holds--;
		if (this.#holds === 0 && this.#held.length > 0) {
			const events = this.#held;
			this.#held = [];
			this.#applyEvents(events);
		}
	}

	#apply(input: StateInput): void {
		this.#setState(reduceState(this.#state, input));
	}

	#applyAll(inputs: readonly StateInput[]): void {
		this.#setState(reduceAll(this.#state, inputs));
	}

	#setState(next: DockerState): void {
		if (next === this.#state || this.#disposed) {
			return;
		}

		this.#state = next;
		if (!this.#notifyScheduled) {
			this.#notifyScheduled = true;
			queueMicrotask(() => {
				this.#notifyScheduled = false;
				for (const listener of this.#listeners) {
					listener(this.#state);
				}
			});
		}
	}

	/** A delay that `dispose()` cuts short. */
	async #sleep(ms: number): Promise<void> {
		if (this.#disposed) {
			return;
		}

		await new Promise<void>(resolve => {
			const wake = () => {
				clearTimeout(timer);
				this.#sleepers.delete(wake);
				resolve();
			};

			const timer = setTimeout(wake, ms);
			this.#sleepers.add(wake);
		});
	}
}

function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

async function sleep(ms: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

export type {EngineStatus};
