import type {DockerState} from '../../source/state/types.js';
import type {StateTracker} from '../../source/docker/state-tracker.js';

/** Resolves with the first state satisfying `predicate`, or rejects after `timeoutMs`. */
export async function waitForState(tracker: StateTracker, predicate: (state: DockerState) => boolean, timeoutMs: number): Promise<DockerState> {
	if (predicate(tracker.getState())) {
		return tracker.getState();
	}

	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			unsubscribe();
			reject(new Error(`state not reached within ${timeoutMs} ms`));
		}, timeoutMs);
		const unsubscribe = tracker.subscribe(state => {
			if (predicate(state)) {
				clearTimeout(timer);
				unsubscribe();
				resolve(state);
			}
		});
	});
}

export async function delay(ms: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}
