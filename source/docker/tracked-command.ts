import {mkdtempSync, rmSync} from 'node:fs';
import {readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Explanation} from '../explain/types.js';
import {scopeOf, wholeScope, type CommandScope} from '../state/command-scope.js';
import {planRunRewrite} from '../state/run-rewrite.js';
import type {PendingRemovals, Removal} from './pending-removals.js';
import type {DockerRunner} from './state-runner.js';
import type {CommandWindow, StateTracker} from './state-tracker.js';
import {inspectSize} from './stopped-layer.js';

/** What the pipeline knows of a line before it runs. */
export type CommandInput =
	| {kind: 'docker'; args: readonly string[]; explanation: Explanation; argStarts?: readonly number[]}
	/** `!command`, or anything whose effects cannot be told apart from the rest. */
	| {kind: 'other'};

export type TrackedCommandContext = {
	runner: DockerRunner;
	tracker: StateTracker;
	removals: PendingRemovals;
	/** A private folder for `--cidfile` files. */
	cidDir: string;
	/** Working folder of the docker client (a relative `--cidfile` is relative to it). */
	cwd: string;
};

/** What `settleAfterRun` learned: the container the command ran, and what became of it. */
export type AfterRun = {
	container?: {id: string; name: string};
	/** The container still runs after its docker client ended (Ctrl-C did not stop it, or the terminal detached). */
	stillRunning: boolean;
	/** It ran in place of a `--rm` one: dockwise removes it once it stops. */
	removedWhenStopped: boolean;
};

let sequence = 0;

/** A private folder (mode 0700) for the `--cidfile` files of one session. */
export function createCidDir(): string {
	return mkdtempSync(path.join(tmpdir(), 'dockwise-'));
}

export function removeCidDir(folder: string): void {
	rmSync(folder, {recursive: true, force: true});
}

/**
One command the user runs, followed from start to narration: what really runs
(`args`, see `planRunRewrite`), the window in which its effects are gathered,
which changes are its own (`scope`), and what must happen once its process
ended (`settleAfterRun`: read and remove a container run in place of `--rm`).
*/
export class TrackedCommand {
	static begin(input: CommandInput, context: TrackedCommandContext): TrackedCommand {
		if (input.kind !== 'docker') {
			return new TrackedCommand(context, [], wholeScope, undefined, false);
		}

		const rewrite = input.argStarts
			? planRunRewrite(input.explanation, input.args, input.argStarts, {
				owner: context.removals.owner,
				cidfile: path.join(context.cidDir, `cid-${++sequence}`),
			})
			: undefined;
		const command = new TrackedCommand(context, rewrite?.args ?? [...input.args], scopeOf(input.explanation), rewrite?.cidfile, rewrite?.pendingRm ?? false);
		command.isRun = input.explanation.command === 'container run';
		command.containerCommand = input.explanation.tokens.filter(token => token.role === 'container-command').map(token => token.value);
		return command;
	}

	/** The line is `docker run`. */
	isRun = false;
	/** What the container was told to run (empty: the image's default). */
	containerCommand: readonly string[] = [];

	/** What runs: the typed words, or their rewrite. */
	readonly args: string[];
	/** `--rm` was replaced: dockwise removes the container once read. */
	readonly pendingRm: boolean;
	readonly window: CommandWindow;
	readonly #context: TrackedCommandContext;
	readonly #cidfile: string | undefined;
	#scope: CommandScope;
	#settled: Promise<AfterRun> | undefined;

	private constructor(context: TrackedCommandContext, args: string[], scope: CommandScope, cidfile: string | undefined, pendingRm: boolean) {
		this.#context = context;
		this.args = args;
		this.#scope = scope;
		this.#cidfile = cidfile;
		this.pendingRm = pendingRm;
		this.window = context.tracker.beginCommand();
	}

	/** Which changes are the command's own; complete once `settleAfterRun` resolved. */
	get scope(): CommandScope {
		return this.#scope;
	}

	/**
	Call once the command's process has ended, before telling its outcome and
	narrating: learns the id of the container it created, and for a run in place
	of `--rm`, reads what the container leaves and removes it. Safe to call twice.
	*/
	async settleAfterRun({interrupted = false}: {interrupted?: boolean} = {}): Promise<AfterRun> {
		this.#settled ??= this.#settle(interrupted);
		return this.#settled;
	}

	async #settle(interrupted: boolean): Promise<AfterRun> {
		const id = await this.#readCidfile();
		if (!id) {
			return {stillRunning: false, removedWhenStopped: false};
		}

		this.#scope = {...this.#scope, containerIds: [...this.#scope.containerIds, id]};
		const {tracker, removals, runner} = this.#context;
		if (this.pendingRm) {
			const removal = await removals.settle(id).catch((): Removal => ({kind: 'gone'}));
			const name = removal.kind === 'gone' ? tracker.getState().containers[id]?.name ?? id.slice(0, 12) : removal.name;
			return {container: {id, name}, stillRunning: removal.kind === 'running', removedWhenStopped: removal.kind === 'running'};
		}

		// After Ctrl-C, only the engine can tell whether the container stopped with its client.
		const size = interrupted ? await inspectSize(runner, id) : undefined;
		const name = size?.name ?? tracker.getState().containers[id]?.name ?? id.slice(0, 12);
		return {container: {id, name}, stillRunning: size?.running ?? false, removedWhenStopped: false};
	}

	async #readCidfile(): Promise<string | undefined> {
		if (!this.#cidfile) {
			return undefined;
		}

		const file = path.resolve(this.#context.cwd, this.#cidfile);
		try {
			const id = (await readFile(file, 'utf8')).trim();
			return /^[\da-f]{64}$/.test(id) ? id : undefined;
		} catch {
			return undefined;
		} finally {
			if (file.startsWith(this.#context.cidDir)) {
				await rm(file, {force: true});
			}
		}
	}
}
