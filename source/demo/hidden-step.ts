import {runPiped} from '../docker/run-command.js';
import {classifyLine} from '../line/classify.js';

export type HiddenOutcome = {kind: 'done'; output: string; exitCode: number | undefined} | {kind: 'not-runnable'} | {kind: 'failed'; reason: string};

type HiddenOptions = {docker: string; shell: string; env: NodeJS.ProcessEnv; cwd: string; timeoutMs: number};

/**
Runs a hidden step outside the REPL (set-up and clean-up nobody should watch):
a docker line with the docker binary, a `!` line with the shell. A failing
command is not an error here (removing what is not there is fine); its output
is returned for `expect`.
*/
export async function runHiddenStep(line: string, {docker, shell, env, cwd, timeoutMs}: HiddenOptions): Promise<HiddenOutcome> {
	const classified = classifyLine(line, {env, home: env['HOME'] ?? '/'});
	let file: string;
	let args: string[];
	if (classified.kind === 'docker' && classified.problems.length === 0 && classified.args.length > 0) {
		file = docker;
		args = classified.args;
	} else if (classified.kind === 'host') {
		file = shell;
		args = ['-c', classified.command];
	} else {
		return {kind: 'not-runnable'};
	}

	let output = '';
	const command = runPiped(file, args, {env, cwd, onOutput(text) {
		output += text;
	}});
	const timer = setTimeout(() => {
		command.interrupt();
	}, timeoutMs);
	const outcome = await command.done.finally(() => {
		clearTimeout(timer);
	});
	if (outcome.spawnError) {
		return {kind: 'failed', reason: outcome.spawnError.message};
	}

	return {kind: 'done', output, exitCode: outcome.exitCode};
}
