/**
Tells when Ink has drawn the tree as it is now, from Ink's own render
notifications (its `onRender` option) rather than from a guess at its timing.

Ink 6.8 draws a commit at once, or later when it drew less than a throttle period
ago; its throttle (es-toolkit's) restarts that period at every commit, so a burst
of commits keeps postponing the frame: no fixed wait is enough. `next()` asks for
one more commit (the probe, `FrameProbe`, re-renders) and resolves after the first
render that follows it. Ink renders the whole tree and writes the frame in the
same call that notifies, so everything committed before `next()` is on the
terminal when it resolves. While no Ink instance is mounted (a command owns the
terminal) the first render of the next one does.
*/
export class FrameBarrier {
	#renders = 0;
	#requests = 0;
	readonly #probes = new Set<() => void>();
	readonly #waiters = new Set<() => void>();

	/** Ink's `onRender` option: a render (a frame written, or found unchanged) just ran. */
	readonly rendered = (): void => {
		this.#renders++;
		for (const waiter of [...this.#waiters]) {
			waiter();
		}
	};

	/** For the probe's `useSyncExternalStore`. */
	readonly subscribe = (probe: () => void): (() => void) => {
		this.#probes.add(probe);
		return () => this.#probes.delete(probe);
	};

	/** For the probe's `useSyncExternalStore`: changes at each `next()`. */
	readonly getRequest = (): number => this.#requests;

	/** Resolves once Ink has rendered the tree as committed now (and written it, when it changed). */
	async next(): Promise<void> {
		const before = this.#renders;
		this.#requests++;
		for (const probe of this.#probes) {
			probe();
		}

		if (this.#renders !== before) {
			// Ink drew during the probe's commit.
			return;
		}

		await new Promise<void>(resolve => {
			const waiter = () => {
				this.#waiters.delete(waiter);
				resolve();
			};

			this.#waiters.add(waiter);
		});
	}
}
