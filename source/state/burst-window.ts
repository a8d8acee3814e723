/**
When the follow-up queries of a burst of events run: once the events have been
quiet for `quietMs`, but never later than `maxMs` after the burst's first event
asked for one (so a long burst still gets its details in time).
*/
export type BurstWindow = {
	/** When the first event of the burst asked for a query. */
	openedAt: number;
	/** The latest time the queries may wait until. */
	deadline: number;
};

export function openBurst(now: number, maxMs: number): BurstWindow {
	return {openedAt: now, deadline: now + maxMs};
}

/** How long to wait, from `now`, before the queries of this burst run. */
export function flushDelay(window: BurstWindow, now: number, quietMs: number): number {
	return Math.max(0, Math.min(quietMs, window.deadline - now));
}
