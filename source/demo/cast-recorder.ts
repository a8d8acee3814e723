import type {CastEvent} from './cast-format.js';

/**
The events of a recording as they come: whole frames of output and markers,
secrets masked on the way in. Recording can be paused (hidden work) and
resumed.
*/
export class CastRecorder {
	readonly events: CastEvent[] = [];
	recording = true;
	/** The cast starts with the first thing it shows, at 0. */
	private origin: number | undefined;

	constructor(private readonly redact: (text: string) => string) {}

	output(time: number, data: string): void {
		if (this.recording && data !== '') {
			this.origin ??= time;
			this.events.push({time: time - this.origin, code: 'o', data: this.redact(data)});
		}
	}

	marker(time: number, label: string): void {
		if (this.recording) {
			this.origin ??= time;
			this.events.push({time: time - this.origin, code: 'm', data: this.redact(label)});
		}
	}

	/** Holds the last picture until `time` (an empty output event: v2 has no end event). */
	end(time: number): void {
		this.events.push({time: time - (this.origin ?? time), code: 'o', data: ''});
	}

	get markers(): number {
		return this.events.filter(event => event.code === 'm').length;
	}

	get duration(): number {
		return this.events.at(-1)?.time ?? 0;
	}
}
