/**
The recording's clock, in seconds. Real time passes as it does, except that a
gap longer than the idle limit counts as the idle limit (a slow machine or a
slow engine does not show in the cast); typing and pauses advance it by the
script's own amounts, without anyone waiting for them.
*/
export class CastClock {
	private virtual = 0;
	private lastReal: number;

	constructor(
		private readonly idleLimit: number,
		private readonly realNow: () => number = () => performance.now() / 1000,
	) {
		this.lastReal = realNow();
	}

	/** The cast time now. */
	now(): number {
		const real = this.realNow();
		this.virtual += Math.min(Math.max(0, real - this.lastReal), this.idleLimit);
		this.lastReal = real;
		return this.virtual;
	}

	/** Time the script decides (a keystroke's delay, a pause), not measured. */
	advance(seconds: number): void {
		this.now();
		this.virtual += seconds;
	}
}
