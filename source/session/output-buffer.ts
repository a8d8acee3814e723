import type {OutputStream} from '../docker/run-command.js';

/** Largest amount of text held before it is written, whatever the timer says. */
const maxPendingCharacters = 64 * 1024;

/**
Collects a running command's output and hands it to `flush` in whole lines, at
most once per interval: Ink redraws its live area after every write, so one
write per chunk would be slow, and a partial line would be overwritten by it.
Memory stays bounded: nothing is kept once flushed.
*/
export class OutputBuffer {
	private pending = '';
	private readonly partial: Record<OutputStream, string> = {stdout: '', stderr: ''};
	private timer: NodeJS.Timeout | undefined;

	constructor(private readonly flush: (text: string) => void, private readonly intervalMs = 30) {}

	push(text: string, stream: OutputStream): void {
		const combined = this.partial[stream] + text;
		const lastNewline = combined.lastIndexOf('\n');
		if (lastNewline === -1) {
			this.partial[stream] = combined;
		} else {
			this.pending += combined.slice(0, lastNewline + 1);
			this.partial[stream] = combined.slice(lastNewline + 1);
		}

		// A line with no end in sight is written as it is rather than held forever.
		if (this.partial[stream].length > maxPendingCharacters) {
			this.pending += `${this.partial[stream]}\n`;
			this.partial[stream] = '';
		}

		if (this.pending.length > maxPendingCharacters) {
			this.write();
		} else if (this.pending !== '' && !this.timer) {
			this.timer = setTimeout(() => this.write(), this.intervalMs);
		}
	}

	/** Writes everything left, ending unterminated lines. */
	end(): void {
		for (const stream of ['stdout', 'stderr'] as const) {
			if (this.partial[stream] !== '') {
				this.pending += `${this.partial[stream]}\n`;
				this.partial[stream] = '';
			}
		}

		this.write();
	}

	private write(): void {
		if (this.timer) {
			clearTimeout(this.timer);
			this.timer = undefined;
		}

		if (this.pending !== '') {
			const text = this.pending;
			this.pending = '';
			this.flush(text);
		}
	}
}
