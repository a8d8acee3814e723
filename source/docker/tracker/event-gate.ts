import type {DockerEvent} from '../../state/types.js';

/**
Keeps events in order with the queries: events that arrive while a list or
inspect runs are held and applied after its result (which may predate them).
*/
export class EventGate {
	readonly #deliver: (events: DockerEvent[]) => void;
	#holds = 0;
	#held: DockerEvent[] = [];

	constructor(deliver: (events: DockerEvent[]) => void) {
		this.#deliver = deliver;
	}

	offer(events: DockerEvent[]): void {
		if (this.#holds > 0) {
			this.#held.push(...events);
		} else {
			this.#deliver(events);
		}
	}

	/** Runs a query; events arriving meanwhile are delivered once no query runs. */
	async around<T>(query: () => Promise<T>): Promise<T> {
		this.#holds++;
		try {
			return await query();
		} finally {
			this.#holds--;
			if (this.#holds === 0 && this.#held.length > 0) {
				const events = this.#held;
				this.#held = [];
				this.#deliver(events);
			}
		}
	}
}
