import {createInterface} from 'node:readline';
import {runPiped} from '../docker/run-command.js';
import {createMemoryHistory} from '../history/history-store.js';
import {replMessages} from '../repl/messages.js';
import {summarizeOutcome} from '../repl/outcome.js';
import {planLine, type LinePlan} from '../repl/plan-line.js';
import type {ReplOptions} from '../repl/session-context.js';
import {formatLossPreview} from '../guard/index.js';
import {runBuiltin} from '../session/builtin-actions.js';
import {previewLoss} from '../session/preview-loss.js';
import {Session} from '../session/session.js';
import {terminalAfterCommand} from '../session/terminal-after-command.js';
import {formatEcho, formatMessage, formatOutcome} from '../session/transcript-format.js';
import {TerminalOutputGuard} from '../text/terminal-modes.js';

type PlainIo = {stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream};

/**
Line mode for a non-terminal stdin (`dockwise < script.txt`): each line is
echoed, then run as the REPL would, its output straight through, followed by
its status and what it changed. Nothing is saved to history. Resolves to the
exit code of the last command that failed (0 when none did).
*/
export async function runPlainMode(options: ReplOptions, io: PlainIo): Promise<number> {
	const session = new Session(options, createMemoryHistory());
	session.transcript.attach(text => io.stdout.write(text));
	session.startBackgroundWork();
	await session.tracker.start();
	let lastFailure = 0;
	let quitting = false;
	let pending = '';
	const t = () => replMessages(session.getSnapshot().lang);
	const say = (lines: readonly string[], level: 'info' | 'warning' | 'error' = 'info') => {
		(level === 'error' ? io.stderr : io.stdout).write(formatMessage(lines, level));
		if (level === 'error') {
			lastFailure = 2;
		}
	};

	const run = async (file: string, args: readonly string[], wasDockerRun: boolean) => {
		const window = session.tracker.beginCommand();
		const terminal = new TerminalOutputGuard({stripOsc: options.stripOsc ?? false});
		const command = runPiped(file, args, {
			env: options.env,
			onOutput(text, stream) {
				(stream === 'stdout' ? io.stdout : io.stderr).write(terminal.pass(text));
			},
		});
		const outcome = await command.done;
		io.stdout.write(terminal.end());
		const after = terminalAfterCommand(terminal, {lang: session.getSnapshot().lang, bracketedPaste: false, cursorVisible: true});
		if ((io.stdout as {isTTY?: boolean}).isTTY && options.env['TERM'] !== 'dumb') {
			io.stdout.write(after.restore);
			if (after.message.length > 0) {
				say(after.message, 'warning');
			}
		}

		const summary = summarizeOutcome(outcome, file, t(), {wasDockerRun});
		io.stdout.write(formatOutcome(summary));
		if (!summary.ok) {
			lastFailure = summary.exitCode;
		}

		session.narrateAfter(window);
		await session.narration;
	};

	const perform = async (line: string, plan: LinePlan) => {
		switch (plan.kind) {
			case 'nothing':
			case 'continue': {
				break;
			}

			case 'refuse': {
				say(plan.lines, 'error');
				break;
			}

			case 'host': {
				await run(options.shell, ['-c', plan.command], false);
				break;
			}

			case 'docker': {
				if (plan.terminal) {
					// Without a terminal, `-t` fails, docker's questions read nothing and `stats` never ends.
					say([t()('plainInteractive', {line: line.trim()})], 'error');
					break;
				}

				const preview = await previewLoss(session, plan.explanation);
				if (preview) {
					say(formatLossPreview(preview, {lang: session.getSnapshot().lang}), 'warning');
					if (!options.assumeYes) {
						say([t()('plainRefusedLoss')], 'error');
						break;
					}

					say([t()('plainConfirmedLoss')]);
				}

				const args = preview?.confirmedArgs ?? plan.args;
				await run(options.docker, args, plan.explanation.command === 'container run');
				break;
			}

			case 'builtin': {
				await runBuiltin(plan.name, plan.args, {
					session,
					t: t(),
					say,
					clearScreen() {},
					quit() {
						quitting = true;
					},
				});
				break;
			}
		}
	};

	const lines = createInterface({input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY, terminal: false});
	try {
		for await (const rawLine of lines) {
			const line = pending === '' ? rawLine : `${pending}\n${rawLine}`;
			io.stdout.write(pending === '' ? formatEcho(options.prompt, rawLine) : formatEcho('> ', rawLine));
			const plan = planLine(line, session.explainOptions(), t());
			if (plan.kind === 'continue') {
				pending = line;
				continue;
			}

			pending = '';
			await perform(line, plan);
			if (quitting) {
				break;
			}
		}
		if (pending !== '') {
			say([t()('unfinishedLine')], 'error');
		}
	} finally {
		lines.close();
		await session.close();
	}

	return lastFailure;
}
