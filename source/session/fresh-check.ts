/**
A check whose answer is never older than the question: callers that ask while
it runs share one more run, started once this one ends, since the run under way
may have asked before what it checks changed (the engine came back, another
context was chosen). Callers that ask while no run is under way start one.
The options of the caller that starts a run are the ones it runs with.
*/
export function freshCheck<Options>(check: (options: Options) => Promise<void>): (options: Options) => Promise<void> {
	let running: Promise<void> | undefined;
	let next: Promise<void> | undefined;
	const start = async (options: Options): Promise<void> => {
		running = check(options).finally(() => {
			running = undefined;
		});
		return running;
	};

	return async options => {
		if (!running) {
			return start(options);
		}

		next ??= running.catch(() => undefined).then(async () => {
			next = undefined;
			return start(options);
		});
		return next;
	};
}
