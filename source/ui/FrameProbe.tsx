import {Box} from 'ink';
import {useSyncExternalStore} from 'react';
import type {FrameBarrier} from './frame-barrier.js';

/**
Draws nothing. A new box at each `barrier.next()`: a change to the tree, which
Ink always renders (at once or when its throttle period ends), see `FrameBarrier`.
*/
export function FrameProbe({barrier}: {barrier: FrameBarrier}) {
	const request = useSyncExternalStore(barrier.subscribe, barrier.getRequest);
	return <Box key={request} display="none"/>;
}
