import {flushDelay, openBurst, type BurstWindow} from '../../state/burst-window.js';

export type BurstCoalescerOptions = {
	/** Quiet time that ends a burst. */
	quietMs: number;
	/** Longest a query waits while a burst goes on. */
	maxMs: number;
	/** Runs the queries for what the burst asked (errors are the runner's to swallow or report). */
	flush: (volumes: string[], containers: string[]) => Promise<void>;
	onError: (error: unknown) => void;
	now: () => number;
};

/**
Collects the volumes and containers that events of a burst want inspected and
asks for them together once the burst is over: one flush at a time.
*/
export class BurstCoalescer {
	readonly #options: BurstCoalescerOptions;
	readonly #volumes = new Set<string>();
	readonly #containers = new Set<string>();
	#window: BurstWindow | undefined;
	#timer: NodeJS.Timeout | undefined;
	#flushing: Promise<void> | undefined;
	#disposed = false;

	constructor(options: BurstCoalescerOptions) {
		this.#options = options;
	}

	/** Whether something waits to be inspected or is being inspected. */
	get busy(): boolean {
		return this.#volumes.size > 0 || this.#containers.size > 0 || this.#flushing !== undefined;
	}

	addVolume(name: string): void {
		this.#volumes.add(name);
		this.#schedule();
	}

	addContainer(id: string): void {
		this.#containers.add(id);
		this.#schedule();
	}

	/** Gone, or just loaded in full: no inspect needed. */
	forgetVolume(name: string): void {
		this.#volumes.delete(name);
	}

	forgetContainer(id: string): void {
		this.#containers.delete(id);
	}

	/** Runs what is pending now (after a flush under way, if any). */
	async flush(): Promise<void> {
		this.#clearTimer();
		while (this.#flushing) {
			await this.#flushing;
		}

		const volumes = [...this.#volumes];
		const containers = [...this.#containers];
		this.#volumes.clear();
		this.#containers.clear();
		if (volumes.length === 0 && containers.length === 0 || this.#disposed) {
			return;
		}

		this.#flushing = this.#options.flush(volumes, containers).finally(() => {
			this.#flushing = undefined;
		});
		await this.#flushing;
	}

	dispose(): void {
		this.#disposed = true;
		this.#clearTimer();
	}

	#schedule(): void {
		if (this.#disposed) {
			return;
		}

		const now = this.#options.now();
		this.#window ??= openBurst(now, this.#options.maxMs);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#clearTimer();
			this.flush().catch(this.#options.onError);
		}, flushDelay(this.#window, now, this.#options.quietMs));
	}

	#clearTimer(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#window = undefined;
	}
}
