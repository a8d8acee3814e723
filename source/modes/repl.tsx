import {render} from 'ink';
import {runInTerminal} from '../docker/run-command.js';
import {replMessages} from '../repl/messages.js';
import {summarizeOutcome} from '../repl/outcome.js';
import type {ReplOptions} from '../repl/session-context.js';
import {App, type ExitRequest} from '../ui/App.js';
import {Session} from '../session/session.js';
import {formatOutcome} from '../session/transcript-format.js';
import {controlVariable} from '../demo/control-protocol.js';
import {demoEvent, setDemoTap} from '../demo/repl-tap.js';
import type {ReplControl} from '../demo/repl-control.js';

/** Moves the cursor up one line: over the blank line Ink leaves when it unmounts. */
const cursorUp = '\u001B[1A';

/**
The interactive REPL. Ink is unmounted while a command owns the terminal
(`run -it`, a password prompt, the user's shell) and mounted again after,
which gives the child a clean terminal and us a full, correct redraw.
*/
export async function runRepl(options: ReplOptions): Promise<number> {
	const session = await Session.open(options);
	const control = await connectDemoControl(session, options);
	try {
		for (;;) {
			let request: ExitRequest = {kind: 'quit'};
			const instance = render(<App session={session} onExitRequest={next => {
				request = next;
			}}/>, {exitOnCtrlC: false, patchConsole: false});
			// eslint-disable-next-line no-await-in-loop
			await instance.waitUntilExit();
			process.stdout.write(cursorUp);
			if (request.kind === 'quit') {
				return 0;
			}

			// Stop reading the terminal, or keystrokes get split between us and the child.
			process.stdin.pause();
			const {file, args, wasDockerRun, window} = request;
			// eslint-disable-next-line no-await-in-loop
			const outcome = await runInTerminal(file, args, {env: options.env});
			const t = replMessages(session.getSnapshot().lang);
			process.stdout.write(formatOutcome(summarizeOutcome(outcome, file, t, {wasDockerRun})));
			session.narrateAfter(window);
			void session.narration.then(() => {
				demoEvent({type: 'idle'});
			});
		}
	} finally {
		control?.close();
		await session.close();
	}
}

/** When `dockwise demo` drives this REPL: report what happens, show its captions. */
async function connectDemoControl(session: Session, options: ReplOptions): Promise<ReplControl | undefined> {
	const socketPath = options.env[controlVariable];
	if (!socketPath) {
		return undefined;
	}

	const [{connectReplControl}, {formatCaption}] = await Promise.all([import('../demo/repl-control.js'), import('../demo/caption-format.js')]);
	const control = await connectReplControl({
		socketPath,
		async say(text) {
			await session.narration;
			session.transcript.write(formatCaption(text, process.stdout.columns || 80));
		},
		writeTerminal(text) {
			process.stdout.write(text);
		},
	});
	if (!control) {
		return undefined;
	}

	setDemoTap(event => {
		control.forward(event);
	});
	// Ready once the engine answered and the volume panel has its first picture.
	const isReady = () => {
		const {engine} = session.getSnapshot();
		const state = session.getDockerState();
		return engine.state !== 'checking' && (engine.state !== 'ready' || (state.loaded && state.engine.kind === 'up'));
	};
	let told = false;
	const check = () => {
		if (!told && isReady()) {
			told = true;
			control.report({type: 'ready'});
		}
	};

	session.subscribe(check);
	session.subscribeDockerState(check);
	check();
	return control;
}
