import test from 'ava';
import {asked, flightEnded, flightStarted, flushAt, idleClock, nothingWaits, type BurstClock} from '../../source/state/burst-window.js';
import {delayAfterStreamEnd, eventsSince, nextDelay} from '../../source/state/reconnect-backoff.js';
import {overWatchLimit} from '../../source/state/watch-limit.js';

const timing = {quietMs: 1000, maxMs: 10_000};

test('a burst is queried once its events have been quiet, never later than its deadline', t => {
	let clock = asked(idleClock, 0);
	t.is(flushAt(clock, timing), 1000);
	clock = asked(clock, 800);
	t.is(flushAt(clock, timing), 1800);
	for (let now = 900; now < 20_000; now += 500) {
		clock = asked(clock, now);
	}

	t.is(flushAt(clock, timing), 10_000, 'a burst that never pauses is queried at its deadline');
	t.is(flushAt(idleClock, timing), undefined, 'nothing waits: no query');
	t.is(flushAt(nothingWaits(asked(idleClock, 5)), timing), undefined, 'what waited was forgotten');
});

test('while a query runs nothing else is queried; after it, the burst\'s end is waited for, pauses during the query included', t => {
	let clock = flightStarted(asked(idleClock, 0));
	clock = asked(clock, 100);
	clock = asked(clock, 200);
	t.is(flushAt(clock, timing), undefined, 'no second query while one runs');
	// A pause longer than the quiet time while the query runs, then one more event.
	clock = asked(clock, 2000);
	clock = flightEnded(clock, 2100);
	t.is(flushAt(clock, timing), 3100, 'quiet counted from the end of the query');
	clock = asked(clock, 2500);
	t.is(flushAt(clock, timing), 3500);
	// The deadline counts from the end of the query, not from the first waiting name.
	t.is(flushAt(flightEnded(asked(flightStarted(asked(idleClock, 0)), 50), 30_000), timing), 31_000);
});

/**
Events asking for a query at the given times (ms), each query taking `queryMs`:
the times at which queries start, following the rule as the coalescer does.
*/
function queryStarts(eventTimes: number[], queryMs: number): number[] {
	const starts: number[] = [];
	let clock: BurstClock = idleClock;
	let flightEnd: number | undefined;
	const events = [...eventTimes];
	for (let now = 0; now < 200_000; now++) {
		if (flightEnd === now) {
			clock = flightEnded(clock, now);
			flightEnd = undefined;
		}

		while (events[0] === now) {
			events.shift();
			clock = asked(clock, now);
		}

		if (flushAt(clock, timing) === now) {
			starts.push(now);
			clock = flightStarted(clock);
			flightEnd = now + queryMs;
		}
	}

	return starts;
}

test('a burst of any size costs the query in flight plus one follow-up', t => {
	// 300 creations over 3 s, nothing under way: one query, at the end.
	t.deepEqual(queryStarts(Array.from({length: 300}, (_, index) => index * 10), 1500), [3990]);
	// The burst's first event starts a query taking 6 s; the rest (pauses of 1.2 s, longer than the
	// quiet time, then 300 events 10 ms apart) arrives while it runs and after: one follow-up, after the last.
	const withPauses = [0, 1200, 2400, 3600, ...Array.from({length: 300}, (_, index) => 4800 + index * 10)];
	t.deepEqual(queryStarts(withPauses, 6000), [1000, 8790]);
	// 10,000 events 5 ms apart (50 s of events): one query per deadline, not one per event or per query.
	t.deepEqual(queryStarts(Array.from({length: 10_000}, (_, index) => index * 5), 500), [10_000, 20_500, 31_000, 41_500, 50_995]);
});

test('reconnection backs off by doubling up to the cap, and starts over after a healthy stream', t => {
	const backoff = {initialMs: 250, maxMs: 1000};
	t.is(nextDelay(250, backoff), 500);
	t.is(nextDelay(800, backoff), 1000);
	t.is(delayAfterStreamEnd(1000, 60_000, backoff), 250);
	t.is(delayAfterStreamEnd(1000, 3000, backoff), 1000);
});

test('a new events stream replays from the last event, or from a little before now', t => {
	t.is(eventsSince('1700000000.123456789', 5_000_000), '1700000000.123456789');
	t.is(eventsSince(undefined, 1_700_000_000_500), '1699999998');
});

test('the oldest watched containers are dropped beyond the limit', t => {
	t.deepEqual(overWatchLimit(new Set(['a', 'b', 'c', 'd']), 2), ['a', 'b']);
	t.deepEqual(overWatchLimit(['a'], 2), []);
});
