import {createInterface} from 'node:readline';
import {createCommandRunner} from '../docker/run-command.js';
import {createMemoryHistory} from '../history/history-store.js';
import {replMessages} from '../repl/messages.js';
import type {ReplOptions} from '../repl/session-context.js';
import {CommandPipeline} from '../session/command-pipeline.js';
import {Session} from '../session/session.js';

type PlainIo = {stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream};

/**
Line mode for a non-terminal stdin (`dockwise < script.txt`): each line is
echoed, then run as the REPL would, its output straight through, followed by
its status and what it changed. Nothing is saved to history. Commands that need
a terminal are refused, and so are those that delete data unless `--yes`.
Resolves to the exit code of the last command that failed (0 when none did).
*/
export async function runPlainMode(options: ReplOptions, io: PlainIo): Promise<number> {
	const session = new Session(options, createMemoryHistory());
	session.transcript.attach(text => io.stdout.write(text));
	session.startBackgroundWork();
	await session.tracker.start();
	const pipeline = new CommandPipeline({
		session,
		runner: createCommandRunner({env: options.env}),
		policy: {loss: options.assumeYes ? 'yes' : 'refuse', terminal: 'refuse', keepRefusedLines: false},
		write(text, stream) {
			(stream === 'stdout' ? io.stdout : io.stderr).write(text);
		},
		bufferOutput: false,
		stripOsc: options.stripOsc ?? false,
		// Only a terminal has modes to put back (a dumb one understands none of it).
		...(isTty(io.stdout) && options.env['TERM'] !== 'dumb' ? {restoreTerminal: {bracketedPaste: false, cursorVisible: true}} : {}),
	});
	let lastFailure = 0;
	pipeline.on(event => {
		if (event.type === 'message' && event.level === 'error') {
			lastFailure = 2;
		} else if (event.type === 'ended' && !event.summary.ok) {
			lastFailure = event.summary.exitCode;
		}
	});

	let pending = '';
	const lines = createInterface({input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY, terminal: false});
	try {
		for await (const rawLine of lines) {
			const line = pending === '' ? rawLine : `${pending}\n${rawLine}`;
			if (pipeline.submit(line) === 'continue') {
				pending = line;
				continue;
			}

			pending = '';
			await pipeline.whenIdle();
			if (pipeline.quitRequested) {
				break;
			}
		}

		if (pending !== '') {
			pipeline.echo(pending);
			pipeline.say([replMessages(session.getSnapshot().lang)('unfinishedLine')], 'error');
		}
	} finally {
		lines.close();
		await session.close();
	}

	return lastFailure;
}

function isTty(stream: NodeJS.WritableStream): boolean {
	return (stream as {isTTY?: boolean}).isTTY === true;
}
