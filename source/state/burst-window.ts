/**
When the follow-up query of a burst of events runs. One query at a time: what
events ask for while a query runs waits for it, and then for the burst to end,
so a burst of any size costs the query in flight plus one follow-up.

The burst ends once events have been quiet for `quietMs`, counted from the
latest event or from the end of the query in flight, whichever is later (a
pause of the events while a query runs does not end the burst). A burst that
never pauses is still queried `maxMs` after its first waiting name (or after
the query in flight ended), so the model is never stale longer than that.
*/
export type BurstClock = {
	/** A query runs now. */
	inFlight: boolean;
	/** When the oldest name that waits for a query was asked for (undefined: nothing waits). */
	waitingSince: number | undefined;
	/** When an event last asked for a query. */
	lastAskedAt: number | undefined;
	/** When the latest query ended (undefined: none yet). */
	lastFlightEndedAt: number | undefined;
};

export type BurstTiming = {
	/** Quiet time that ends a burst. */
	quietMs: number;
	/** Longest a waiting name waits while events go on. */
	maxMs: number;
};

export const idleClock: BurstClock = {inFlight: false, waitingSince: undefined, lastAskedAt: undefined, lastFlightEndedAt: undefined};

/** An event asked for a query at `now`. */
export function asked(clock: BurstClock, now: number): BurstClock {
	return {...clock, waitingSince: clock.waitingSince ?? now, lastAskedAt: now};
}

/** A query starts: it takes every waiting name. */
export function flightStarted(clock: BurstClock): BurstClock {
	return {...clock, inFlight: true, waitingSince: undefined};
}

/** The query ended at `now`. */
export function flightEnded(clock: BurstClock, now: number): BurstClock {
	return {...clock, inFlight: false, lastFlightEndedAt: now};
}

/** Nothing waits any more (what waited was removed, or loaded another way). */
export function nothingWaits(clock: BurstClock): BurstClock {
	return {...clock, waitingSince: undefined};
}

/**
When the waiting names are queried: undefined while a query runs (they wait
for it) or when nothing waits.
*/
export function flushAt(clock: BurstClock, {quietMs, maxMs}: BurstTiming): number | undefined {
	if (clock.inFlight || clock.waitingSince === undefined) {
		return undefined;
	}

	const ended = clock.lastFlightEndedAt ?? Number.NEGATIVE_INFINITY;
	const quietFrom = Math.max(clock.lastAskedAt ?? clock.waitingSince, ended);
	const oldest = Math.max(clock.waitingSince, ended);
	return Math.min(quietFrom + quietMs, oldest + maxMs);
}
