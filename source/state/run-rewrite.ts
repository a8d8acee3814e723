import {parseGoBool} from '../explain/go-values.js';
import type {Explanation, ExplainedToken} from '../explain/types.js';

/**
Label on a container dockwise runs without `--rm` and removes itself once it has
read what the container leaves behind. Its value names the dockwise process
(`pid@host`), so a container left by a dockwise that died is found and removed.
*/
export const pendingRmLabel = 'dockwise.pending-rm';

export type RunRewrite = {
	/** What really runs. */
	args: string[];
	/** `--rm` was taken out: dockwise removes the container (`rm -v`) after reading it. */
	pendingRm: boolean;
	/** Where docker's client writes the new container's id: ours, or the one the user gave (relative to the working folder). */
	cidfile: string;
};

export type RewriteContext = {
	/** `pid@host` of this dockwise. */
	owner: string;
	/** A path that does not exist yet, for `--cidfile`. */
	cidfile: string;
};

/**
How a `docker run`/`docker create` typed at the prompt is really run, so that
what it does can be told exactly:
- `--cidfile` is added (docker's client writes the id there), unless given;
- for a foreground `run --rm`, `--rm` is replaced by the `pendingRmLabel`
  label: dockwise reads the stopped container's changes, then removes it with
  its anonymous volumes, which is what `--rm` does. Detached runs (dockwise may
  be gone when they stop) and `--restart` (which docker refuses with `--rm`)
  keep `--rm`.
`argStarts[i]` is where `args[i]` starts in the line (as explanation tokens count).
Returns undefined when nothing changes.
*/
export function planRunRewrite(explanation: Explanation, args: readonly string[], argStarts: readonly number[], context: RewriteContext): RunRewrite | undefined {
	const {command, tokens, errors} = explanation;
	if ((command !== 'container run' && command !== 'container create') || errors.length > 0 || args.length !== argStarts.length) {
		return undefined;
	}

	if (tokens.some(token => token.role === 'flag' && (token.flag === '--help'))) {
		return undefined;
	}

	const argOf = (token: ExplainedToken) => argStarts.findLastIndex(start => start <= token.start);
	const lastCommand = tokens.findLast(token => token.role === 'command');
	if (!lastCommand) {
		return undefined;
	}

	const insertAt = argOf(lastCommand) + 1;
	const userCidfile = tokens.findLast(token => token.role === 'value' && token.flag === '--cidfile')?.value;
	const rmArgs = tokens.filter(token => token.role === 'flag' && token.flag === '--rm').map(argOf);
	const rmOn = rmArgs.reduce((on, index) => {
		const text = args[index] ?? '';
		if (text === '--rm') {
			return true;
		}

		const value = text.startsWith('--rm=') ? text.slice(5) : undefined;
		return (value === undefined ? undefined : parseGoBool(value)) ?? on;
	}, false);
	const keepsRm = command !== 'container run'
		|| !rmOn
		|| rmArgs.some(index => !/^--rm(?:=.*)?$/.test(args[index] ?? ''))
		|| tokens.some(token => token.role === 'flag' && (token.flag === '--detach' || token.flag === '--restart'));
	const pendingRm = !keepsRm;
	if (!pendingRm && userCidfile !== undefined) {
		return {args: [...args], pendingRm, cidfile: userCidfile};
	}

	const removed = new Set(pendingRm ? rmArgs : []);
	const added = [
		...(userCidfile === undefined ? ['--cidfile', context.cidfile] : []),
		...(pendingRm ? ['--label', `${pendingRmLabel}=${context.owner}`] : []),
	];
	const rewritten = [
		...args.slice(0, insertAt),
		...added,
		...args.slice(insertAt).filter((_arg, index) => !removed.has(index + insertAt)),
	];
	return {args: rewritten, pendingRm, cidfile: userCidfile ?? context.cidfile};
}
