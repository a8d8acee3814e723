import type {VolumeSize} from '../../state/types.js';

export type SizeRefresherOptions = {
	/** `docker system df -v`: slow on big engines. */
	read: () => Promise<VolumeSize[]>;
	apply: (sizes: VolumeSize[]) => void;
	/** Delay of a refresh asked for while one runs. */
	againAfterMs: number;
	onError: (error: unknown) => void;
};

/**
Volume sizes, debounced: a refresh replaces the one scheduled, never runs twice
at once, and one asked for while one runs happens after it.
*/
export class SizeRefresher {
	readonly #options: SizeRefresherOptions;
	#timer: NodeJS.Timeout | undefined;
	#running: Promise<void> | undefined;
	#again = false;
	#disposed = false;

	constructor(options: SizeRefresherOptions) {
		this.#options = options;
	}

	schedule(delayMs: number): void {
		if (this.#disposed) {
			return;
		}

		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.#refresh().catch(this.#options.onError);
		}, delayMs);
	}

	dispose(): void {
		this.#disposed = true;
		clearTimeout(this.#timer);
	}

	async #refresh(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return;
		}

		this.#running = (async () => {
			try {
				this.#options.apply(await this.#options.read());
			} catch {
				// Sizes are a nicety: the next refresh will try again.
			} finally {
				this.#running = undefined;
			}
		})();
		await this.#running;
		if (this.#again && !this.#disposed) {
			this.#again = false;
			this.schedule(this.#options.againAfterMs);
		}
	}
}
