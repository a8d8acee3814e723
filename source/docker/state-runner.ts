import {ownFailureReasons} from '../state/failure-reason.js';
import {execaInBackground} from './background.js';

export type DockerRunResult = {
	ok: boolean;
	stdout: string;
	stderr: string;
	exitCode?: number;
	/** Why it failed, in docker's own words (its last stderr line), or '' when it worked. */
	reason: string;
};

export type DockerStream = {
	/** Resolves (never rejects) when the process has ended, for whatever reason. */
	ended: Promise<{exitCode?: number; reason: string}>;
	stop(): void;
};

export type RunOptions = {
	timeoutMs?: number;
	signal?: AbortSignal;
};

/**
The single door through which the state tracker runs docker: one binary, one
environment (so DOCKER_HOST, DOCKER_CONTEXT and DOCKER_CONFIG apply), argument
arrays only, and a count of the processes started (benchmarks read it).
*/
export type DockerRunner = {
	readonly binary: string;
	readonly env: Readonly<Record<string, string | undefined>>;
	run(args: readonly string[], options?: RunOptions): Promise<DockerRunResult>;
	/** Starts a long-running command and hands its stdout over line by line, in batches. */
	stream(args: readonly string[], onLines: (lines: string[]) => void): DockerStream;
	readonly spawnCount: number;
};

export type DockerRunnerOptions = {
	/** The docker CLI to run (`--docker PATH`); default `docker` from PATH. */
	binary?: string;
	/** Environment of every docker process; default this process's. */
	env?: Readonly<Record<string, string | undefined>>;
	/** Called before each process starts. */
	onSpawn?: (args: readonly string[]) => void;
};

/** Output kept from a stream's stderr to explain why it ended. */
const stderrTail = 4096;

export function createDockerRunner({binary = 'docker', env = process.env, onSpawn}: DockerRunnerOptions = {}): DockerRunner {
	let spawnCount = 0;
	const spawned = (args: readonly string[]) => {
		spawnCount++;
		onSpawn?.(args);
	};

	const common = {
		env: {...env},
		extendEnv: false,
		reject: false,
		stdin: 'ignore',
		windowsHide: true,
	} as const;

	return {
		binary,
		env,
		get spawnCount() {
			return spawnCount;
		},
		async run(args, {timeoutMs, signal} = {}) {
			spawned(args);
			const result = await execaInBackground(binary, [...args], {
				...common,
				maxBuffer: 512 * 1024 * 1024,
				...(timeoutMs === undefined ? {} : {timeout: timeoutMs}),
				...(signal ? {cancelSignal: signal} : {}),
			});
			const ok = !result.failed;
			return {
				ok,
				stdout: typeof result.stdout === 'string' ? result.stdout : '',
				stderr: typeof result.stderr === 'string' ? result.stderr : '',
				...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
				reason: ok ? '' : failureReason(result),
			};
		},
		stream(args, onLines) {
			spawned(args);
			const subprocess = execaInBackground(binary, [...args], {...common, buffer: false});
			let pending = '';
			let errors = '';
			subprocess.stdout.setEncoding('utf8');
			subprocess.stdout.on('data', (chunk: string) => {
				pending += chunk;
				const lines = pending.split('\n');
				pending = lines.pop() ?? '';
				if (lines.length > 0) {
					onLines(lines);
				}
			});
			subprocess.stderr.setEncoding('utf8');
			subprocess.stderr.on('data', (chunk: string) => {
				errors = (errors + chunk).slice(-stderrTail);
			});
			const ended = subprocess.then(result => {
				if (pending) {
					onLines([pending]);
					pending = '';
				}

				return {
					...(result.exitCode === undefined ? {} : {exitCode: result.exitCode}),
					reason: lastLine(errors) || (result.failed ? failureReason(result) : ownFailureReasons.streamEnded),
				};
			});
			return {
				ended,
				stop() {
					subprocess.kill();
				},
			};
		},
	};
}

type FailedResult = {stderr?: unknown; shortMessage?: string; code?: string; timedOut?: boolean; isCanceled?: boolean};

function failureReason(result: FailedResult): string {
	if (result.code === 'ENOENT') {
		return ownFailureReasons.notFound;
	}

	if (result.timedOut) {
		return ownFailureReasons.timeout;
	}

	const fromDocker = typeof result.stderr === 'string' ? lastLine(result.stderr) : '';
	return fromDocker || ownFailureReasons.failed;
}

/** The last meaningful stderr line (docker ends usage errors with a `Run 'docker x --help'` hint). */
function lastLine(text: string): string {
	return text.split('\n')
		.map(line => line.trim())
		.filter(line => line !== '' && !/^(?:run|see) '.*--help'/i.test(line))
		.at(-1) ?? '';
}
