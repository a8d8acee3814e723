export type Backoff = {initialMs: number; maxMs: number};

/** The delay after a failed connection attempt: doubling, capped. */
export function nextDelay(delay: number, {maxMs}: Backoff): number {
	return Math.min(delay * 2, maxMs);
}

/**
The delay after the events stream ended: a stream that lived long was healthy,
so the backoff starts over; one that ended at once keeps backing off.
*/
export function delayAfterStreamEnd(delay: number, streamLivedMs: number, {initialMs}: Backoff, healthyMs = 10_000): number {
	return streamLivedMs > healthyMs ? initialMs : delay;
}

/** Before reconnecting after a stream ended, never wait longer than this. */
export const streamRestartMaxMs = 250;

/** `--since` of a new events stream: right after the last event seen, or a little before now (engine seconds). */
export function eventsSince(lastTimestamp: string | undefined, now: number, marginSeconds = 2): string {
	return lastTimestamp ?? String(Math.floor(now / 1000) - marginSeconds);
}
