import type {CommandOutcome, OutputStream, PipedCommand} from '../docker/run-command.js';
import type {TrackedCommand} from '../docker/tracked-command.js';
import {formatLossPreview, type LossPreview} from '../guard/index.js';
import {replMessages, type ReplTranslate} from '../repl/messages.js';
import {summarizeOutcome} from '../repl/outcome.js';
import {attachedContainer, givesContainerTerminal} from '../repl/needs-terminal.js';
import {findContainer} from '../state/select.js';
import {planLine, type LinePlan} from '../repl/plan-line.js';
import {shellTarget, type LeftContainer, type PlaceContext} from '../repl/shell-target.js';
import {splitCommands} from '../repl/split-commands.js';
import {TerminalOutputGuard} from '../text/terminal-modes.js';
import {runBuiltin} from './builtin-actions.js';
import {errorReason} from './error-reason.js';
import {droppedLinesMessage} from './dropped-lines.js';
import {OutputBuffer} from './output-buffer.js';
import type {CommandPipelineOptions, EventOf, HandOverRequest, PipelineEvent, PipelineEventType, PipelinePhase, PipelinePolicy, SubmitResult, TranscriptWriter} from './pipeline-types.js';
import {previewLoss} from './preview-loss.js';
import type {Session} from './session.js';
import {terminalAfterCommand} from './terminal-after-command.js';
import {formatEcho, formatElsewhere, formatMessage, formatOutcome, type MessageLevel} from './transcript-format.js';

export type * from './pipeline-types.js';

type DockerRun = {line: string; args: readonly string[]; terminal: boolean; isRun: boolean; plan: Extract<LinePlan, {kind: 'docker'}>};

/**
Runs the lines a front end submits, one at a time, in order: each is echoed,
planned, checked for what it would delete, confirmed, run (piped, or with the
terminal handed over), and narrated. Lines submitted meanwhile (typed ahead, or
pasted together) wait in the queue, as in a shell; Ctrl-C stops the current one
and drops the queue. No React, no process of its own: the front end renders
`getPhase()` and the runner port starts processes.
*/
export class CommandPipeline {
	private readonly session: Session;
	private readonly policy: PipelinePolicy;
	private readonly write: TranscriptWriter;
	private phase: PipelinePhase = {kind: 'prompt'};
	private readonly queue: string[] = [];
	private busy = false;
	private running: PipedCommand | undefined;
	private confirming: DockerRun | undefined;
	/** Bumped to abandon a check under way (Ctrl-C while reading what would be deleted). */
	private checkGeneration = 0;
	private narrationsPending = 0;
	/** Bumped when a line is over: tells whether a failure belongs to the line still under way. */
	private linesDone = 0;
	private idleAnnounced = true;
	private quitting = false;
	private readonly phaseListeners = new Set<() => void>();
	private readonly eventListeners = new Set<(event: PipelineEvent) => void>();
	/** The container whose terminal the user had last; `justLeft` until another line runs. */
	private left: LeftContainer | undefined;
	private justLeft = false;

	constructor(private readonly options: CommandPipelineOptions) {
		this.session = options.session;
		this.policy = options.policy;
		this.write = options.write ?? (text => {
			options.session.transcript.write(text);
		});
		if (options.policy.terminal === 'hand-over' && !options.handOver) {
			throw new Error('CommandPipeline: a hand-over policy needs a handOver port');
		}
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.phaseListeners.add(listener);
		return () => this.phaseListeners.delete(listener);
	};

	readonly getPhase = (): PipelinePhase => this.phase;

	/** Every event, in order; returns the way to stop listening. */
	on(listener: (event: PipelineEvent) => void): () => void {
		this.eventListeners.add(listener);
		return () => this.eventListeners.delete(listener);
	}

	/** The next event of this type (and matching `predicate`). */
	async next<T extends PipelineEventType>(type: T, predicate: (event: EventOf<T>) => boolean = () => true): Promise<EventOf<T>> {
		return new Promise(resolve => {
			const stop = this.on(event => {
				if (event.type === type && predicate(event as EventOf<T>)) {
					stop();
					resolve(event as EventOf<T>);
				}
			});
		});
	}

	/** Resolves once nothing is under way or queued and the last narration is written (now, if so), or quit was asked. */
	async whenIdle(): Promise<void> {
		if (this.isIdle() || this.quitting) {
			return;
		}

		await new Promise<void>(resolve => {
			const stop = this.on(event => {
				if (event.type === 'idle' || event.type === 'quit') {
					stop();
					resolve();
				}
			});
		});
	}

	/** True from the moment a line is taken until it is over (its narration may still be on its way). */
	readonly isBusy = (): boolean => this.busy;

	isIdle(): boolean {
		return !this.busy && this.queue.length === 0 && this.narrationsPending === 0;
	}

	/** How many lines wait their turn (typed ahead, or pasted after the one under way). */
	get queueLength(): number {
		return this.queue.length;
	}

	get quitRequested(): boolean {
		return this.quitting;
	}

	readonly submit = (text: string): SubmitResult => {
		const [first = '', ...rest] = splitCommands(text);
		if (this.busy) {
			// Typed ahead while a command is under way: it runs next, as in a shell.
			this.enqueue([first, ...rest]);
			return 'queued';
		}

		const firstPlan = this.plan(first);
		if (rest.length === 0 && firstPlan.kind === 'refuse' && firstPlan.keepLine && this.policy.keepRefusedLines) {
			// After the last command's narration, which may still be on its way (a failed one has told its own warning).
			const refuse = () => {
				this.say(firstPlan.lines, 'error');
				this.emit({type: 'refused', line: first, lines: firstPlan.lines, reason: 'line', kept: true});
			};
			this.session.narration.then(refuse, refuse);
			return 'kept';
		}

		if (rest.length === 0 && firstPlan.kind === 'continue') {
			return 'continue';
		}

		this.enqueue(rest);
		this.carry(first, this.take(first, firstPlan));
		return 'taken';
	};

	/** Ctrl-C: stops what is under way and drops what was queued; false when nothing was. */
	readonly interrupt = (): boolean => {
		if (!this.busy) {
			return false;
		}

		// Like a shell: Ctrl-C stops the command and drops what was typed ahead, saying which lines.
		const dropped = this.queue.splice(0);
		const {phase} = this;
		if (this.running) {
			this.running.interrupt();
			if (phase.kind === 'running') {
				this.setPhase({...phase, interrupting: true});
			}

			this.tellDropped(dropped, 'interrupted');
		} else if (phase.kind === 'checking') {
			this.checkGeneration++;
			this.say([this.t('cancelledRun')]);
			this.emit({type: 'cancelled', line: phase.line, reason: 'interrupt'});
			this.tellDropped(dropped, 'interrupted');
			this.finish(phase.line);
		} else if (phase.kind === 'confirming') {
			this.settleQuestion(false, 'interrupted', dropped);
		} else {
			this.tellDropped(dropped, 'interrupted');
		}

		return true;
	};

	/** The answer to "Run it?" (phase `confirming` only). */
	readonly answer = (yes: boolean): void => {
		this.settleQuestion(yes, 'declined');
	};

	/** Takes the next queued line when nothing is under way. */
	readonly resume = (): void => {
		if (!this.busy && !this.quitting) {
			this.takeNext();
		}
	};

	readonly quit = (): void => {
		if (this.quitting) {
			return;
		}

		this.quitting = true;
		this.setPhase({kind: 'quitting'});
		this.emit({type: 'quit'});
	};

	/** Writes a message now: errors to stderr (plain mode), the rest to stdout. */
	readonly say = (lines: readonly string[], level: MessageLevel = 'info'): void => {
		this.write(formatMessage(lines, level, this.session.transcript.width()), level === 'error' ? 'stderr' : 'stdout');
		this.emit({type: 'message', lines, level});
	};

	/** Writes a line as the prompt showed it. */
	readonly echo = (text: string): void => {
		this.write(formatEcho(this.session.options.prompt, text), 'stdout');
	};

	/** Ends the question: runs the line, or cancels it and drops (naming them) the lines that waited. */
	private settleQuestion(yes: boolean, why: 'declined' | 'interrupted', dropped?: string[]): void {
		const {phase, confirming: run} = this;
		if (phase.kind !== 'confirming' || !run) {
			return;
		}

		this.confirming = undefined;
		this.emit({type: 'answered', line: run.line, yes, by: 'user'});
		this.say(formatLossPreview(phase.preview, {lang: this.lang()}), 'warning');
		if (yes) {
			this.say([this.t('confirmedRun')]);
			this.runDocker(withConfirmedArgs(run, phase.preview));
		} else {
			this.say([this.t('cancelledRun')]);
			this.emit({type: 'cancelled', line: run.line, reason: 'declined'});
			this.tellDropped(dropped ?? this.queue.splice(0), why);
			this.finish(run.line);
		}
	}

	private tellDropped(lines: readonly string[], why: 'declined' | 'interrupted'): void {
		const message = droppedLinesMessage(lines, why, this.lang());
		if (message.length > 0) {
			this.say(message, 'warning');
		}
	}

	private t: ReplTranslate = (...args) => replMessages(this.lang())(...args);

	private lang() {
		return this.session.getSnapshot().lang;
	}

	private plan(text: string): LinePlan {
		return planLine(text, this.session.explainOptions(), replMessages(this.lang()), this.place());
	}

	/** Where a line meant for a container's shell could run, read when the line is planned. */
	private place(): PlaceContext {
		return {target: shellTarget(this.left, this.session.getDockerState()), justLeft: this.justLeft};
	}

	private enqueue(lines: string[]): void {
		if (lines.length > 0) {
			this.queue.push(...lines);
			this.emit({type: 'queued', lines});
		}
	}

	private takeNext(): void {
		const next = this.queue.shift();
		if (next === undefined) {
			this.announceIdle();
		} else {
			this.carry(next, this.take(next, this.plan(next)));
		}
	}

	/** The current line is over: take the next queued one, if any. */
	private finish(line: string): void {
		this.busy = false;
		this.linesDone++;
		this.setPhase({kind: 'prompt'});
		this.emit({type: 'done', line});
		this.takeNext();
	}

	/** Echoes a line, then does what its plan says; waits first for the last narration, so the transcript stays in order. */
	private async take(text: string, plan: LinePlan): Promise<void> {
		this.busy = true;
		this.idleAnnounced = false;
		await this.session.narration;
		this.echo(text);
		this.emit({type: 'echoed', line: text});
		this.emit({type: 'planned', line: text, plan});
		if (plan.kind !== 'refuse' && plan.kind !== 'nothing') {
			this.justLeft = false;
		}

		switch (plan.kind) {
			case 'refuse': {
				this.refuse(text, plan.lines, 'line');
				if (plan.offer !== undefined && this.policy.offerCorrections) {
					this.say([this.t('sudoOffered')]);
					this.session.fillPrompt(plan.offer);
				}

				this.finish(text);
				break;
			}

			case 'nothing':
			case 'continue': {
				this.finish(text);
				break;
			}

			case 'builtin': {
				let quitAsked = false;
				await runBuiltin(plan.name, plan.args, {
					rest: plan.rest,
					session: this.session,
					t: replMessages(this.lang()),
					say: this.say,
					clearScreen: this.options.clearScreen ?? (() => undefined),
					quit() {
						quitAsked = true;
					},
				});
				this.emit({type: 'builtin', line: text, name: plan.name, args: plan.args});
				if (quitAsked) {
					this.quit();
				} else {
					this.finish(text);
				}

				break;
			}

			case 'host': {
				const args = ['-c', plan.command];
				const command = this.session.beginCommand({kind: 'other'});
				if (this.policy.terminal === 'hand-over') {
					this.carry(text, this.handOver(text, this.session.options.shell, args, false, command, true));
				} else {
					this.carry(text, this.runPiped(text, this.session.options.shell, args, false, command));
				}

				break;
			}

			case 'docker': {
				await this.docker(text, plan);
				break;
			}
		}
	}

	private async docker(line: string, plan: Extract<LinePlan, {kind: 'docker'}>): Promise<void> {
		if (plan.terminal && this.policy.terminal === 'refuse') {
			// Without a terminal, `-t` fails, docker's questions read nothing and `stats` never ends.
			this.refuse(line, [this.t('plainInteractive', {line: line.trim()})], 'terminal');
			this.finish(line);
			return;
		}

		const run: DockerRun = {line, args: plan.args, terminal: plan.terminal, isRun: plan.explanation.command === 'container run', plan};
		const generation = ++this.checkGeneration;
		this.setPhase({kind: 'checking', line});
		const preview = await (this.options.checkLoss ?? (async explanation => previewLoss(this.session, explanation)))(plan.explanation);
		if (generation !== this.checkGeneration) {
			return; // Interrupted while checking: interrupt() has finished this line.
		}

		if (!preview) {
			this.runDocker(run);
			return;
		}

		this.emit({type: 'question', line, preview});
		if (this.policy.loss === 'ask') {
			this.confirming = run;
			this.setPhase({kind: 'confirming', line, preview});
			return;
		}

		const yes = this.policy.loss === 'yes';
		this.emit({type: 'answered', line, yes, by: 'policy'});
		this.say(formatLossPreview(preview, {lang: this.lang()}), 'warning');
		if (yes) {
			this.say([this.t('plainConfirmedLoss')]);
			this.runDocker(withConfirmedArgs(run, preview));
		} else {
			this.refuse(line, [this.t('plainRefusedLoss')], 'loss');
			this.finish(line);
		}
	}

	private runDocker({line, args, terminal, isRun, plan}: DockerRun): void {
		// What really runs may differ from what was typed (`run --rm` run in place, `--cidfile`): said before it runs.
		const command = this.session.beginCommand({kind: 'docker', args, explanation: plan.explanation, argStarts: args === plan.args ? plan.argStarts : []});
		for (const note of this.session.describeRewrite(command)) {
			this.write(formatElsewhere(note, this.session.transcript.width()), 'stdout');
		}

		const {docker} = this.session.options;
		if (terminal) {
			this.carry(line, this.containerShowsTyping(plan.explanation).then(async shows => this.handOver(line, docker, command.args, isRun, command, !shows)).then(() => {
				this.left = {ids: command.scope.containerIds, names: command.scope.names};
				this.justLeft = true;
			}));
		} else {
			this.carry(line, this.runPiped(line, docker, command.args, isRun, command));
		}
	}

	private async runPiped(line: string, file: string, args: readonly string[], wasDockerRun: boolean, command: TrackedCommand): Promise<void> {
		this.emit({type: 'started', line, file, args, terminal: false});
		const buffer = this.options.bufferOutput === false ? undefined : new OutputBuffer(text => {
			this.write(text, 'stdout');
		});
		// Watches the modes the output changes (restored after), and strips titles and clipboard writes when asked.
		const terminal = new TerminalOutputGuard({stripOsc: this.options.stripOsc ?? false});
		const show = (text: string, stream: OutputStream) => {
			if (text === '') {
				return;
			}

			if (buffer) {
				buffer.push(text, stream);
			} else {
				this.write(text, stream);
			}
		};

		const child = this.options.runner.runPiped(file, args, (text, stream) => {
			this.emit({type: 'output', text, stream});
			show(terminal.pass(text), stream);
		});
		this.running = child;
		this.setPhase({kind: 'running', line, file, args, startedAt: performance.now(), interrupting: false});
		const outcome = await child.done;
		show(terminal.end(), 'stdout');
		buffer?.end();
		this.running = undefined;
		const {restoreTerminal} = this.options;
		if (restoreTerminal) {
			const after = terminalAfterCommand(terminal, {lang: this.lang(), ...restoreTerminal});
			this.write(after.restore, 'stdout');
			if (after.message.length > 0) {
				this.say(after.message, 'warning');
			}
		}

		await this.ended(line, file, outcome, wasDockerRun, command);
	}

	/**
	Whether the container shows what is typed itself (see `givesContainerTerminal`).
	`start -i` and `attach` depend on how the container was created: one the model
	lists but has not inspected yet (the load inspects stopped containers without
	mounts a moment later) is inspected now.
	*/
	private async containerShowsTyping(explanation: DockerRun['plan']['explanation']): Promise<boolean> {
		const find = (reference: string) => findContainer(this.session.getDockerState(), reference);
		const attached = attachedContainer(explanation);
		const container = attached === undefined ? undefined : find(attached);
		if (container && !container.detailed) {
			// Not known: the echo stays on, as for any container the model does not know.
			await this.session.tracker.ensureContainer(container.id).catch(() => undefined);
		}

		return givesContainerTerminal(explanation, reference => find(reference)?.tty);
	}

	private async handOver(line: string, file: string, args: readonly string[], wasDockerRun: boolean, command: TrackedCommand, echo: boolean): Promise<void> {
		const request: HandOverRequest = {line, file, args, wasDockerRun, echo, run: async () => this.options.runner.runInTerminal(file, args)};
		this.emit({type: 'started', line, file, args, terminal: true});
		this.setPhase({kind: 'terminal', request});
		let outcome: CommandOutcome;
		try {
			outcome = await this.options.handOver!(request);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			outcome = {exitCode: undefined, signal: undefined, durationMs: 0, interrupted: false, spawnError: {code: 'other', message}};
		}

		await this.ended(line, file, outcome, wasDockerRun, command);
	}

	/**
	Settles what the process left (a container run in place of `--rm` is read and
	removed), writes the outcome, starts the narration, then takes the next line.
	*/
	private async ended(line: string, file: string, outcome: CommandOutcome, wasDockerRun: boolean, command: TrackedCommand): Promise<void> {
		const extra = await this.session.settleAfterRun(command, outcome);
		const plain = summarizeOutcome(outcome, file, replMessages(this.lang()), {wasDockerRun});
		const summary = extra.length > 0 ? {...plain, lines: [...plain.lines, ...extra]} : plain;
		this.write(formatOutcome(summary, this.session.transcript.width()), 'stdout');
		this.emit({type: 'ended', line, outcome, summary});
		this.narrate(command);
		if (this.session.getSnapshot().engine.state !== 'ready') {
			this.session.refreshEngineInBackground();
		}

		this.finish(line);
	}

	private narrate(command: TrackedCommand): void {
		this.narrationsPending++;
		this.session.narrateAfter(command).then(result => {
			this.narrationsPending--;
			this.emit({type: 'narrated', ...result});
			this.announceIdle();
		}, (error: unknown) => {
			// narrateAfter() writes its own warning and resolves; should it reject, the pipeline still goes idle.
			this.narrationsPending--;
			this.say([this.t('narrationFailed', {reason: errorReason(error)})], 'warning');
			this.announceIdle();
		});
	}

	/**
	Lets a step of the current line (taking it, running it) go on without waiting
	for it. Should it throw (a bug, a port breaking its contract), the user is
	told and, if that line is still the current one, it is over: else the prompt
	would stay busy for ever.
	*/
	private carry(line: string, step: Promise<void>): void {
		const current = this.linesDone;
		step.catch((error: unknown) => {
			this.say([this.t('lineFailed', {reason: errorReason(error)})], 'error');
			if (this.busy && this.linesDone === current) {
				this.running = undefined;
				this.confirming = undefined;
				this.finish(line);
			}
		});
	}

	private refuse(line: string, lines: string[], reason: 'line' | 'terminal' | 'loss'): void {
		this.say(lines, 'error');
		this.emit({type: 'refused', line, lines, reason, kept: false});
	}

	private announceIdle(): void {
		if (!this.idleAnnounced && this.isIdle() && !this.quitting) {
			this.idleAnnounced = true;
			this.emit({type: 'idle'});
		}
	}

	private setPhase(phase: PipelinePhase): void {
		if (this.quitting && phase.kind !== 'quitting') {
			return;
		}

		this.phase = phase;
		for (const listener of this.phaseListeners) {
			listener();
		}
	}

	private emit(event: PipelineEvent): void {
		for (const listener of this.eventListeners) {
			listener(event);
		}
	}
}

/** Docker would ask again without --force: the guard adds it once the user said yes, and the terminal is not needed. */
function withConfirmedArgs(run: DockerRun, preview: LossPreview): DockerRun {
	return preview.confirmedArgs ? {...run, args: preview.confirmedArgs, terminal: false} : run;
}
