import {LiveFrame} from './live-frame.js';

export type TerminalSize = {columns: number; rows: number};

/**
The terminal's size as a store, and the stream Ink draws on, whose frames are
erased whole even when the terminal narrowed (see `LiveFrame`).
*/
export class TerminalWatch {
	/** The frame of the Ink instance mounted now; a new one each mount. */
	liveFrame = new LiveFrame();
	private size: TerminalSize;
	private readonly listeners = new Set<() => void>();

	constructor(private readonly stdout: NodeJS.WriteStream) {
		this.size = sizeOf(stdout);
		stdout.on('resize', this.resized);
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	readonly getSnapshot = (): TerminalSize => this.size;

	/** A stream for Ink: the terminal itself, with each write followed by `liveFrame`. */
	followedStream(): NodeJS.WriteStream {
		const frame = this.liveFrame;
		const {stdout} = this;
		return new Proxy(stdout, {
			get(target, property) {
				if (property === 'write') {
					return (chunk: string | Uint8Array, ...rest: unknown[]) => {
						const text = frame.rewrite(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'), target.columns || 80);
						return (target.write as (...args: unknown[]) => boolean)(text, ...rest);
					};
				}

				const value: unknown = Reflect.get(target, property, target);
				return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
			},
		});
	}

	close(): void {
		this.stdout.off('resize', this.resized);
	}

	private readonly resized = () => {
		this.size = sizeOf(this.stdout);
		for (const listener of this.listeners) {
			listener();
		}
	};
}

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}
