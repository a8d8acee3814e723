import {createInterface} from 'node:readline';
import {runPiped} from '../docker/run-command.js';
import {isLang} from '../i18n/catalogue.js';
import {builtins, type BuiltinName} from '../repl/builtins.js';
import {replMessages, type ReplTranslate} from '../repl/messages.js';
import {summarizeOutcome} from '../repl/outcome.js';
import {planLine, type LinePlan} from '../repl/plan-line.js';
import {isRunCommand, type ReplOptions} from '../repl/session-context.js';

type PlainIo = {stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream};

/**
Line mode for a non-terminal stdin (`dockwise < script.txt`): each line is
echoed, then run exactly as the REPL would, output straight through. Resolves
to the exit code of the last command that failed (0 when none did).
*/
export async function runPlainMode(options: ReplOptions, io: PlainIo): Promise<number> {
	let t: ReplTranslate = replMessages(options.lang);
	let lastFailure = 0;
	let pending = '';
	const say = (text: string) => io.stdout.write(`${text}\n`);
	const complain = (text: string) => io.stderr.write(`${text}\n`);

	const run = async (file: string, args: readonly string[], wasDockerRun: boolean) => {
		const command = runPiped(file, args, {
			env: options.env,
			onOutput(text, stream) {
				(stream === 'stdout' ? io.stdout : io.stderr).write(text);
			},
		});
		const summary = summarizeOutcome(await command.done, file, t, {wasDockerRun});
		for (const line of summary.lines) {
			say(`[${line}]`);
		}

		if (!summary.ok) {
			lastFailure = summary.exitCode;
		}
	};

	const performBuiltin = (name: BuiltinName, args: string[]): 'quit' | undefined => {
		switch (name) {
			case 'quit': {
				return 'quit';
			}

			case 'lang': {
				const [lang] = args;
				if (lang && isLang(lang)) {
					t = replMessages(lang);
					say(t('langSet'));
				} else {
					complain(lang ? t('langUnknown', {lang}) : t('builtinUsage', {usage: t('langUsage')}));
					lastFailure = 2;
				}

				return undefined;
			}

			case 'help': {
				say(t('helpTitle'));
				say(t('helpLines'));
				say(t('helpBuiltins'));
				for (const builtin of builtins) {
					say(`  ${builtin.usage.padEnd(16)} ${t(builtin.summary)}`);
				}

				return undefined;
			}

			case 'clear':
			case 'history': {
				// Without a terminal there is no screen to clear and no history is kept.
				return undefined;
			}
		}
	};

	const perform = async (plan: LinePlan, line: string): Promise<'quit' | undefined> => {
		switch (plan.kind) {
			case 'nothing':
			case 'continue': {
				return undefined;
			}

			case 'refuse': {
				for (const text of plan.lines) {
					complain(text);
				}

				lastFailure = 2;
				return undefined;
			}

			case 'host': {
				await run(options.shell, ['-c', plan.command], false);
				return undefined;
			}

			case 'docker': {
				if (plan.terminal) {
					complain(t('plainInteractive', {line: line.trim()}));
				}

				await run(options.docker, plan.args, isRunCommand(plan.args));
				return undefined;
			}

			case 'builtin': {
				return performBuiltin(plan.name, plan.args);
			}
		}
	};

	const lines = createInterface({input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY, terminal: false});
	for await (const rawLine of lines) {
		const line = pending === '' ? rawLine : `${pending}\n${rawLine}`;
		say(`${pending === '' ? options.prompt : '> '}${rawLine}`);
		const plan = planLine(line, {env: options.env, home: options.home}, t);
		if (plan.kind === 'continue') {
			pending = line;
			continue;
		}

		pending = '';
		if (await perform(plan, line) === 'quit') {
			break;
		}
	}

	lines.close();
	return lastFailure;
}
