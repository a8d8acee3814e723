import {killBackgroundProcesses} from '../docker/background.js';
import {mayBeLocalEngine} from '../docker/engine-location.js';
import {checkEngine, type EngineStatus} from '../docker/engine-status.js';
import type {ExplainOptions} from '../explain/index.js';
import {createHelpCatalogue, type HelpCatalogue} from '../docker/help-catalogue.js';
import {createDockerRunner} from '../docker/state-runner.js';
import {StateTracker, type CommandWindow} from '../docker/state-tracker.js';
import {openHistory, type HistoryStore, type HistoryWarning} from '../history/history-store.js';
import type {Lang} from '../i18n/catalogue.js';
import {replMessages} from '../repl/messages.js';
import type {ReplOptions} from '../repl/session-context.js';
import {narrateChanges} from '../state/narrate.js';
import type {DockerState} from '../state/types.js';
import {HostPathCache} from './host-path-cache.js';
import {Transcript} from './transcript.js';
import {formatMessage, formatNarration} from './transcript-format.js';

/** How often a running session checks that the engine still answers, and how long it waits. */
const engineHeartbeatMs = 15_000;
const engineHeartbeatTimeoutMs = 5000;
/** Longest wait for history, cache and docker processes when leaving. */
const closeDeadlineMs = 600;

export type PanelName = 'explain' | 'volumes';

export type SessionSnapshot = {
	lang: Lang;
	engine: EngineStatus;
	panels: Readonly<Record<PanelName, boolean>>;
	/** Volume whose files the volume panel lists. */
	selectedVolume: string | undefined;
	/** Bumped when docker's flag catalogue or host path answers grow: explanations may change. */
	knowledgeRevision: number;
};

/**
One dockwise session, whatever its front end (the Ink REPL or plain line
mode): settings, history, the state tracker, docker's flag catalogue, the
transcript, commands still queued. The REPL unmounts Ink while an interactive
command owns the terminal and mounts it again afterwards, so all that must
survive lives here, outside React.
*/
export class Session {
	static async open(options: ReplOptions): Promise<Session> {
		const {history, warning} = await openHistory({env: options.env, home: options.home});
		return new Session(options, history, warning);
	}

	readonly options: ReplOptions;
	readonly history: HistoryStore;
	readonly tracker: StateTracker;
	readonly help: HelpCatalogue;
	readonly hostPaths = new HostPathCache();
	readonly transcript = new Transcript();
	/** Commands pasted together, waiting for their turn. */
	readonly queue: string[] = [];
	/** Told once, at the first mount. */
	startupWarning: HistoryWarning | undefined;
	/** Narration of the last command still being gathered; the next command waits for it. */
	narration: Promise<void> = Promise.resolve();
	private snapshot: SessionSnapshot;
	private readonly listeners = new Set<() => void>();
	private engineCheck: Promise<void> | undefined;
	private heartbeat: NodeJS.Timeout | undefined;
	private started = false;

	constructor(options: ReplOptions, history: HistoryStore, startupWarning?: HistoryWarning) {
		this.options = options;
		this.history = history;
		this.startupWarning = startupWarning;
		this.tracker = new StateTracker({runner: createDockerRunner({binary: options.docker, env: options.env})});
		this.help = createHelpCatalogue({docker: options.docker, env: options.env});
		this.snapshot = {
			lang: options.lang,
			engine: {state: 'checking'},
			panels: {explain: true, volumes: true},
			selectedVolume: undefined,
			knowledgeRevision: 0,
		};
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	readonly getSnapshot = (): SessionSnapshot => this.snapshot;

	readonly subscribeDockerState = (listener: () => void): (() => void) => this.tracker.subscribe(listener);

	readonly getDockerState = (): DockerState => this.tracker.getState();

	/**
	How lines are explained in this session: its language and environment, and
	what sharpens the parse once known (docker's flag catalogue, the engine's API
	version, which bind sources exist when the engine runs here).
	*/
	explainOptions(): ExplainOptions {
		const {lang, engine} = this.snapshot;
		const engineIsHere = engine.state === 'ready' && mayBeLocalEngine(this.options.env, engine.context);
		return {
			lang,
			env: this.options.env,
			home: this.options.home,
			cwd: this.options.cwd,
			catalogue: this.help.snapshot(),
			...(engine.state === 'ready' ? {engine: {apiVersion: engine.apiVersion}} : {}),
			...(engineIsHere ? {pathExists: this.hostPaths.exists} : {}),
		};
	}

	/**
	Tells, once the engine has settled, what the command that `window` watched
	changed: created, mounted, kept, lost. Narrations are written in order, and
	the next command waits for the last one (see `narration`).
	*/
	narrateAfter(window: CommandWindow): void {
		// Any command may have created or removed a bind source (`-v` creates missing ones).
		this.hostPaths.clear();
		this.narration = this.narration.then(async () => {
			try {
				const {before, after} = await window.end();
				const lines = narrateChanges(before, after, this.snapshot.lang);
				if (lines.length > 0) {
					this.transcript.write(formatNarration(lines));
				}
			} catch (error) {
				this.transcript.write(formatMessage([replMessages(this.snapshot.lang)('narrationFailed', {reason: error instanceof Error ? error.message : String(error)})], 'warning'));
			}
		});
	}

	/** Starts talking to docker; called once the first prompt is on screen, so start-up stays fast. */
	startBackgroundWork(): void {
		if (this.started) {
			return;
		}

		this.started = true;
		void this.refreshEngine();
		// A stopped or wedged daemon keeps the events stream open and silent: ask it now and then, with a short timeout.
		this.heartbeat = setInterval(() => {
			void this.refreshEngine({timeoutMs: engineHeartbeatTimeoutMs});
		}, engineHeartbeatMs);
		this.heartbeat.unref();
		void this.tracker.start();
		let engineWasAway = false;
		this.tracker.subscribe(state => {
			// The engine came back: versions and context may have changed with it.
			// The engine went away or came back: versions, context and the status bar follow.
			const away = state.engine.kind === 'away';
			if (engineWasAway !== away) {
				void this.refreshEngine();
			}

			engineWasAway = away;
		});
	}

	setLang(lang: Lang): void {
		this.update({lang});
	}

	setPanel(panel: PanelName, visible: boolean): void {
		this.update({panels: {...this.snapshot.panels, [panel]: visible}});
	}

	selectVolume(name: string | undefined): void {
		this.update({selectedVolume: name});
	}

	/** Docker's help for these commands, then a new revision when it brought something. */
	loadHelp(paths: ReadonlyArray<readonly string[]>): void {
		void this.help.loadAll(paths).then(changed => {
			if (changed) {
				this.update({knowledgeRevision: this.snapshot.knowledgeRevision + 1});
			}
		});
	}

	checkHostPaths(paths: readonly string[]): void {
		void this.hostPaths.check(paths).then(learned => {
			if (learned) {
				this.update({knowledgeRevision: this.snapshot.knowledgeRevision + 1});
			}
		});
	}

	/** Asks docker for versions and context; concurrent calls share one check. */
	async refreshEngine({timeoutMs}: {timeoutMs?: number} = {}): Promise<void> {
		this.engineCheck ??= checkEngine(this.options.docker, this.options.env, timeoutMs === undefined ? {} : {timeoutMs}).then(engine => {
			this.update({engine});
		}).finally(() => {
			this.engineCheck = undefined;
		});
		return this.engineCheck;
	}

	/** Waits for history writes and the help cache, and stops following the engine. */
	async close(): Promise<void> {
		clearInterval(this.heartbeat);
		// History is written by this process (no docker involved): always finished.
		await this.history.flush();
		const closed = Promise.all([this.help.flush(), this.tracker.dispose()]);
		let timer: NodeJS.Timeout | undefined;
		const inTime = await Promise.race([closed.then(() => true), new Promise<boolean>(resolve => {
			timer = setTimeout(resolve, closeDeadlineMs, false);
		})]);
		clearTimeout(timer);
		if (!inTime) {
			// A docker program that hangs must not hold the user: what is ours is killed.
			killBackgroundProcesses('SIGKILL');
		}
	}

	private update(change: Partial<SessionSnapshot>): void {
		this.snapshot = {...this.snapshot, ...change};
		for (const listener of this.listeners) {
			listener();
		}
	}
}
