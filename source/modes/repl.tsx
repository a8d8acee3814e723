import {render} from 'ink';
import {createCommandRunner, type CommandOutcome} from '../docker/run-command.js';
import type {ReplOptions} from '../repl/session-context.js';
import {CommandPipeline, type HandOverRequest} from '../session/command-pipeline.js';
import {Session} from '../session/session.js';
import {restoreTerminalModes} from '../text/terminal-modes.js';
import {App} from '../ui/App.js';
import {FrameBarrier} from '../ui/frame-barrier.js';
import {FrameProbe} from '../ui/FrameProbe.js';
import {LiveFrame} from '../ui/live-frame.js';
import {TerminalWatch} from '../ui/terminal-size.js';
import {TerminalEcho} from '../docker/terminal-echo.js';
import {controlVariable} from '../demo/control-protocol.js';
import type {ReplControl} from '../demo/repl-control.js';

/** Moves the cursor up one line: over the blank line Ink leaves when it unmounts. */
const cursorUp = '\u001B[1A';

/** Ink's frame rate (its default). */
const inkMaxFps = 30;

/** Erases the screen and its scrollback, for `:clear`. */
const clearScreen = '\u001B[2J\u001B[3J\u001B[H';

type PendingHandOver = {request: HandOverRequest; resolve: (outcome: CommandOutcome) => void};

/**
The interactive REPL. Ink is unmounted while a command owns the terminal
(`run -it`, a password prompt, the user's shell) and mounted again after,
which gives the child a clean terminal and us a full, correct redraw. The
pipeline asks for the terminal through its hand-over port; the app leaves
when it sees the `terminal` phase, and this loop lends the terminal.
*/
export async function runRepl(options: ReplOptions): Promise<number> {
	// Raw before anything else: keys typed while dockwise starts wait, unechoed, for the prompt. A cooked
	// terminal would echo them over the first frame and keep only 4095 bytes of a line (a paste loses its end).
	// Ink takes raw mode over when it mounts; Node puts the terminal back if dockwise leaves before.
	if (process.stdin.isTTY) {
		process.stdin.setRawMode(true);
	}

	const session = await Session.open(options);
	let pending: PendingHandOver | undefined;
	const pipeline = new CommandPipeline({
		session,
		runner: createCommandRunner({env: options.env}),
		policy: {loss: 'ask', terminal: 'hand-over', keepRefusedLines: false, offerCorrections: true},
		stripOsc: options.stripOsc ?? false,
		// Ink hides the cursor and draws its own; bracketed paste is on at the prompt.
		restoreTerminal: {bracketedPaste: true, cursorVisible: false},
		async handOver(request) {
			return new Promise(resolve => {
				pending = {request, resolve};
			});
		},
		clearScreen() {
			session.transcript.write(clearScreen);
		},
	});
	session.commands = pipeline;
	session.transcript.width = () => process.stdout.columns || undefined;
	// Under `dockwise demo`: reports wait until Ink has drawn what they announce.
	const frames = new FrameBarrier();
	const control = await connectDemoControl(session, pipeline, options, frames);
	// In the bundle, Yoga's WebAssembly loads meanwhile; Ink lays out with it (scripts/yoga-layout.js).
	await (globalThis as {dockwiseYogaReady?: Promise<void>}).dockwiseYogaReady;
	// Before Ink's first render: its resize listener must come after this one.
	const terminal = new TerminalWatch(process.stdout);
	const echo = new TerminalEcho();
	try {
		for (;;) {
			// Recorded by `dockwise demo`: only the rows that changed are written (the same picture, a smaller cast).
			// The bundle gives Ink a row-diff writer for this (scripts/build.mjs, ui/row-diff-log.ts).
			// The row-diff writer does not start frames with log-update's erase: LiveFrame would take
			// everything it writes for one frame and erase the transcript above. A demo never resizes.
			terminal.liveFrame = new LiveFrame();
			const stdout = control === undefined ? terminal.followedStream() : process.stdout;
			const tree = control === undefined
				? <App session={session} pipeline={pipeline} terminal={terminal}/>
				: <><App session={session} pipeline={pipeline} terminal={terminal}/><FrameProbe barrier={frames}/></>;
			const instance = render(tree, {stdout, exitOnCtrlC: false, patchConsole: false, maxFps: inkMaxFps, incrementalRendering: control !== undefined, onRender: frames.rendered});
			await instance.waitUntilExit();
			process.stdout.write(cursorUp);
			const handOver = pending;
			pending = undefined;
			if (!handOver) {
				return 0;
			}

			// Stop reading the terminal, or keystrokes get split between us and the child.
			process.stdin.pause();
			await echo.set(handOver.request.echo);
			const outcome = await handOver.request.run();
			// Raw at once, before dockwise reads what the container left: keys pressed meanwhile wait unechoed
			// (no `^[[A` on the screen; TerminalEcho covers the moment docker gives the terminal back) and
			// reach the prompt once it is back.
			if (process.stdin.isTTY) {
				process.stdin.setRawMode(true);
			}

			// The child may have left the terminal in any mode (mouse on, keypad, paste off): put back ours.
			process.stdout.write(restoreTerminalModes({bracketedPaste: true, cursorVisible: true, altScreen: false}));
			// Mount again only once the pipeline has taken the terminal back, or the app would leave at once.
			const back = new Promise<void>(resolve => {
				const stop = pipeline.subscribe(() => {
					const phase = pipeline.getPhase();
					if (phase.kind !== 'terminal' || phase.request !== handOver.request) {
						stop();
						resolve();
					}
				});
			});
			handOver.resolve(outcome);
			await back;
		}
	} finally {
		// Ink has let go of the terminal (cooked mode): the echo is put back as the user had it.
		await echo.set(true);
		terminal.close();
		control?.close();
		await session.close();
	}
}

/** When `dockwise demo` drives this REPL: report what the pipeline does, show the captions asked for. */
async function connectDemoControl(session: Session, pipeline: CommandPipeline, options: ReplOptions, frames: FrameBarrier): Promise<ReplControl | undefined> {
	const socketPath = options.env[controlVariable];
	if (!socketPath) {
		return undefined;
	}

	const [{connectReplControl}, {formatCaption}, {isSettledForDemo}] = await Promise.all([import('../demo/repl-control.js'), import('../demo/caption-format.js'), import('../demo/repl-ready.js')]);
	const control = await connectReplControl({
		socketPath,
		async say(text) {
			await pipeline.whenIdle();
			session.transcript.write(formatCaption(text, process.stdout.columns || 80));
		},
		writeTerminal(text) {
			process.stdout.write(text);
		},
		async afterFrame() {
			await frames.next();
		},
	});
	if (!control) {
		return undefined;
	}

	pipeline.on(event => {
		control.forward(event);
	});
	let told = false;
	const check = () => {
		if (!told && isSettledForDemo(session.getSnapshot().engine, session.getDockerState())) {
			told = true;
			control.ready();
		}
	};

	session.subscribe(check);
	session.subscribeDockerState(check);
	check();
	return control;
}
