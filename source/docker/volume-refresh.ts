import {volumesMountedByLive} from '../state/command-scope.js';
import type {StateTracker} from './state-tracker.js';

export type VolumeRefreshOptions = {
	tracker: StateTracker;
	/** How often the volumes of running containers are read again (a folder walk on a local engine: no docker process). */
	intervalMs?: number;
	/** Through a helper container (one `docker run` each), a volume is read at most this often. */
	helperIntervalMs?: number;
	/** At most this many volumes per round. */
	limit?: number;
	now?: () => number;
	/** A round broke (a volume that cannot be read is skipped, not an error). */
	onError?: (error: unknown) => void;
};

/**
Keeps the file lists and sizes of the volumes that running containers mount
true while they run: read again every few seconds, only while such a container
runs, one round at a time, each volume at most once per interval (and rarely
when reading it costs a helper container).
*/
export class VolumeRefresher {
	readonly #tracker: StateTracker;
	readonly #intervalMs: number;
	readonly #helperIntervalMs: number;
	readonly #limit: number;
	readonly #now: () => number;
	readonly #onError: (error: unknown) => void;
	#timer: NodeJS.Timeout | undefined;
	#refreshing = false;

	constructor({tracker, intervalMs = 3000, helperIntervalMs = 30_000, limit = 8, now = Date.now, onError = () => undefined}: VolumeRefreshOptions) {
		this.#tracker = tracker;
		this.#intervalMs = intervalMs;
		this.#helperIntervalMs = helperIntervalMs;
		this.#limit = limit;
		this.#now = now;
		this.#onError = onError;
	}

	start(): void {
		this.#timer ??= setInterval(() => {
			this.refreshSoon();
		}, this.#intervalMs);
		this.#timer.unref();
	}

	/** A round now, unless one is under way (after every command, and on each tick). */
	refreshSoon(): void {
		if (this.#refreshing) {
			return;
		}

		this.#refreshing = true;
		this.refresh().then(() => {
			this.#refreshing = false;
		}, (error: unknown) => {
			this.#refreshing = false;
			this.#onError(error);
		});
	}

	/** One round: the volumes of running containers whose last reading is old enough. */
	async refresh(): Promise<void> {
		const state = this.#tracker.getState();
		const now = this.#now();
		const due = volumesMountedByLive(state).filter(name => {
			const contents = state.volumes[name]?.contents;
			if (!contents || contents.stale) {
				return true;
			}

			const every = contents.via === 'helper' ? this.#helperIntervalMs : this.#intervalMs;
			return now - contents.readAt >= every - 50;
		}).slice(0, this.#limit);
		for (const name of due) {
			// One at a time: a round never loads the machine with parallel walks.
			await this.#tracker.volumeContents(name).catch(() => undefined);
		}
	}

	dispose(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
	}
}
