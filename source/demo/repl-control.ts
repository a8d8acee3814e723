import net from 'node:net';
import {createLineDecoder, encodeMessage, syncMark, type PlayerRequest, type ReplReport} from './control-protocol.js';

/** The part of a CommandPipeline event this channel reads (see docs/pipeline.md). */
export type PipelineEventLike = {type: string; [field: string]: unknown};

export type ReplControl = {
	/** Tells the player what the pipeline did. */
	forward(event: PipelineEventLike): void;
	/** Reports that the REPL is settled (engine known, state loaded), once its frame is on the terminal. */
	ready(): void;
	close(): void;
};

type ControlOptions = {
	socketPath: string;
	/** Writes a caption to the transcript; resolves once it is written. */
	say: (text: string) => Promise<void> | void;
	/** Writes to the REPL's terminal, in order with everything else it shows. */
	writeTerminal: (text: string) => void;
	/**
	Resolves once the terminal shows the current state: Ink may draw a state change
	later than it is made (its throttle), and a sync mark written before that frame
	would let the player act on the frame before it.
	*/
	afterFrame?: () => Promise<void>;
};

/**
The REPL's end of the demo channel: connects to the player's socket, forwards
pipeline events as reports, shows the captions the player asks for.
Resolves to undefined when the player is not there (the REPL then runs as usual).
*/
export async function connectReplControl({socketPath, say, writeTerminal, afterFrame}: ControlOptions): Promise<ReplControl | undefined> {
	const socket = await new Promise<net.Socket | undefined>(resolve => {
		const connection = net.createConnection(socketPath);
		connection.once('connect', () => {
			resolve(connection);
		});
		connection.once('error', () => {
			resolve(undefined);
		});
	});
	if (!socket) {
		return undefined;
	}

	socket.setEncoding('utf8');
	socket.on('error', () => {});
	const report = (message: ReplReport) => {
		if (!socket.destroyed) {
			socket.write(encodeMessage(message));
		}
	};

	let syncs = 0;
	// One after the other: sync numbers and reports keep the order of the events that asked for them.
	let queue = Promise.resolve();
	const synced = (type: 'ready' | 'idle' | 'said') => {
		queue = queue.then(async () => {
			await afterFrame?.();
			syncs++;
			writeTerminal(syncMark(syncs));
			report({type, sync: syncs});
		});
	};

	socket.on('data', createLineDecoder<PlayerRequest>(request => {
		if (request.type === 'say') {
			Promise.resolve(say(request.text)).then(() => {
				synced('said');
			}, () => {
				// The caption could not be written: the player times out and names the step.
			});
		}
	}));

	return {
		forward(event) {
			if (event.type === 'idle') {
				synced('idle');
				return;
			}

			const message = toReport(event);
			if (message) {
				queue = queue.then(() => {
					report(message);
				});
			}
		},
		ready() {
			synced('ready');
		},
		close() {
			socket.end();
		},
	};
}

export function toReport(event: PipelineEventLike): ReplReport | undefined {
	const line = typeof event['line'] === 'string' ? event['line'] : '';
	switch (event.type) {
		case 'question': {
			return {type: 'question', line};
		}

		case 'answered': {
			return {type: 'answered', yes: event['yes'] === true};
		}

		case 'cancelled': {
			return {type: 'cancelled'};
		}

		case 'started': {
			return {type: 'started', line, terminal: event['terminal'] === true};
		}

		case 'output': {
			return {type: 'output', text: typeof event['text'] === 'string' ? event['text'] : ''};
		}

		case 'ended': {
			const outcome = event['outcome'] as {exitCode?: number} | undefined;
			const summary = event['summary'] as {ok?: boolean} | undefined;
			return {type: 'ended', line, exitCode: outcome?.exitCode ?? null, ok: summary?.ok === true};
		}

		case 'refused': {
			return {type: 'refused', line};
		}

		case 'narrated': {
			return {type: 'narrated', lines: (event['lines'] as string[] | undefined) ?? []};
		}

		default: {
			return undefined;
		}
	}
}
