import {render} from 'ink';
import {runInTerminal} from '../docker/run-command.js';
import {replMessages} from '../repl/messages.js';
import {summarizeOutcome} from '../repl/outcome.js';
import type {ReplOptions} from '../repl/session-context.js';
import {App, type ExitRequest} from '../ui/App.js';
import {Session} from '../session/session.js';
import {formatOutcome} from '../session/transcript-format.js';
import {restoreTerminalModes} from '../text/terminal-modes.js';

/** Moves the cursor up one line: over the blank line Ink leaves when it unmounts. */
const cursorUp = '\u001B[1A';

/**
The interactive REPL. Ink is unmounted while a command owns the terminal
(`run -it`, a password prompt, the user's shell) and mounted again after,
which gives the child a clean terminal and us a full, correct redraw.
*/
export async function runRepl(options: ReplOptions): Promise<number> {
	const session = await Session.open(options);
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
			// The child may have left the terminal in any mode (mouse on, keypad, paste off): put back ours.
			process.stdout.write(restoreTerminalModes({bracketedPaste: true, cursorVisible: true, altScreen: false}));
			const t = replMessages(session.getSnapshot().lang);
			process.stdout.write(formatOutcome(summarizeOutcome(outcome, file, t, {wasDockerRun})));
			session.narrateAfter(window);
		}
	} finally {
		await session.close();
	}
}
