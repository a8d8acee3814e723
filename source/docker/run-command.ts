import {execa, type ResultPromise} from 'execa';

export type CommandOutcome = {
	exitCode: number | undefined;
	/** Set when the process ended from a signal (after an interrupt, say). */
	signal: string | undefined;
	durationMs: number;
	/** True when the user interrupted it. */
	interrupted: boolean;
	/** Set when the program could not be started at all. */
	spawnError: {code: 'not-found' | 'not-executable' | 'other'; message: string} | undefined;
};

export type OutputStream = 'stdout' | 'stderr';

export type PipedCommand = {
	done: Promise<CommandOutcome>;
	/** SIGINT now; SIGTERM, then SIGKILL, if it does not end (see `interruptSchedule`). */
	interrupt(): void;
};

/** Delays after the first Ctrl-C before escalating: docker's CLI forwards SIGINT to the container, whose PID 1 may ignore it. */
export const interruptSchedule = {termAfterMs: 1500, killAfterMs: 3000} as const;

/** Commands the user ran that are still going (piped or on the terminal): ended with dockwise. */
const foreground = new Set<ResultPromise>();

function track(child: ResultPromise): void {
	foreground.add(child);
	const forget = () => foreground.delete(child);
	child.then(forget, forget);
}

/**
When dockwise itself is told to stop (SIGTERM, SIGHUP): passes the signal on to
the user's commands still running, then kills those that are still there after
`graceMs` (the docker client forwards SIGTERM to the container and keeps
waiting, so it would otherwise outlive us). Resolves once they are gone.
*/
export async function endForegroundCommands(signal: NodeJS.Signals, graceMs = 2000): Promise<void> {
	const children = [...foreground];
	if (children.length === 0) {
		return;
	}

	for (const child of children) {
		child.kill(signal);
	}

	let timer: NodeJS.Timeout | undefined;
	const ended = await Promise.race([Promise.allSettled(children).then(() => true), new Promise<boolean>(resolve => {
		timer = setTimeout(resolve, graceMs, false);
	})]);
	clearTimeout(timer);
	if (!ended) {
		for (const child of children) {
			child.kill('SIGKILL');
		}

		await Promise.allSettled(children);
	}
}

type RunOptions = {
	env: NodeJS.ProcessEnv;
	cwd?: string;
};

/**
Runs a program with its output piped back to us chunk by chunk; nothing is
kept here, so memory stays bounded whatever the output size. Stdin is closed:
commands that read it are run with `runInTerminal` instead.
*/
export function runPiped(file: string, args: readonly string[], options: RunOptions & {onOutput: (text: string, stream: OutputStream) => void}): PipedCommand {
	const started = performance.now();
	let interrupted = false;
	const timers: NodeJS.Timeout[] = [];
	const child = execa(file, args, {
		env: options.env,
		cwd: options.cwd,
		stdin: 'ignore',
		buffer: false,
		reject: false,
		encoding: 'utf8',
	});

	track(child);
	child.stdout?.setEncoding('utf8');
	child.stderr?.setEncoding('utf8');
	child.stdout?.on('data', (text: string) => {
		options.onOutput(text, 'stdout');
	});
	child.stderr?.on('data', (text: string) => {
		options.onOutput(text, 'stderr');
	});

	const done = settle(child, started, () => interrupted).finally(() => {
		for (const timer of timers) {
			clearTimeout(timer);
		}
	});

	return {
		done,
		interrupt() {
			if (interrupted) {
				child.kill('SIGKILL');
				return;
			}

			interrupted = true;
			child.kill('SIGINT');
			timers.push(
				setTimeout(() => child.kill('SIGTERM'), interruptSchedule.termAfterMs),
				setTimeout(() => child.kill('SIGKILL'), interruptSchedule.killAfterMs),
			);
		},
	};
}

/**
Runs a program on our terminal (stdio inherited): `docker run -it`, prompts,
the user's shell. The caller must have released the terminal first. A Ctrl-C
typed meanwhile goes to the child; we ignore the SIGINT the terminal sends us too.
*/
export async function runInTerminal(file: string, args: readonly string[], options: RunOptions): Promise<CommandOutcome> {
	const started = performance.now();
	const ignore = () => {};
	process.on('SIGINT', ignore);
	try {
		const child = execa(file, args, {env: options.env, cwd: options.cwd, stdio: 'inherit', reject: false});
		track(child);
		return await settle(child, started, () => false);
	} finally {
		process.off('SIGINT', ignore);
	}
}

async function settle(child: ResultPromise, started: number, wasInterrupted: () => boolean): Promise<CommandOutcome> {
	const result = await child;
	const durationMs = performance.now() - started;
	if (result.failed && result.exitCode === undefined && !result.signal) {
		const code = result.code === 'ENOENT' ? 'not-found' : (result.code === 'EACCES' ? 'not-executable' : 'other');
		return {exitCode: undefined, signal: undefined, durationMs, interrupted: false, spawnError: {code, message: result.shortMessage ?? String(result.message)}};
	}

	return {exitCode: result.exitCode, signal: result.signal, durationMs, interrupted: wasInterrupted(), spawnError: undefined};
}

/**
How the command pipeline starts processes (a port, so its tests can fake it):
piped, output handed back chunk by chunk, or on our terminal.
*/
export type CommandRunner = {
	runPiped(file: string, args: readonly string[], onOutput: (text: string, stream: OutputStream) => void): PipedCommand;
	runInTerminal(file: string, args: readonly string[]): Promise<CommandOutcome>;
};

/** The real runner: every process gets the session's environment. */
export function createCommandRunner(options: RunOptions): CommandRunner {
	return {
		runPiped: (file, args, onOutput) => runPiped(file, args, {...options, onOutput}),
		runInTerminal: async (file, args) => runInTerminal(file, args, options),
	};
}
