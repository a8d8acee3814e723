import type {CommandOutcome, CommandRunner, OutputStream} from '../docker/run-command.js';
import type {Explanation} from '../explain/index.js';
import type {LossPreview} from '../guard/index.js';
import type {BuiltinName} from '../repl/builtins.js';
import type {OutcomeSummary} from '../repl/outcome.js';
import type {LinePlan} from '../repl/plan-line.js';
import type {DockerState} from '../state/types.js';
import type {Session} from './session.js';
import type {MessageLevel} from './transcript-format.js';

/* The shapes of the command pipeline (command-pipeline.ts): its options, phases and events. See docs/pipeline.md. */

/** A command that needs the terminal, lent to it by the front end (the REPL unmounts Ink). */
export type HandOverRequest = {
	line: string;
	file: string;
	args: readonly string[];
	wasDockerRun: boolean;
	/** Whether the terminal should echo typed keys while the command has it (false: a container with a terminal shows them itself). */
	echo: boolean;
	/** Runs the command on the terminal with the pipeline's runner; call it once the terminal is free. */
	run(): Promise<CommandOutcome>;
};

export type PipelinePolicy = {
	/** A command that deletes data: ask (`answer()`), refuse after printing the preview, or run it after printing it. */
	loss: 'ask' | 'refuse' | 'yes';
	/** A command that needs the terminal: hand it over (`handOver` option), or refuse it. `!` lines then run piped. */
	terminal: 'hand-over' | 'refuse';
	/** A refused line is left in the prompt (not echoed) to be fixed; else it is echoed and told, as a shell does. */
	keepRefusedLines: boolean;
	/** A refused line with an obvious fix (`sudo docker ...`: sudo dropped) puts the fixed line in the prompt. */
	offerCorrections?: boolean;
};

export type TranscriptWriter = (text: string, stream: OutputStream) => void;

export type CommandPipelineOptions = {
	session: Session;
	runner: CommandRunner;
	policy: PipelinePolicy;
	/** Required with `policy.terminal: 'hand-over'`: frees the terminal, runs `request.run()`, takes it back. */
	handOver?: (request: HandOverRequest) => Promise<CommandOutcome>;
	/** Where text goes; default the session's transcript (whatever the stream). */
	write?: TranscriptWriter;
	/** Output in whole lines, batched (for Ink); false: chunks written as they come, each to its stream. */
	bufferOutput?: boolean;
	clearScreen?: () => void;
	/** Remove title changes and clipboard writes (OSC 0/1/2/52) from piped output (`--strip-osc`). */
	stripOsc?: boolean;
	/**
	After each piped command, put the terminal modes back as the front end uses
	them (a command may have turned on the mouse, the keypad, the alternate
	screen...) and say which ones it changed. Absent: output does not go to a
	terminal, nothing is restored.
	*/
	restoreTerminal?: {bracketedPaste: boolean; cursorVisible: boolean};
	/** What a line would delete; default `previewLoss(session, explanation)`. */
	checkLoss?: (explanation: Explanation) => Promise<LossPreview | undefined>;
};

export type PipelinePhase =
	/** The prompt is usable: nothing runs, or a builtin, an echo or a narration is under way (`isBusy()`). */
	| {kind: 'prompt'}
	/** Reading what a destructive command would delete; Ctrl-C cancels. */
	| {kind: 'checking'; line: string}
	| {kind: 'confirming'; line: string; preview: LossPreview}
	| {kind: 'running'; line: string; file: string; args: readonly string[]; startedAt: number; interrupting: boolean}
	/** The terminal is handed over to a command. */
	| {kind: 'terminal'; request: HandOverRequest}
	| {kind: 'quitting'};

/** What `submit` did: only `taken` and `queued` mean the prompt should be cleared. */
export type SubmitResult = 'taken' | 'queued' | 'kept' | 'continue';

/**
What happens, in order (see docs/pipeline.md). For one piped docker line:
`echoed, planned, [question, answered], started, output*, ended, done, narrated, idle`.
*/
export type PipelineEvent =
	| {type: 'queued'; lines: string[]}
	| {type: 'echoed'; line: string}
	| {type: 'planned'; line: string; plan: LinePlan}
	| {type: 'refused'; line: string; lines: string[]; reason: 'line' | 'terminal' | 'loss'; kept: boolean}
	| {type: 'question'; line: string; preview: LossPreview}
	| {type: 'answered'; line: string; yes: boolean; by: 'user' | 'policy'}
	| {type: 'cancelled'; line: string; reason: 'interrupt' | 'declined'}
	| {type: 'started'; line: string; file: string; args: readonly string[]; terminal: boolean}
	| {type: 'output'; text: string; stream: OutputStream}
	| {type: 'ended'; line: string; outcome: CommandOutcome; summary: OutcomeSummary}
	| {type: 'builtin'; line: string; name: BuiltinName; args: string[]}
	| {type: 'message'; lines: readonly string[]; level: MessageLevel}
	| {type: 'done'; line: string}
	| {type: 'narrated'; lines: string[]; before?: DockerState; after?: DockerState; error?: string}
	| {type: 'idle'}
	| {type: 'quit'};

export type PipelineEventType = PipelineEvent['type'];
export type EventOf<T extends PipelineEventType> = Extract<PipelineEvent, {type: T}>;
