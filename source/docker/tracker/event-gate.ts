import type {DockerEvent} from '../../state/types.js';

/** Which events a query's result could make stale; undefined: all of them. */
export type EventScope = ((event: DockerEvent) => boolean) | undefined;

/**
Keeps events in order with the queries: an event that arrives while a list or
inspect runs, about an object that query reads, is held and applied after the
query's result (which may predate it). Events about other objects go through at
once: a burst's inspect never delays what another container is doing.
*/
export class EventGate {
	readonly #deliver: (events: DockerEvent[]) => void;
	readonly #holds = new Set<{scope: EventScope}>();
	#held: DockerEvent[] = [];

	constructor(deliver: (events: DockerEvent[]) => void) {
		this.#deliver = deliver;
	}

	offer(events: DockerEvent[]): void {
		const now: DockerEvent[] = [];
		for (const event of events) {
			(this.#isHeld(event, this.#held) ? this.#held : now).push(event);
		}

		if (now.length > 0) {
			this.#deliver(now);
		}
	}

	/** Runs a query; events in its scope arriving meanwhile are delivered once no query covering them runs. */
	async around<T>(query: () => Promise<T>, scope?: EventScope): Promise<T> {
		const hold = {scope};
		this.#holds.add(hold);
		try {
			return await query();
		} finally {
			this.#holds.delete(hold);
			const stillHeld: DockerEvent[] = [];
			const released: DockerEvent[] = [];
			for (const event of this.#held) {
				(this.#isHeld(event, stillHeld) ? stillHeld : released).push(event);
			}

			this.#held = stillHeld;
			if (released.length > 0) {
				this.#deliver(released);
			}
		}
	}

	#isHeld(event: DockerEvent, waiting: readonly DockerEvent[]): boolean {
		// An event after a held one about the same object waits too: its object's events stay in order.
		if (waiting.some(held => held.id === event.id)) {
			return true;
		}

		for (const {scope} of this.#holds) {
			if (!scope || scope(event)) {
				return true;
			}
		}

		return false;
	}
}
