import {delayAfterStreamEnd, eventsSince, nextDelay, streamRestartMaxMs, type Backoff} from '../../state/reconnect-backoff.js';
import type {DockerEvent, EngineStatus} from '../../state/types.js';
import {followEvents} from '../events.js';
import type {DockerRunner, DockerStream} from '../state-runner.js';

export type EventsFollowerOptions = {
	runner: DockerRunner;
	backoff: Backoff;
	onEvents: (events: DockerEvent[]) => void;
	/** The full load, run after each (re)connection; throws when the engine does not answer. */
	reload: () => Promise<void>;
	onEngine: (status: EngineStatus) => void;
	now: () => number;
};

/**
One `docker events` stream for as long as the tracker lives: started before each
full load (so nothing between the two is missed), restarted with backoff when it
ends, each restart replaying from the last event seen.
*/
export class EventsFollower {
	readonly #options: EventsFollowerOptions;
	readonly #sleepers = new Set<() => void>();
	readonly #stopped: Promise<undefined>;
	#resolveStopped: (() => void) | undefined;
	#stream: DockerStream | undefined;
	#reloading: Promise<void> | undefined;
	#lastEventAt = 0;
	#lastTimestamp: string | undefined;
	#disposed = false;

	constructor(options: EventsFollowerOptions) {
		this.#options = options;
		this.#stopped = new Promise<undefined>(resolve => {
			this.#resolveStopped = () => {
				resolve(undefined);
			};
		});
	}

	/** When the last event arrived (0 before any). */
	get lastEventAt(): number {
		return this.#lastEventAt;
	}

	/** The full load under way, if any. */
	get reloading(): Promise<void> | undefined {
		return this.#reloading;
	}

	/**
	Follows until disposed; `firstAttemptDone` is called after the first load
	attempt, whether it worked or not.
	*/
	async run(firstAttemptDone: () => void): Promise<void> {
		const {backoff, now, onEngine} = this.#options;
		let delay = backoff.initialMs;
		let awaySince: number | undefined;
		while (!this.#disposed) {
			const attemptStarted = now();
			const stream = followEvents(this.#options.runner, {
				since: eventsSince(this.#lastTimestamp, attemptStarted),
				onEvents: events => {
					this.#received(events);
				},
			});
			this.#stream = stream;
			try {
				this.#reloading = this.#options.reload();
				await this.#reloading;
				awaySince = undefined;
				onEngine({kind: 'up', since: now()});
			} catch (error) {
				stream.stop();
				await stream.ended;
				if (this.#disposed) {
					break;
				}

				awaySince ??= now();
				onEngine({kind: 'away', since: awaySince, reason: reasonOf(error), retryAt: now() + delay});
				firstAttemptDone();
				await this.#sleep(delay);
				delay = nextDelay(delay, backoff);
				continue;
			} finally {
				this.#reloading = undefined;
			}

			firstAttemptDone();
			const ended = await Promise.race([stream.ended, this.#stopped]);
			if (this.#disposed || !ended) {
				break;
			}

			// The stream ended: the engine may be restarting. The next reload tells.
			delay = delayAfterStreamEnd(delay, now() - attemptStarted, backoff);
			await this.#sleep(Math.min(delay, streamRestartMaxMs));
		}
	}

	/** Loads everything again (after an event that removed an unknown set of objects), unless a load runs. */
	relist(): void {
		if (this.#disposed || this.#reloading) {
			return;
		}

		this.#reloading = this.#options.reload().catch(() => undefined).finally(() => {
			this.#reloading = undefined;
		});
	}

	/** Loads everything again now and resolves once loaded (or once the load under way is done). */
	async relistNow(): Promise<void> {
		this.relist();
		await this.#reloading;
	}

	/** Another engine now answers (`docker context use`): reconnect, with no replay from the old engine's clock. */
	restart(): void {
		this.#lastTimestamp = undefined;
		this.#stream?.stop();
	}

	async dispose(): Promise<void> {
		this.#disposed = true;
		this.#resolveStopped?.();
		for (const wake of this.#sleepers) {
			wake();
		}

		const stream = this.#stream;
		stream?.stop();
		await stream?.ended;
	}

	#received(events: DockerEvent[]): void {
		if (this.#disposed) {
			return;
		}

		this.#lastEventAt = this.#options.now();
		this.#lastTimestamp = events.at(-1)!.timestamp;
		this.#options.onEvents(events);
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

export function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
