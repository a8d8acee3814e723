/** How fast the demo types: seconds between keys, reproducible from a seed. */
export type RhythmOptions = {seed: number; speed: number};

const baseDelay = 0.055;
const jitter = 0.5;

/** A small seeded generator (mulberry32): same seed, same delays, on every machine. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/**
The pause before typing `next`, after `previous`: a base delay with jitter,
longer after a space (between words) and after punctuation, divided by speed.
*/
export function createRhythm({seed, speed}: RhythmOptions): (previous: string | undefined, next: string) => number {
	const random = seededRandom(seed);
	return (previous, next) => {
		let delay = baseDelay * (1 - jitter + (2 * jitter * random()));
		if (previous === ' ') {
			delay *= 2.2;
		} else if (previous !== undefined && /[.,;:!?|&>]/.test(previous)) {
			delay *= 3;
		}

		if (next === '\r') {
			// A short look at the line before pressing Enter.
			delay += 0.35;
		}

		return delay / speed;
	};
}
