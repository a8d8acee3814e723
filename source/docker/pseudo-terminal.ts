import type {IPty} from '@lydell/node-pty';

export type PseudoTerminal = {
	write(data: string): void;
	onData(listener: (data: string) => void): void;
	exited: Promise<{exitCode: number; signal?: number}>;
	kill(): void;
};

type SpawnOptions = {columns: number; rows: number; env: Record<string, string>; cwd: string};

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
