import {flagValues} from '../explain/flag-uses.js';
import type {Explanation} from '../explain/types.js';

/** The engine one line talks to instead of the session's: `--context NAME` or `-H URL` (docker refuses both at once). */
export type EngineTarget = {context: string} | {host: string};

/**
The engine a line targets with its global options, when that is not the one
the session follows (`current`: its context, and the DOCKER_HOST it runs with).
`--context default` in a session on the default context is the same engine.
*/
export function otherEngineOf(explanation: Explanation, current: {context: string | undefined; host: string | undefined}): EngineTarget | undefined {
	const globals = explanation.flagUses.filter(use => use.global);
	const host = flagValues(globals, 'host').at(-1);
	if (host !== undefined) {
		return host === current.host ? undefined : {host};
	}

	const context = flagValues(globals, 'context').at(-1);
	if (context !== undefined && context !== (current.context ?? 'default')) {
		return {context};
	}

	return undefined;
}

/** How a target is named to the user: the context's name or the endpoint. */
export function targetName(target: EngineTarget): string {
	return 'context' in target ? target.context : target.host;
}

/** `docker context use NAME`: every later command reaches another engine. */
export function switchesContext(explanation: Explanation): boolean {
	return explanation.command === 'context use';
}
