import {execa} from 'execa';
import {hostname} from 'node:os';
import {pendingRmLabel} from '../state/run-rewrite.js';
import {isLive} from '../state/select.js';
import type {DockerState} from '../state/types.js';
import type {DockerRunner} from './state-runner.js';
import type {StateTracker} from './state-tracker.js';
import {inspectSize, readStoppedLayer, removeWithVolumes} from './stopped-layer.js';

/** How a container dockwise runs in place of `--rm` ended up. */
export type Removal =
	/** Read, then removed with its anonymous volumes. */
	| {kind: 'removed'; id: string; name: string}
	/** Still running (Ctrl-C did not stop it, or the terminal detached from it): removed when it stops. */
	| {kind: 'running'; id: string; name: string}
	/** Never created, or already gone. */
	| {kind: 'gone'};

export type PendingRemovalsOptions = {
	runner: DockerRunner;
	tracker: StateTracker;
	/** Whether a process of this machine still runs; default: `process.kill(pid, 0)`. */
	isAlive?: (pid: number) => boolean;
	/** This dockwise, as the label value says it: `pid@host`. */
	owner?: string;
	/** A removal started in the background failed (the container may be left behind). */
	onError?: (error: unknown) => void;
};

/** Run by `node -e` with the docker binary and the container id: no shell, argument arrays only. */
const removerScript = `const {execFileSync} = require('node:child_process');
const [docker, id] = process.argv.slice(1);
try { execFileSync(docker, ['container', 'wait', id], {stdio: 'ignore'}); } catch {}
try { execFileSync(docker, ['rm', '-v', id], {stdio: 'ignore'}); } catch {}`;

/**
`pid@host` of this process: the value of `pendingRmLabel`. The pid is padded to
Linux's widest (7 digits) so that the `◇ runs as:` line has the same width in
every session: a demo recorded twice wraps it at the same place.
*/
export function ownerId(): string {
	return `${String(process.pid).padStart(7, '0')}@${hostname()}`;
}

/**
Does what `--rm` would have done for the containers dockwise runs without it
(see `planRunRewrite`): once one stops, its exact changes are read (`docker diff`
and sizes), what its anonymous volumes hold is read, then it is removed with
them (`docker rm -v`). Containers left by a dockwise that died (killed, crashed)
are removed at the next start, or when they stop if they still run.
*/
export class PendingRemovals {
	readonly owner: string;
	readonly #runner: DockerRunner;
	readonly #tracker: StateTracker;
	readonly #isAlive: (pid: number) => boolean;
	readonly #onError: (error: unknown) => void;
	/** Removed once the model sees them stopped. */
	readonly #whenStopped = new Set<string>();
	readonly #settling = new Map<string, Promise<Removal>>();
	#swept = false;
	readonly #unsubscribe: () => void;

	constructor({runner, tracker, isAlive = processIsAlive, owner = ownerId(), onError = () => undefined}: PendingRemovalsOptions) {
		this.#runner = runner;
		this.#tracker = tracker;
		this.#isAlive = isAlive;
		this.#onError = onError;
		this.owner = owner;
		this.#unsubscribe = tracker.subscribe(state => {
			this.#onState(state);
		});
	}

	/**
	The container `id` ran in place of a `--rm` one and its docker process ended:
	reads it and removes it, or, if it still runs, removes it once it stops.
	*/
	async settle(id: string): Promise<Removal> {
		const under = this.#settling.get(id);
		if (under) {
			return under;
		}

		const settling = this.#settle(id).finally(() => {
			this.#settling.delete(id);
		});
		this.#settling.set(id, settling);
		return settling;
	}

	dispose(): void {
		this.#unsubscribe();
		this.#whenStopped.clear();
	}

	/**
	Containers run in place of `--rm` that still run as dockwise quits (Ctrl-C
	left them running): `--rm` promised their removal, and the engine will not do
	it. For each, a detached process waits for it to stop (`docker container
	wait`), then removes it with its anonymous volumes. Found by the soak test:
	every Ctrl-C'd `run --rm … sleep 30` was left behind until the next start.
	*/
	removeAfterQuit(): string[] {
		const ids = [...this.#whenStopped];
		for (const id of ids) {
			const remover = execa(process.execPath, ['-e', removerScript, this.#runner.binary, id], {
				env: {...this.#runner.env},
				extendEnv: false,
				detached: true,
				stdio: 'ignore',
				cleanup: false,
				reject: false,
			});
			remover.unref();
			remover.catch(this.#onError);
		}

		this.#whenStopped.clear();
		return ids;
	}

	async #settle(id: string): Promise<Removal> {
		await this.#tracker.layerReadsDone();
		const size = await inspectSize(this.#runner, id);
		if (!size) {
			return {kind: 'gone'};
		}

		if (size.running) {
			this.#whenStopped.add(size.id);
			return {kind: 'running', id: size.id, name: size.name};
		}

		this.#whenStopped.delete(size.id);
		await this.#tracker.ensureContainer(size.id).catch(() => undefined);
		const changes = await readStoppedLayer(this.#runner, size, {canReadHere: await this.#tracker.isLocalEngine()});
		if (changes) {
			this.#tracker.recordFinalLayer(size.id, changes, size.sizeRw);
		}

		const state = this.#tracker.getState();
		const anonymous = (state.containers[size.id]?.mounts ?? []).flatMap(mount => mount.type === 'volume' && state.volumes[mount.name]?.anonymous ? [mount.name] : []);
		await Promise.all(anonymous.slice(0, 5).map(async name => this.#tracker.volumeContents(name).catch(() => undefined)));
		await removeWithVolumes(this.#runner, size.id);
		return {kind: 'removed', id: size.id, name: size.name};
	}

	#onState(state: DockerState): void {
		if (!this.#swept && state.loaded) {
			this.#swept = true;
			this.#sweep(state);
		}

		for (const id of this.#whenStopped) {
			const container = state.containers[id];
			if (!container) {
				this.#whenStopped.delete(id);
			} else if (!isLive(container.status)) {
				this.#whenStopped.delete(id);
				this.settle(id).catch(this.#onError);
			}
		}
	}

	/** Containers labelled by a dockwise of this machine that is gone. */
	#sweep(state: DockerState): void {
		const [, host = ''] = this.owner.split('@');
		for (const container of Object.values(state.containers)) {
			const label = container.labels[pendingRmLabel];
			const match = label ? /^(\d+)@(.*)$/.exec(label) : undefined;
			if (!match || match[2] !== host || label === this.owner || this.#isAlive(Number(match[1]))) {
				continue;
			}

			if (isLive(container.status)) {
				this.#whenStopped.add(container.id);
			} else {
				removeWithVolumes(this.#runner, container.id).catch(this.#onError);
			}
		}
	}
}

function processIsAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
