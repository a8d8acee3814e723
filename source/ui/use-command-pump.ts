import {useRef, useState} from 'react';
import {runPiped, type PipedCommand} from '../docker/run-command.js';
import type {CommandWindow} from '../docker/state-tracker.js';
import {formatLossPreview, type LossPreview} from '../guard/index.js';
import {replMessages, type ReplTranslate} from '../repl/messages.js';
import {summarizeOutcome} from '../repl/outcome.js';
import {planLine, type LinePlan} from '../repl/plan-line.js';
import {splitCommands} from '../repl/split-commands.js';
import {runBuiltin} from '../session/builtin-actions.js';
import {droppedLinesMessage} from '../session/dropped-lines.js';
import {terminalAfterCommand} from '../session/terminal-after-command.js';
import {TerminalOutputGuard} from '../text/terminal-modes.js';
import {previewLoss} from '../session/preview-loss.js';
import type {Session} from '../session/session.js';
import {formatEcho, formatMessage, formatOutcome, type MessageLevel} from '../session/transcript-format.js';
import {OutputBuffer} from './output-buffer.js';

/** Why the app unmounts: to quit, or to lend the terminal to an interactive command. */
export type ExitRequest =
	| {kind: 'quit'}
	| {kind: 'terminal'; file: string; args: string[]; wasDockerRun: boolean; window: CommandWindow};

type DockerRun = {args: string[]; terminal: boolean; isRun: boolean};

export type PumpPhase =
	| {kind: 'prompt'}
	/** Reading what a destructive command would delete. */
	| {kind: 'checking'}
	| {kind: 'confirming'; preview: LossPreview; run: DockerRun}
	| {kind: 'running'; startedAt: number; interrupting: boolean}
	/** Rendering nothing, on the way out; the app unmounts right after. */
	| {kind: 'leaving'; request: ExitRequest};

type PumpOptions = {
	session: Session;
	t: ReplTranslate;
	clearScreen: () => void;
};

export type CommandPump = {
	phase: PumpPhase;
	/** A line the user submitted: false when it is refused and should stay in the prompt. */
	submit(text: string): boolean;
	/** Ctrl-C: stops what is under way and drops what was queued; false when nothing was. */
	interrupt(): boolean;
	/** The answer to "Run it?". */
	answer(yes: boolean): void;
	/** Runs what was queued before the app was (re)mounted. */
	resume(): void;
	quit(): void;
	/** True from the moment a command is taken until it and its narration are done. */
	isBusy(): boolean;
};

/**
Runs the lines the user submits, one at a time, in order: each is echoed,
planned, checked for what it would delete, confirmed, run, and narrated. Lines
submitted meanwhile (typed ahead, or pasted together) wait in the session's
queue, as in a shell; Ctrl-C stops the current one and drops the queue.
*/
export function useCommandPump({session, t, clearScreen}: PumpOptions): CommandPump {
	const {options} = session;
	const [phase, setPhase] = useState<PumpPhase>({kind: 'prompt'});
	const busy = useRef(false);
	const running = useRef<PipedCommand | undefined>(undefined);
	/** Bumped to abandon a check under way (Ctrl-C while reading what would be deleted). */
	const checkGeneration = useRef(0);

	const say = (lines: readonly string[], level: MessageLevel = 'info') => {
		if (lines.length > 0) session.transcript.write(formatMessage(lines, level));
	};

	const plan = (text: string): LinePlan => planLine(text, session.explainOptions(), t);

	const leave = (request: ExitRequest) => {
		setPhase({kind: 'leaving', request});
	};

	/** The current command is over: take the next queued one, if any. */
	const finish = () => {
		busy.current = false;
		setPhase({kind: 'prompt'});
		const next = session.queue.shift();
		if (next !== undefined) {
			void take(next, plan(next));
		}
	};

	const startPiped = (file: string, args: string[], wasDockerRun: boolean, window: CommandWindow) => {
		const output = new OutputBuffer(text => {
			session.transcript.write(text);
		});
		const terminal = new TerminalOutputGuard({stripOsc: options.stripOsc ?? false});
		const command = runPiped(file, args, {env: options.env, onOutput: (text, stream) => output.push(terminal.pass(text), stream)});
		running.current = command;
		setPhase({kind: 'running', startedAt: performance.now(), interrupting: false});
		void command.done.then(outcome => {
			output.push(terminal.end(), 'stdout');
			output.end();
			const after = terminalAfterCommand(terminal, {lang: session.getSnapshot().lang, bracketedPaste: true, cursorVisible: false});
			session.transcript.write(after.restore);
			say(after.message, 'warning');
			running.current = undefined;
			session.transcript.write(formatOutcome(summarizeOutcome(outcome, file, replMessages(session.getSnapshot().lang), {wasDockerRun})));
			session.narrateAfter(window);
			if (session.getSnapshot().engine.state !== 'ready') {
				void session.refreshEngine();
			}

			finish();
		});
	};

	const runDocker = ({args, terminal, isRun}: DockerRun) => {
		const window = session.tracker.beginCommand();
		if (terminal) {
			leave({kind: 'terminal', file: options.docker, args, wasDockerRun: isRun, window});
		} else {
			startPiped(options.docker, args, isRun, window);
		}
	};

	/** Echoes a line, then does what its plan says; waits first for the last narration, so the transcript stays in order. */
	const take = async (text: string, linePlan: LinePlan) => {
		busy.current = true;
		await session.narration;
		session.transcript.write(formatEcho(options.prompt, text));
		switch (linePlan.kind) {
			case 'refuse': {
				say(linePlan.lines, 'error');
				finish();
				break;
			}

			case 'nothing':
			case 'continue': {
				finish();
				break;
			}

			case 'builtin': {
				await runBuiltin(linePlan.name, linePlan.args, {session, t, say, clearScreen, quit: () => leave({kind: 'quit'})});
				if (linePlan.name !== 'quit') {
					finish();
				}

				break;
			}

			case 'host': {
				leave({kind: 'terminal', file: options.shell, args: ['-c', linePlan.command], wasDockerRun: false, window: session.tracker.beginCommand()});
				break;
			}

			case 'docker': {
				const run: DockerRun = {args: linePlan.args, terminal: linePlan.terminal, isRun: linePlan.explanation.command === 'container run'};
				const generation = ++checkGeneration.current;
				setPhase({kind: 'checking'});
				const preview = await previewLoss(session, linePlan.explanation);
				if (generation !== checkGeneration.current) {
					return; // Interrupted while checking: interrupt() has finished this command.
				}

				if (preview) {
					setPhase({kind: 'confirming', preview, run});
				} else {
					runDocker(run);
				}

				break;
			}
		}
	};

	return {
		phase,
		submit(text) {
			const [first = '', ...rest] = splitCommands(text);
			if (busy.current) {
				// Typed ahead while a command is under way: it runs next, as in a shell.
				session.queue.push(first, ...rest);
				return true;
			}

			const firstPlan = plan(first);
			if (rest.length === 0 && firstPlan.kind === 'refuse' && firstPlan.keepLine) {
				// After the last command's narration, which may still be on its way.
				void session.narration.then(() => {
					say(firstPlan.lines, 'error');
				});
				return false;
			}

			if (rest.length === 0 && firstPlan.kind === 'continue') {
				return false;
			}

			session.queue.push(...rest);
			void take(first, firstPlan);
			return true;
		},
		interrupt() {
			if (!busy.current) {
				return false;
			}

			// Like a shell: Ctrl-C stops the command and drops what was typed ahead, saying which lines.
			say(droppedLinesMessage(session.queue.splice(0), 'interrupted', session.getSnapshot().lang), 'warning');
			if (running.current) {
				running.current.interrupt();
				setPhase(current => current.kind === 'running' ? {...current, interrupting: true} : current);
			} else if (phase.kind === 'checking') {
				checkGeneration.current++;
				say([t('cancelledRun')]);
				finish();
			}

			return true;
		},
		answer(yes) {
			if (phase.kind !== 'confirming') {
				return;
			}

			const {preview, run} = phase;
			say(formatLossPreview(preview, {lang: session.getSnapshot().lang}), 'warning');
			if (yes) {
				say([t('confirmedRun')]);
				// Docker would ask again without --force: the guard adds it once the user said yes.
				runDocker(preview.confirmedArgs ? {...run, args: preview.confirmedArgs, terminal: false} : run);
			} else {
				say([t('cancelledRun')]);
				say(droppedLinesMessage(session.queue.splice(0), 'declined', session.getSnapshot().lang), 'warning');
				finish();
			}
		},
		resume() {
			if (!busy.current && session.queue.length > 0) {
				finish();
			}
		},
		quit() {
			leave({kind: 'quit'});
		},
		isBusy: () => busy.current,
	};
}
