import type {IPty} from '@lydell/node-pty';

export type PseudoTerminal = {
	write(data: string): void;
	onData(listener: (data: string) => void): void;
	exited: Promise<{exitCode: number; signal?: number}>;
	kill(): void;
};

type SpawnOptions = {columns: number; rows: number; env: Record<string, string>; cwd: string};

/** Whether node-pty can be loaded: `missing` when not installed, `broken` (with the reason) when its native part fails. */
export type PseudoTerminalSupport = {kind: 'ready'} | {kind: 'missing'} | {kind: 'broken'; reason: string};

/**
node-pty is native, so it is not bundled and not a dependency of the
published package (installing dockwise fetches nothing): `dockwise demo`
checks it is there, next to dockwise, before it starts.
*/
export async function pseudoTerminalSupport(): Promise<PseudoTerminalSupport> {
	try {
		await import('@lydell/node-pty');
		return {kind: 'ready'};
	} catch (error) {
		const code = (error as {code?: unknown} | undefined)?.code;
		// Its own package or its platform's binary package (a CommonJS require inside it).
		if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((error as Error).message).includes('@lydell/node-pty')) {
			return {kind: 'missing'};
		}

		return {kind: 'broken', reason: error instanceof Error ? error.message.split('\n')[0]! : String(error)};
	}
}

/**
Starts a program in a pseudo-terminal of a given size (the demo player runs
the REPL there). node-pty is loaded only here, so the REPL itself never pays
for its native module.
*/
export async function spawnInPseudoTerminal(file: string, args: readonly string[], {columns, rows, env, cwd}: SpawnOptions): Promise<PseudoTerminal> {
	const {default: pty} = await import('@lydell/node-pty');
	const child: IPty = pty.spawn(file, [...args], {name: 'xterm-256color', cols: columns, rows, cwd, env});
	const exited = new Promise<{exitCode: number; signal?: number}>(resolve => {
		child.onExit(resolve);
	});
	return {
		write(data) {
			child.write(data);
		},
		onData(listener) {
			child.onData(listener);
		},
		exited,
		kill() {
			try {
				child.kill();
			} catch {
				// Already gone.
			}
		},
	};
}
