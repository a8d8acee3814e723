import {mkdtemp, rm} from 'node:fs/promises';
import net from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createLineDecoder, encodeMessage, type PlayerRequest, type ReplReport} from './control-protocol.js';

export class TimeoutError extends Error {}

/**
The player's end of the demo channel: a Unix socket in a private temporary
folder; the REPL connects once. Reports are kept in order, so a step can wait
for "the next idle after I pressed Enter" without missing a fast one.
*/
export class ControlServer {
	static async open(): Promise<ControlServer> {
		const directory = await mkdtemp(path.join(tmpdir(), 'dockwise-demo-'));
		const server = new ControlServer(directory);
		await new Promise<void>((resolve, reject) => {
			server.server.once('error', reject);
			server.server.listen(server.socketPath, resolve);
		});
		return server;
	}

	readonly socketPath: string;
	readonly reports: ReplReport[] = [];
	private readonly server: net.Server;
	private socket: net.Socket | undefined;
	private readonly listeners = new Set<() => void>();

	private constructor(private readonly directory: string) {
		this.socketPath = path.join(directory, 'control.sock');
		this.server = net.createServer(socket => {
			this.socket = socket;
			socket.setEncoding('utf8');
			socket.on('error', () => {});
			socket.on('data', createLineDecoder<ReplReport>(report => {
				this.reports.push(report);
				for (const listener of this.listeners) {
					listener();
				}
			}));
		});
	}

	send(request: PlayerRequest): void {
		this.socket?.write(encodeMessage(request));
	}

	/** Index of the next report: wait for reports from there on. */
	mark(): number {
		return this.reports.length;
	}

	/**
	The first report at or after `from` that matches, and its index. Rejects with
	TimeoutError at `deadline` (performance.now() milliseconds), or when `abort` settles.
	*/
	async next(from: number, match: (report: ReplReport) => boolean, deadline: number, abort?: Promise<unknown>): Promise<{report: ReplReport; index: number}> {
		const find = () => {
			for (let index = from; index < this.reports.length; index++) {
				if (match(this.reports[index]!)) {
					return {report: this.reports[index]!, index};
				}
			}

			return undefined;
		};

		const found = find();
		if (found) {
			return found;
		}

		return new Promise((resolve, reject) => {
			const done = () => {
				this.listeners.delete(listener);
				clearTimeout(timer);
			};

			const listener = () => {
				const hit = find();
				if (hit) {
					done();
					resolve(hit);
				}
			};

			const timer = setTimeout(() => {
				done();
				reject(new TimeoutError('timeout'));
			}, Math.max(0, deadline - performance.now()));
			this.listeners.add(listener);
			if (abort) {
				abort.then(() => {
					done();
					reject(new TimeoutError('aborted'));
				}, () => {
					done();
					reject(new TimeoutError('aborted'));
				});
			}
		});
	}

	async close(): Promise<void> {
		this.socket?.destroy();
		await new Promise<void>(resolve => {
			this.server.close(() => {
				resolve();
			});
		});
		await rm(this.directory, {recursive: true, force: true});
	}
}
