/** Ink brackets each frame with these (synchronized output): never cut in between. */
const beginSync = '\u001B[?2026h';
const endSync = '\u001B[?2026l';

export type Frame = {time: number; data: string};

type CollectorOptions = {
	/** The cast time of a frame's first byte. */
	now: () => number;
	emit: (frame: Frame) => void;
	/** Output quiet this long ends a frame (pty reads split one write into chunks). */
	quietMs?: number;
	/** A synchronized block still open after this long is cut anyway. */
	maxHoldMs?: number;
};

/**
Gathers a pseudo-terminal's output into whole frames: one cast event per
frame, so a player never shows half of one. A frame ends when output has been
quiet for a few milliseconds outside a synchronized-output block.
*/
export class FrameCollector {
	private buffer = '';
	private time = 0;
	private startedAt = 0;
	private timer: NodeJS.Timeout | undefined;
	private readonly waiters = new Set<() => void>();
	private readonly quietMs: number;
	private readonly maxHoldMs: number;

	constructor(private readonly options: CollectorOptions) {
		this.quietMs = options.quietMs ?? 12;
		this.maxHoldMs = options.maxHoldMs ?? 2000;
	}

	push(data: string): void {
		if (this.buffer === '') {
			this.time = this.options.now();
			this.startedAt = performance.now();
		}

		this.buffer += data;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.maybeFlush();
		}, this.quietMs);
	}

	/** Emits what is held now, whole or not (the end of the recording). */
	flush(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
		if (this.buffer !== '') {
			const frame = {time: this.time, data: this.buffer};
			this.buffer = '';
			this.options.emit(frame);
		}

		for (const waiter of this.waiters) {
			waiter();
		}

		this.waiters.clear();
	}

	/** Resolves once the next frame is out (or at once when nothing is pending and `now`). */
	async nextFrame(): Promise<void> {
		await new Promise<void>(resolve => {
			this.waiters.add(resolve);
		});
	}

	get pending(): boolean {
		return this.buffer !== '';
	}

	private maybeFlush(): void {
		const open = this.buffer.lastIndexOf(beginSync) > this.buffer.lastIndexOf(endSync);
		if (open && performance.now() - this.startedAt < this.maxHoldMs) {
			this.timer = setTimeout(() => {
				this.maybeFlush();
			}, this.quietMs);
			return;
		}

		this.flush();
	}
}
