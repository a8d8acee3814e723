import {mkdtempSync, rmSync} from 'node:fs';
import {readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Explanation} from '../explain/types.js';
import {scopeOf, wholeScope, type CommandScope} from '../state/command-scope.js';
import {planRunRewrite} from '../state/run-rewrite.js';
import type {PendingRemovals, Removal} from './pending-removals.js';
import type {CommandWindow, StateTracker} from './state-tracker.js';

/** What the pipeline knows of a line before it runs. */
export type CommandInput =
	| {kind: 'docker'; args: readonly string[]; explanation: Explanation; argStarts?: readonly number[]}
	/** `!command`, or anything whose effects cannot be told apart from the rest. */
	| {kind: 'other'};

export type TrackedCommandContext = {
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
	/** The container ran in place of a `--rm` one and still runs (Ctrl-C did not stop it). */
	stillRunning: boolean;
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
		const scope = scopeOf(input.explanation);
		return new TrackedCommand(context, rewrite?.args ?? [...input.args], scope, rewrite?.cidfile, rewrite?.pendingRm ?? false);
	}

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
	async settleAfterRun(): Promise<AfterRun> {
		this.#settled ??= this.#settle();
		return this.#settled;
	}

	async #settle(): Promise<AfterRun> {
		const id = await this.#readCidfile();
		if (!id) {
			return {stillRunning: false};
		}

		this.#scope = {...this.#scope, containerIds: [...this.#scope.containerIds, id]};
		let removal: Removal = {kind: 'gone'};
		if (this.pendingRm) {
			removal = await this.#context.removals.settle(id).catch((): Removal => ({kind: 'gone'}));
		}

		const known = this.#context.tracker.getState().containers[id];
		const name = removal.kind === 'gone' ? known?.name ?? id.slice(0, 12) : removal.name;
		return {container: {id, name}, stillRunning: removal.kind === 'running'};
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
