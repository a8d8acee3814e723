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
import {formatEcho, formatElsewhere, formatMessage, formatOutcome} from '../session/transcript-format.js';

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

	const run = async (file: string, args: readonly string[], wasDockerRun: boolean, plan?: Extract<LinePlan, {kind: 'docker'}>) => {
		const tracked = session.beginCommand(plan ? {kind: 'docker', args, explanation: plan.explanation, argStarts: args === plan.args ? plan.argStarts : []} : {kind: 'other'});
		const rewrite = session.describeRewrite(tracked);
		if (rewrite.length > 0) {
			io.stdout.write(rewrite.map(line => formatElsewhere(line)).join(''));
		}

		const command = runPiped(file, tracked.args.length > 0 || plan ? tracked.args : args, {
			env: options.env,
			onOutput(text, stream) {
				(stream === 'stdout' ? io.stdout : io.stderr).write(text);
			},
		});
		const outcome = await command.done;
		const extra = await session.settleAfterRun(tracked, outcome);
		const summary = summarizeOutcome(outcome, file, t(), {wasDockerRun});
		io.stdout.write(formatOutcome({...summary, lines: [...summary.lines, ...extra]}));
		if (!summary.ok) {
			lastFailure = summary.exitCode;
		}

		await session.narrateAfter(tracked);
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
				await run(options.docker, args, plan.explanation.command === 'container run', plan);
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
