import {asked, flightEnded, flightStarted, flushAt, idleClock, nothingWaits, type BurstClock} from '../../state/burst-window.js';

export type BurstCoalescerOptions = {
	/** Quiet time that ends a burst. */
	quietMs: number;
	/** Longest a waiting name waits while a burst goes on. */
	maxMs: number;
	/** Runs the queries for what the burst asked (errors are the runner's to swallow or report). */
	flush: (volumes: string[], containers: string[]) => Promise<void>;
	onError: (error: unknown) => void;
	now: () => number;
};

/**
Collects the volumes and containers that events of a burst want inspected and
asks for them together: one query at a time, and what arrives while one runs
waits for the burst's end (`state/burst-window.ts`), so a burst of any size
costs the query in flight plus one follow-up.
*/
export class BurstCoalescer {
	readonly #options: BurstCoalescerOptions;
	readonly #volumes = new Set<string>();
	readonly #containers = new Set<string>();
	#clock: BurstClock = idleClock;
	#timer: NodeJS.Timeout | undefined;
	#flushing: Promise<void> | undefined;
	#disposed = false;

	constructor(options: BurstCoalescerOptions) {
		this.#options = options;
	}

	/** Whether something waits to be inspected or is being inspected. */
	get busy(): boolean {
		return this.#waiting || this.#flushing !== undefined;
	}

	addVolume(name: string): void {
		this.addVolumes([name]);
	}

	/** Thousands at once after a load: one timer, not one each. */
	addVolumes(names: readonly string[]): void {
		this.#addAll(this.#volumes, names);
	}

	addContainer(id: string): void {
		this.addContainers([id]);
	}

	addContainers(ids: readonly string[]): void {
		this.#addAll(this.#containers, ids);
	}

	/** Gone, or just loaded in full: no inspect needed. */
	forgetVolume(name: string): void {
		this.#volumes.delete(name);
		this.#forgot();
	}

	forgetContainer(id: string): void {
		this.#containers.delete(id);
		this.#forgot();
	}

	#addAll(waiting: Set<string>, items: readonly string[]): void {
		if (items.length === 0) {
			return;
		}

		for (const item of items) {
			waiting.add(item);
		}

		this.#asked();
	}

	/** Runs what is pending now (after a flush under way, if any), whatever the burst's timing. */
	async flush(): Promise<void> {
		this.#clearTimer();
		while (this.#flushing) {
			await this.#flushing;
		}

		// The flight that ended armed a timer for what waits: this flush takes it now.
		this.#clearTimer();
		if (!this.#waiting || this.#disposed) {
			return;
		}

		const volumes = [...this.#volumes];
		const containers = [...this.#containers];
		this.#volumes.clear();
		this.#containers.clear();
		this.#clock = flightStarted(this.#clock);
		this.#flushing = this.#options.flush(volumes, containers).finally(() => {
			this.#flushing = undefined;
			this.#clock = flightEnded(this.#clock, this.#options.now());
			this.#schedule();
		});
		await this.#flushing;
	}

	dispose(): void {
		this.#disposed = true;
		this.#clearTimer();
	}

	get #waiting(): boolean {
		return this.#volumes.size > 0 || this.#containers.size > 0;
	}

	#asked(): void {
		this.#clock = asked(this.#clock, this.#options.now());
		this.#schedule();
	}

	#forgot(): void {
		if (!this.#waiting) {
			this.#clock = nothingWaits(this.#clock);
			this.#clearTimer();
		}
	}

	/** (Re)arms the timer for the time the burst's rule gives; none while a query runs. */
	#schedule(): void {
		this.#clearTimer();
		const at = flushAt(this.#clock, this.#options);
		if (this.#disposed || at === undefined) {
			return;
		}

		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.flush().catch(this.#options.onError);
		}, Math.max(0, at - this.#options.now()));
	}

	#clearTimer(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
