import {shouldReadLayer} from '../../state/follow-up.js';
import {acceptCapture, mayBeAutoRemoved} from '../../state/layer-changes.js';
import {findContainer, isLive} from '../../state/select.js';
import type {LayerChange} from '../../state/types.js';
import {overWatchLimit} from '../../state/watch-limit.js';
import type {DockerRunner} from '../state-runner.js';
import {WritableLayerPoller} from '../writable-layer.js';
import type {ModelStore} from './model-store.js';

export type LayerWatcherOptions = {
	runner: DockerRunner;
	store: ModelStore;
	intervalMs: number;
	/** At most this many containers are watched (oldest dropped). */
	limit: number;
	onError: (error: unknown) => void;
	now: () => number;
};

/**
Which containers have their writable layer read while they run (by id, or by a
name still to appear), and what each read adds to the model.
*/
export class LayerWatcher {
	readonly #options: LayerWatcherOptions;
	readonly #poller: WritableLayerPoller;
	readonly #names = new Set<string>();

	constructor(options: LayerWatcherOptions) {
		this.#options = options;
		this.#poller = new WritableLayerPoller({
			runner: options.runner,
			intervalMs: options.intervalMs,
			now: options.now,
			shouldPoll: id => shouldReadLayer(options.store.state, id),
			onCapture: (id, changes) => {
				this.#captured(id, changes);
			},
			onError: (_id, error) => {
				options.onError(error);
			},
		});
	}

	get watched(): ReadonlySet<string> {
		return this.#poller.watched;
	}

	/** Names (or id prefixes) to watch once they appear. */
	get names(): ReadonlySet<string> {
		return this.#names;
	}

	/** Watches a container now, or once it appears. */
	watchLater(idOrName: string): void {
		const container = findContainer(this.#options.store.state, idOrName);
		if (container) {
			this.watch(container.id);
		} else {
			this.#names.add(idOrName.replace(/^\//, ''));
		}
	}

	nameMatched(name: string): void {
		this.#names.delete(name);
	}

	watch(id: string): void {
		this.#poller.watch(id);
		for (const old of overWatchLimit(this.#poller.watched, this.#options.limit)) {
			this.#poller.unwatch(old);
		}

		const container = this.#options.store.state.containers[id];
		if (container && isLive(container.status)) {
			this.#poller.poll(id);
		}
	}

	/** Stops watching once the reads under way are done (a destroyed container). */
	forget(id: string): void {
		this.#poller.idle().then(() => {
			this.#poller.unwatch(id);
		}, this.#options.onError);
	}

	poll(id: string): void {
		this.#poller.poll(id);
	}

	async readNow(id: string): Promise<void> {
		await this.#poller.pollNow(id);
	}

	async idle(): Promise<void> {
		await this.#poller.idle();
	}

	dispose(): void {
		this.#poller.dispose();
	}

	#captured(id: string, changes: LayerChange[]): void {
		const {store, now} = this.#options;
		const state = store.state;
		const container = state.containers[id] ?? state.removedContainers.findLast(removed => removed.id === id);
		const layer = acceptCapture(container?.writableLayer, changes, {
			afterDeath: !container || !isLive(container.status) || !(id in state.containers),
			autoRemove: mayBeAutoRemoved(container),
			at: now(),
		});
		if (layer) {
			store.apply({kind: 'writable-layer', id, layer});
		}
	}
}
