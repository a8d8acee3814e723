import {execa, type Options} from 'execa';
import {onExit} from 'signal-exit';

const live = new Set<{kill(signal?: NodeJS.Signals): boolean}>();
let exitHookInstalled = false;

/**
Runs a docker process dockwise needs for itself (the events stream, state
queries, help, versions) in its own process group: a Ctrl-C typed while the
user's `!command` or docker's own question owns the terminal then reaches only
that command, not them. Being detached, they would outlive dockwise, so every
one still running is killed when dockwise exits, however it exits.
*/
export function execaInBackground<OptionsType extends Options>(file: string, args: readonly string[], options: OptionsType) {
	installExitHook();
	const subprocess = execa(file, args, {...options, detached: true, stdin: 'ignore'} as const);
	const handle = {
		kill(signal?: NodeJS.Signals) {
			// Its own process group: what it started (a wrapper script's children) goes with it.
			try {
				return subprocess.pid === undefined ? false : process.kill(-subprocess.pid, signal);
			} catch {
				return subprocess.kill(signal);
			}
		},
	};
	live.add(handle);
	const forget = () => live.delete(handle);
	subprocess.then(forget, forget);
	return subprocess;
}

function installExitHook(): void {
	if (exitHookInstalled) {
		return;
	}

	exitHookInstalled = true;
	onExit(() => {
		for (const subprocess of live) {
			subprocess.kill('SIGTERM');
		}
	}, {alwaysLast: true});
}

/** Ends every background process still running now (quitting without waiting for a hung docker). */
export function killBackgroundProcesses(signal: NodeJS.Signals = 'SIGKILL'): void {
	for (const subprocess of live) {
		subprocess.kill(signal);
	}
}
