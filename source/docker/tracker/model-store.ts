import {initialState, reduceAll, reduceState} from '../../state/reducer.js';
import type {DockerState, StateInput} from '../../state/types.js';

export type StateListener = (state: DockerState) => void;

/**
The model and its listeners: every change goes through the pure reducer, and
listeners hear of changes once per tick however many inputs came in it.
*/
export class ModelStore {
	readonly #listeners = new Set<StateListener>();
	#state: DockerState = initialState();
	#notifyScheduled = false;
	#closed = false;

	get state(): DockerState {
		return this.#state;
	}

	subscribe(listener: StateListener): () => void {
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
		};
	}

	apply(input: StateInput): void {
		this.#set(reduceState(this.#state, input));
	}

	applyAll(inputs: readonly StateInput[]): void {
		if (inputs.length > 0) {
			this.#set(reduceAll(this.#state, inputs));
		}
	}

	/** No more changes nor notifications. */
	/** Forgets the whole model: another engine now answers. */
	reset(): void {
		this.#set(initialState());
	}

	close(): void {
		this.#closed = true;
		this.#listeners.clear();
	}

	#set(next: DockerState): void {
		if (next === this.#state || this.#closed) {
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
}
