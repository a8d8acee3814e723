import {parseDiff} from '../state/parse-queries.js';
import type {LayerChange} from '../state/types.js';
import type {DockerRunner} from './state-runner.js';

/** `docker diff`: the container's writable-layer changes, or undefined when it is gone or unreadable. */
export async function readWritableLayer(runner: DockerRunner, id: string, signal?: AbortSignal): Promise<LayerChange[] | undefined> {
	const result = await runner.run(['diff', id], {timeoutMs: 15_000, ...(signal ? {signal} : {})});
	return result.ok ? parseDiff(result.stdout) : undefined;
}

export type LayerPollerOptions = {
	runner: DockerRunner;
	intervalMs: number;
	/** Whether a watched container is worth reading now (it runs). */
	shouldPoll: (id: string) => boolean;
	/** A capture came back; `takenAt` is when the read started. */
	onCapture: (id: string, changes: LayerChange[], takenAt: number) => void;
	/** A read started by `poll` failed (a bug: docker's own failures are unreadable layers, not errors). */
	onError?: (id: string, error: unknown) => void;
	now?: () => number;
};

/**
Reads the writable layer of the watched containers about once a second while
they run, plus on demand (start, die), never two reads of one container at once.
What a `--rm` container wrote is gone once it is removed, so these reads are
the only record of the loss.
*/
export class WritableLayerPoller {
	readonly #options: LayerPollerOptions;
	readonly #watched = new Set<string>();
	readonly #inFlight = new Map<string, Promise<void>>();
	readonly #again = new Set<string>();
	readonly #abort = new AbortController();
	#timer: NodeJS.Timeout | undefined;

	constructor(options: LayerPollerOptions) {
		this.#options = options;
	}

	get watched(): ReadonlySet<string> {
		return this.#watched;
	}

	watch(id: string): void {
		this.#watched.add(id);
		this.#timer ??= setInterval(() => {
			this.#tick();
		}, this.#options.intervalMs);
	}

	unwatch(id: string): void {
		this.#watched.delete(id);
		if (this.#watched.size === 0 && this.#timer) {
			clearInterval(this.#timer);
			this.#timer = undefined;
		}
	}

	/** Reads now; if a read is under way, reads once more right after it. */
	async pollNow(id: string): Promise<void> {
		const running = this.#inFlight.get(id);
		if (running) {
			this.#again.add(id);
			return running;
		}

		const read = this.#read(id).finally(() => {
			this.#inFlight.delete(id);
			if (this.#again.delete(id) && !this.#abort.signal.aborted) {
				this.poll(id);
			}
		});
		this.#inFlight.set(id, read);
		return read;
	}

	/** Reads now without waiting for it; a failure goes to `onError`. */
	poll(id: string): void {
		this.pollNow(id).catch((error: unknown) => {
			this.#options.onError?.(id, error);
		});
	}

	/** Resolves once no read is under way (a failed read is its starter's to report). */
	async idle(): Promise<void> {
		while (this.#inFlight.size > 0) {
			await Promise.allSettled(this.#inFlight.values());
		}
	}

	dispose(): void {
		this.#abort.abort();
		if (this.#timer) {
			clearInterval(this.#timer);
			this.#timer = undefined;
		}

		this.#watched.clear();
	}

	#tick(): void {
		for (const id of this.#watched) {
			if (!this.#inFlight.has(id) && this.#options.shouldPoll(id)) {
				this.poll(id);
			}
		}
	}

	async #read(id: string): Promise<void> {
		const takenAt = (this.#options.now ?? Date.now)();
		const changes = await readWritableLayer(this.#options.runner, id, this.#abort.signal);
		if (changes && !this.#abort.signal.aborted) {
			this.#options.onCapture(id, changes, takenAt);
		}
	}
}
