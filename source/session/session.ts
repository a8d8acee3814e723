import {warmModelIndex} from '../complete/model-index.js';
import {knownEngineState} from '../state/known-state.js';
import type {Completion, CompletionSources} from '../complete/types.js';
import {killBackgroundProcesses} from '../docker/background.js';
import {isPodmanBinary} from '../docker/binary.js';
import {locateEngineOf, mayBeLocalEngine} from '../docker/engine-location.js';
import {ImageNames} from '../docker/image-names.js';
import {checkEngine, type EngineStatus} from '../docker/engine-status.js';
import type {Explanation, ExplainOptions} from '../explain/index.js';
import {createHelpCatalogue, type HelpCatalogue} from '../docker/help-catalogue.js';
import {createDockerRunner, type DockerRunner} from '../docker/state-runner.js';
import {PendingRemovals} from '../docker/pending-removals.js';
import {StateTracker} from '../docker/state-tracker.js';
import {VolumeRefresher} from '../docker/volume-refresh.js';
import {createCidDir, removeCidDir, TrackedCommand, type CommandInput} from '../docker/tracked-command.js';
import {openHistory, type HistoryStore, type HistoryWarning} from '../history/history-store.js';
import type {Lang} from '../i18n/catalogue.js';
import {replMessages} from '../repl/messages.js';
import {otherEngineOf, switchesContext, targetName} from '../repl/engine-target.js';
import type {ReplOptions} from '../repl/session-context.js';
import type {LessonRun, LessonView} from './lesson-run.js';
import type {ConflictChoice, ConflictQuestion} from '../lesson/name-conflict.js';
import type {PipelineEvent} from './command-pipeline.js';
import type {CommandOutcome} from '../docker/run-command.js';
import {afterRunLines, shellWords} from '../state/after-run-words.js';
import {splitChanges} from '../state/command-scope.js';
import {stateMessages} from '../state/messages.js';
import {diffStates, type StateChange} from '../state/diff.js';
import {placeOfEndpoint} from '../state/engine-place.js';
import {narrate, narrateElsewhere} from '../state/narrate.js';
import type {DockerState} from '../state/types.js';
import {DirectoryCache} from './directory-cache.js';
import {errorReason} from './error-reason.js';
import {freshCheck} from './fresh-check.js';
import {lessonsFolder, listLessonNames} from '../lesson/lesson-files.js';
import {HostPathCache} from './host-path-cache.js';
import {Transcript} from './transcript.js';
import {formatElsewhere, formatMessage, formatNarration} from './transcript-format.js';

/** What a command changed, as narrated: the lines written (none when nothing changed), and the states compared. */
export type NarrationResult = {
	lines: string[];
	before?: DockerState;
	after?: DockerState;
	/** Why the narration could not be made (a warning was written instead). */
	error?: string;
};


/** How often a running session checks that the engine still answers, and how long it waits. */
const engineHeartbeatMs = 15_000;
const engineHeartbeatTimeoutMs = 5000;
/** Longest wait for history, cache and docker processes when leaving. */
const closeDeadlineMs = 600;

/** A line that leaves the engine followed: for itself (`other`), or for every later line (`switch`). */
type EngineChange = {kind: 'other'; name: string} | {kind: 'switch'};

export type PanelName = 'explain' | 'volumes';

/** The messages that tell a background failure, each naming what may be out of date. */
type BackgroundFailure = 'trackerFailed' | 'engineCheckFailed' | 'explainDataFailed' | 'imagesFailed' | 'removalFailed';

export type SessionSnapshot = {
	lang: Lang;
	engine: EngineStatus;
	panels: Readonly<Record<PanelName, boolean>>;
	/** Volume whose files the volume panel lists. */
	selectedVolume: string | undefined;
	/** Bumped when docker's flag catalogue or host path answers grow: explanations may change. */
	knowledgeRevision: number;
	/** The guided lesson under way, for the live area. */
	lesson: LessonView | undefined;
	/** Text to put in the prompt (`:try`, F4), with a new id each time. */
	promptFill: {text: string; id: number} | undefined;
	/** The lesson's question before it starts (its names are taken), answered by a key; the prompt waits. */
	lessonQuestion: ConflictQuestion | undefined;
};

/** What runs the lines of this session (the command pipeline), as a lesson needs it: to follow commands and queue its own. */
export type CommandPort = {
	submit(text: string): unknown;
	on(listener: (event: PipelineEvent) => void): () => void;
};

/**
One dockwise session, whatever its front end (the Ink REPL or plain line
mode): settings, history, the state tracker, docker's flag catalogue, the
transcript. The REPL unmounts Ink while an interactive
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
	/** Containers run in place of `--rm` ones, removed once read. */
	readonly removals: PendingRemovals;
	/** Re-reads the volumes of running containers. */
	readonly volumeRefresher: VolumeRefresher;
	/** What others changed during the last command (`:changes`). */
	lastElsewhere: readonly StateChange[] = [];
	#cidDir: string | undefined;
	#answerLessonQuestion: ((choice: ConflictChoice) => void) | undefined;
	readonly #runner: DockerRunner;
	readonly #engineChanges = new WeakMap<TrackedCommand, EngineChange>();
	readonly help: HelpCatalogue;
	readonly hostPaths = new HostPathCache();
	/** Lessons on offer, for Tab after `:learn`; read once the first prompt is up. */
	lessonNames: readonly string[] = [];
	/** Host folders read for Tab completion of bind sources. */
	readonly directories = new DirectoryCache();
	/** Local image names for Tab completion. */
	readonly images: ImageNames;
	readonly transcript = new Transcript();
	/** Told once, at the first mount. */
	startupWarning: HistoryWarning | undefined;
	/** Narration of the last command still being gathered; the next command waits for it. */
	narration: Promise<void> = Promise.resolve();
	/** The guided lesson started in this session (`dockwise learn`, `:learn`), kept after it ends for `:clean`. */
	lesson: LessonRun | undefined;
	/** Told after each command's narration, with the states around it; the next command waits for them (a lesson checks its stage). */
	readonly settledListeners = new Set<(states: {before: DockerState; after: DockerState}) => Promise<void>>();
	/** Set by the front end that runs commands (the REPL's pipeline). */
	commands: CommandPort | undefined;
	private snapshot: SessionSnapshot;
	private readonly listeners = new Set<() => void>();
	/** Versions, context and place, asked again by whoever needs them after a change (see `freshCheck`). */
	readonly #engineCheck = freshCheck(async ({timeoutMs}: {timeoutMs?: number}) => this.#checkEngine(timeoutMs));
	private heartbeat: NodeJS.Timeout | undefined;
	private started = false;

	constructor(options: ReplOptions, history: HistoryStore, startupWarning?: HistoryWarning) {
		this.options = options;
		this.history = history;
		this.startupWarning = startupWarning;
		const runner = createDockerRunner({binary: options.docker, env: options.env});
		this.#runner = runner;
		this.tracker = new StateTracker({runner});
		this.removals = new PendingRemovals({runner, tracker: this.tracker, onError: this.warnOnFailure('removalFailed')});
		this.volumeRefresher = new VolumeRefresher({tracker: this.tracker, onError: this.warnOnFailure('trackerFailed')});
		this.help = createHelpCatalogue({docker: options.docker, env: options.env});
		this.images = new ImageNames(options.docker, options.env, this.warnOnFailure('imagesFailed'));
		this.snapshot = {
			lang: options.lang,
			engine: {state: 'checking'},
			panels: {explain: true, volumes: true},
			selectedVolume: undefined,
			knowledgeRevision: 0,
			lesson: undefined,
			promptFill: undefined,
			lessonQuestion: undefined,
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
		const engineHost = this.engineHost();
		const engineIsHere = engine.state === 'ready' && engineHost === undefined && (engine.place?.kind === 'local' || mayBeLocalEngine(this.options.env, engine.context));
		return {
			lang,
			env: this.options.env,
			home: this.options.home,
			cwd: this.options.cwd,
			catalogue: this.help.snapshot(),
			...(engine.state === 'ready' ? {engine: {apiVersion: engine.apiVersion}} : {}),
			...(engineIsHere ? {pathExists: this.hostPaths.exists} : {}),
			...(engineHost === undefined ? {} : {engineHost}),
			known: knownEngineState(this.tracker.getState()),
			runsRmInPlace: true,
		};
	}

	/** The engine's machine when it is not this one: located once ready, else told by a tcp:// or ssh:// DOCKER_HOST. */
	engineHost(): string | undefined {
		const {engine} = this.snapshot;
		const place = engine.state === 'ready' && engine.place ? engine.place : placeOfEndpoint(this.options.env['DOCKER_HOST'] ?? '');
		return typeof place === 'object' && place.kind === 'remote' ? place.host : undefined;
	}

	/**
	What Tab completes from: the state tracker's model, docker's catalogue and
	the caches (image names, host folders when the engine runs here, since bind
	sources are paths on the engine's machine). Nothing here starts a process.
	*/
	completionSources(): CompletionSources {
		const {lang, engine} = this.snapshot;
		const context = engine.state === 'ready' ? engine.context : undefined;
		return {
			lang,
			docker: this.tracker.getState(),
			catalogue: this.help.snapshot(),
			images: this.images.current(),
			lessons: this.options.lessons ?? this.lessonNames,
			env: this.options.env,
			home: this.options.home,
			cwd: this.options.cwd,
			...(this.engineHost() === undefined && mayBeLocalEngine(this.options.env, context) ? {listDirectory: this.directories.list} : {}),
		};
	}

	/** Reads what a completion missing candidates asked for; true when Tab may now find more. */
	async prepareCompletion(completion: Completion): Promise<boolean> {
		return this.directories.read(completion.directoriesWanted);
	}

	/**
	Starts following a command about to run: what really runs is `command.args`.
	Once its process ended, await `command.settleAfterRun()`, then `narrateAfter(command)`.
	*/
	beginCommand(input: CommandInput): TrackedCommand {
		this.#cidDir ??= createCidDir();
		const target = input.kind === 'docker' ? this.#engineChange(input.explanation) : undefined;
		// On another engine dockwise could not read nor remove a container run in place of `--rm`: the line runs as typed.
		const command = TrackedCommand.begin(target?.kind === 'other' && input.kind === 'docker' ? {kind: 'docker', args: input.args, explanation: input.explanation} : input, {runner: this.#runner, tracker: this.tracker, removals: this.removals, cidDir: this.#cidDir, cwd: this.options.cwd});
		if (target) {
			this.#engineChanges.set(command, target);
		}

		return command;
	}

	/** A line that runs on another engine (`--context`, `-H`), or switches the one followed (`context use`). */
	#engineChange(explanation: Explanation): EngineChange | undefined {
		if (switchesContext(explanation)) {
			return {kind: 'switch'};
		}

		const {engine} = this.snapshot;
		const other = otherEngineOf(explanation, {context: engine.state === 'ready' ? engine.context : undefined, host: this.options.env['DOCKER_HOST'] || undefined});
		return other ? {kind: 'other', name: targetName(other)} : undefined;
	}

	/**
	Narration of a line that changed or left the engine followed: after `context
	use`, everything follows the new engine (model, status bar, explanation); a
	line on another engine is not narrated, and that is said.
	*/
	async #narrateEngineChange(command: TrackedCommand, change: EngineChange): Promise<NarrationResult> {
		await command.settleAfterRun();
		await command.window.end(command.scope);
		const t = replMessages(this.snapshot.lang);
		if (change.kind === 'other') {
			const line = t('otherEngineNotNarrated', {target: change.name, current: this.#followedName()});
			this.transcript.write(formatNarration([line]));
			return {lines: [line]};
		}

		this.retarget();
		await this.refreshEngine().catch(() => undefined);
		const line = t('nowFollowing', {engine: this.#followedName()});
		this.transcript.write(formatNarration([line]));
		return {lines: [line]};
	}

	/** The engine followed, as the user knows it: its context, and its host when elsewhere. */
	#followedName(): string {
		const {engine} = this.snapshot;
		const context = engine.state === 'ready' ? engine.context : (this.options.env['DOCKER_CONTEXT'] || 'default');
		const host = this.engineHost();
		return replMessages(this.snapshot.lang)(host ? 'followedRemote' : 'followedLocal', {context, host: host ?? ''});
	}

	/**
	Follows the engine docker now reaches (after `docker context use`): the model
	is reloaded from it, and versions, context and place are asked again.
	*/
	retarget(): void {
		this.hostPaths.clear();
		this.directories.clear();
		this.images.invalidate();
		if (this.snapshot.engine.state === 'ready') {
			// Located again for the new context.
			const rest = {...this.snapshot.engine};
			delete rest.place;
			this.update({engine: rest});
		}

		this.tracker.retarget();
	}

	/** What really runs, when dockwise rewrote the line (`run --rm` in place): write it before it runs. */
	describeRewrite(command: TrackedCommand): string[] {
		if (!command.pendingRm) {
			return [];
		}

		const t = stateMessages(this.snapshot.lang);
		return [t('runs-as', {args: shellWords(command.args)}), t('runs-as-why')];
	}

	/**
	Await once the command's process ended, before writing its outcome: reads
	and removes a container run in place of `--rm`, learns what it created.
	Resolves to lines that complete the outcome (what a non-zero status means,
	a container still running after Ctrl-C).
	*/
	async settleAfterRun(command: TrackedCommand, outcome: CommandOutcome): Promise<string[]> {
		try {
			const after = await command.settleAfterRun({interrupted: outcome.interrupted});
			return afterRunLines({
				exitCode: outcome.exitCode,
				signal: outcome.signal,
				interrupted: outcome.interrupted,
				isRun: command.isRun,
				containerCommand: command.containerCommand,
				...after,
			}, this.snapshot.lang);
		} catch {
			return [];
		}
	}

	/**
	Tells, once the engine has settled, what the command changed: created,
	mounted, kept, lost; what others changed meanwhile in one line (`:changes`
	lists it). Narrations are written in order, and the next command waits for
	the last one (see `narration`).
	*/
	narrateAfter(command: TrackedCommand): Promise<NarrationResult> {
		// Any command may have created or removed a bind source (`-v` creates missing ones).
		this.hostPaths.clear();
		this.directories.clear();
		this.images.invalidate();
		const change = this.#engineChanges.get(command);
		const result = this.narration.then(async (): Promise<NarrationResult> => {
			try {
				if (change) {
					return await this.#narrateEngineChange(command, change);
				}

				await command.settleAfterRun();
				if (isPodmanBinary(this.options.docker)) {
					await this.tracker.reloadNow();
				}

				const {before, after} = await command.window.end(command.scope);
				const {own, elsewhere} = splitChanges(diffStates(before, after), command.scope, after);
				this.lastElsewhere = elsewhere;
				const lines = narrate(own, this.snapshot.lang);
				const meanwhile = narrateElsewhere(elsewhere, this.snapshot.lang);
				if (lines.length > 0) {
					this.transcript.write(formatNarration(lines, this.transcript.width()));
				}

				if (meanwhile) {
					this.transcript.write(formatElsewhere(meanwhile, this.transcript.width()));
				}

				// The volumes other running containers mount may have changed too: the panel follows, in the background.
				this.volumeRefresher.refreshSoon();

				for (const listener of this.settledListeners) {
					await listener({before, after});
				}

				return {lines: meanwhile ? [...lines, meanwhile] : lines, before, after};
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				this.transcript.write(formatMessage([replMessages(this.snapshot.lang)('narrationFailed', {reason})], 'warning', this.transcript.width()));
				return {lines: [], error: reason};
			}
		});
		this.narration = result.then(() => undefined);
		return result;
	}

	/** Starts talking to docker; called once the first prompt is on screen, so start-up stays fast. */
	startBackgroundWork(): void {
		if (this.started) {
			return;
		}

		this.started = true;
		this.refreshEngineInBackground();
		// A stopped or wedged daemon keeps the events stream open and silent: ask it now and then, with a short timeout.
		let heartbeatFailed = false;
		this.heartbeat = setInterval(() => {
			this.refreshEngine({timeoutMs: engineHeartbeatTimeoutMs}).then(() => {
				heartbeatFailed = false;
			}, (error: unknown) => {
				// Told once, not every 15 s.
				if (!heartbeatFailed) {
					heartbeatFailed = true;
					this.warnOnFailure('engineCheckFailed')(error);
				}
			});
		}, engineHeartbeatMs);
		this.heartbeat.unref();
		this.tracker.start().catch(this.warnOnFailure('trackerFailed'));
		this.volumeRefresher.start();
		this.images.refresh().catch(this.warnOnFailure('imagesFailed'));
		listLessonNames(lessonsFolder(this.options.env)).then(names => {
			this.lessonNames = [...names.keys()].sort();
		}, () => {
			// No lessons folder: Tab offers no lesson names.
		});
		let engineWasAway = false;
		// Completion indexes each new model once; done shortly after a change rather than on the next Tab.
		let warming: NodeJS.Timeout | undefined;
		this.tracker.subscribe(() => {
			clearTimeout(warming);
			warming = setTimeout(() => {
				warmModelIndex(this.tracker.getState());
			}, 50);
			warming.unref();
		});
		this.tracker.subscribe(state => {
			// The engine came back: versions and context may have changed with it.
			// The engine went away or came back: versions, context and the status bar follow.
			const away = state.engine.kind === 'away';
			if (engineWasAway !== away) {
				this.refreshEngineInBackground();
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

	fillPrompt(text: string): void {
		this.update({promptFill: {text, id: (this.snapshot.promptFill?.id ?? 0) + 1}});
	}

	clearPromptFill(): void {
		this.update({promptFill: undefined});
	}

	/** Shows the lesson's question in the live area; resolves with the learner's choice. */
	async askLessonQuestion(question: ConflictQuestion): Promise<ConflictChoice> {
		this.#answerLessonQuestion?.('quit');
		return new Promise(resolve => {
			this.#answerLessonQuestion = choice => {
				this.#answerLessonQuestion = undefined;
				this.update({lessonQuestion: undefined});
				resolve(choice);
			};

			this.update({lessonQuestion: question});
		});
	}

	answerLessonQuestion(choice: ConflictChoice): void {
		this.#answerLessonQuestion?.(choice);
	}

	setLessonView(lesson: LessonView | undefined): void {
		this.update({lesson});
	}

	selectVolume(name: string | undefined): void {
		this.update({selectedVolume: name});
	}

	/** Docker's help for these commands, then a new revision when it brought something. */
	loadHelp(paths: ReadonlyArray<readonly string[]>): void {
		this.help.loadAll(paths).then(changed => {
			if (changed) {
				this.update({knowledgeRevision: this.snapshot.knowledgeRevision + 1});
			}
		}, this.warnOnFailure('explainDataFailed'));
	}

	checkHostPaths(paths: readonly string[]): void {
		this.hostPaths.check(paths).then(learned => {
			if (learned) {
				this.update({knowledgeRevision: this.snapshot.knowledgeRevision + 1});
			}
		}, this.warnOnFailure('explainDataFailed'));
	}

	/**
	Asks docker for versions and context; resolves with the answer to a check started
	after this call (calls made while one runs share the next one).
	*/
	async refreshEngine({timeoutMs}: {timeoutMs?: number} = {}): Promise<void> {
		return this.#engineCheck({timeoutMs});
	}

	async #checkEngine(timeoutMs: number | undefined): Promise<void> {
		const engine = await checkEngine(this.options.docker, this.options.env, timeoutMs === undefined ? {} : {timeoutMs});
		if (engine.state !== 'ready') {
			this.update({engine});
			return;
		}

		// Where it runs decides the status bar, bind-source checks and how volumes are read: located once per context.
		const previous = this.snapshot.engine.state === 'ready' && this.snapshot.engine.context === engine.context ? this.snapshot.engine.place : undefined;
		this.update({engine: previous ? {...engine, place: previous} : engine});
		if (previous) {
			return;
		}

		const place = await locateEngineOf(this.options.docker, this.options.env);
		if (this.snapshot.engine.state === 'ready') {
			this.update({engine: {...this.snapshot.engine, place}});
		}
	}

	/** `refreshEngine()` without waiting for it; a failure is told in the transcript. */
	refreshEngineInBackground(): void {
		this.refreshEngine().catch(this.warnOnFailure('engineCheckFailed'));
	}

	/** Waits for history writes and the help cache, and stops following the engine. */
	async close(): Promise<void> {
		clearInterval(this.heartbeat);
		this.removals.removeAfterQuit();
		this.removals.dispose();
		this.volumeRefresher.dispose();
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

		if (this.#cidDir) {
			removeCidDir(this.#cidDir);
		}
	}

	/** What tells the user, in the transcript, that work started in the background failed: what may be out of date, and why. */
	private warnOnFailure(key: BackgroundFailure): (error: unknown) => void {
		return error => {
			this.transcript.write(formatMessage([replMessages(this.snapshot.lang)(key, {reason: errorReason(error)})], 'warning', this.transcript.width()));
		};
	}

	private update(change: Partial<SessionSnapshot>): void {
		this.snapshot = {...this.snapshot, ...change};
		for (const listener of this.listeners) {
			listener();
		}
	}
}
