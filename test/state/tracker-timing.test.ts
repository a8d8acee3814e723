import test from 'ava';
import {flushDelay, openBurst} from '../../source/state/burst-window.js';
import {delayAfterStreamEnd, eventsSince, nextDelay} from '../../source/state/reconnect-backoff.js';
import {overWatchLimit} from '../../source/state/watch-limit.js';

test('a burst is inspected after a quiet time, never later than its deadline', t => {
	const window = openBurst(1000, 400);
	t.is(flushDelay(window, 1000, 40), 40);
	t.is(flushDelay(window, 1370, 40), 30);
	t.is(flushDelay(window, 1500, 40), 0);
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
