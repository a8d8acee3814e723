import {parseEventLine} from '../state/parse-event.js';
import type {DockerEvent} from '../state/types.js';
import type {DockerRunner, DockerStream} from './state-runner.js';

export type FollowEventsOptions = {
	/** Replay events since this `seconds[.nanoseconds]` timestamp (engine clock), so a restart misses nothing. */
	since?: string;
	/** Events of one stdout chunk, in order. */
	onEvents: (events: DockerEvent[]) => void;
};

/** Arguments of the one `docker events` process: container and volume events, as JSON lines. */
export function eventsArguments(since?: string): string[] {
	return [
		'events',
		'--format',
		'{{json .}}',
		'--filter',
		'type=container',
		'--filter',
		'type=volume',
		...(since ? ['--since', since] : []),
	];
}

/**
Follows `docker events` until it ends (engine gone, stream cut) or `stop()`.
Restarting is the caller's decision: it also has to reload what it missed.
*/
export function followEvents(runner: DockerRunner, {since, onEvents}: FollowEventsOptions): DockerStream {
	return runner.stream(eventsArguments(since), lines => {
		const events = lines.map(line => parseEventLine(line)).filter(event => event !== undefined);
		if (events.length > 0) {
			onEvents(events);
		}
	});
}
