import type {CommandOutcome} from '../docker/run-command.js';
import {formatDuration} from './format-duration.js';
import type {ReplTranslate} from './messages.js';

export type OutcomeSummary = {ok: boolean; lines: string[]; exitCode: number};

/** What to tell the user once a command ended, and the exit code it stands for. */
export function summarizeOutcome(outcome: CommandOutcome, file: string, t: ReplTranslate, {wasDockerRun}: {wasDockerRun: boolean}): OutcomeSummary {
	const duration = formatDuration(outcome.durationMs);
	if (outcome.spawnError) {
		const key = outcome.spawnError.code === 'not-found' ? 'notFound' : (outcome.spawnError.code === 'not-executable' ? 'notExecutable' : 'spawnFailed');
		return {ok: false, lines: [t(key, {file, message: outcome.spawnError.message})], exitCode: 127};
	}

	if (outcome.interrupted) {
		const lines = [t('interruptedStatus', {duration})];
		if (wasDockerRun && outcome.signal && outcome.signal !== 'SIGINT') {
			lines.push(t('interruptedRunHint'));
		}

		return {ok: false, lines, exitCode: 130};
	}

	if (outcome.signal) {
		return {ok: false, lines: [t('signalStatus', {signal: outcome.signal, duration})], exitCode: 128 + signalNumber(outcome.signal)};
	}

	const exitCode = outcome.exitCode ?? 1;
	return {ok: exitCode === 0, lines: [t('exitStatus', {code: exitCode, duration})], exitCode};
}

const signalNumbers: Record<string, number> = {SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15};

function signalNumber(signal: string): number {
	return signalNumbers[signal] ?? 0;
}
