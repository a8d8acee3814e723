import path from 'node:path';

export type HistoryPathContext = {
	env: Readonly<Record<string, string | undefined>>;
	home: string;
};

/**
Where the history lives: `DOCKWISE_HISTORY_FILE` when set, else
`$XDG_STATE_HOME/dockwise/history`, else `~/.local/state/dockwise/history`.
A relative `XDG_STATE_HOME` is ignored, as the XDG specification asks.
*/
export function historyFilePath({env, home}: HistoryPathContext): string {
	const override = env['DOCKWISE_HISTORY_FILE'];
	if (override) {
		return path.resolve(override);
	}

	const stateHome = env['XDG_STATE_HOME'];
	const base = stateHome && path.isAbsolute(stateHome) ? stateHome : path.join(home, '.local', 'state');
	return path.join(base, 'dockwise', 'history');
}
