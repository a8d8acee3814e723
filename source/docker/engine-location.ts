import {hostname} from 'node:os';
import {localPlace, placeOfEndpoint, type EnginePlace} from '../state/engine-place.js';
import {execaInBackground} from './background.js';
import type {DockerRunner} from './state-runner.js';

/**
Whether the engine can be on this machine, from the environment and the docker
context alone (no process): a unix socket, the default context. Cheap enough
for every keystroke; `locateEngine` is the thorough answer.
*/
export function mayBeLocalEngine(env: Readonly<Record<string, string | undefined>>, context = env['DOCKER_CONTEXT'] || 'default'): boolean {
	const host = env['DOCKER_HOST'];
	return context === 'default' && (!host || host.startsWith('unix://') || host.startsWith('npipe://'));
}

/** Which engine to locate: the session's (its environment), or one line's `--context NAME` / `-H URL`. */
export type EngineTarget = {context?: string; host?: string};

type Run = (args: readonly string[]) => Promise<{ok: boolean; stdout: string}>;

/**
Where the engine runs (see `EnginePlace`): from DOCKER_HOST or the context's
endpoint (`docker context inspect`); a unix socket is this machine's only if the
engine's host name is ours (Docker Desktop answers `docker-desktop`, a socket
forwarded from another machine that machine's name). At most two processes.
*/
export async function locateEngineWith(run: Run, env: Readonly<Record<string, string | undefined>>, target: EngineTarget = {}): Promise<EnginePlace> {
	const global = target.host ? ['--host', target.host] : (target.context ? ['--context', target.context] : []);
	let endpoint = target.host ?? (target.context ? undefined : env['DOCKER_HOST'] || undefined);
	if (endpoint === undefined) {
		const inspected = await run(['context', 'inspect', ...(target.context ? [target.context] : []), '--format', '{{json .Endpoints.docker.Host}}']);
		endpoint = inspected.ok ? parseJsonString(inspected.stdout) : undefined;
	}

	// Podman has no docker contexts: its engine is this machine's unless CONTAINER_HOST says otherwise.
	endpoint ??= env['CONTAINER_HOST'] || undefined;
	const place = endpoint ? placeOfEndpoint(endpoint) : 'socket';
	if (place !== 'socket' && place !== undefined) {
		return place;
	}

	const info = await run([...global, 'info', '--format', '{{json .}}']);
	const name = info.ok ? engineHostName(info.stdout) : undefined;
	if (name === undefined || name === hostname()) {
		return localPlace;
	}

	return {kind: 'remote', host: name, via: 'socket'};
}

/** `locateEngineWith` through the state tracker's runner. */
export async function locateEngine(runner: DockerRunner, target?: EngineTarget): Promise<EnginePlace> {
	return locateEngineWith(async args => runner.run(args, {timeoutMs: 15_000}), runner.env, target);
}

/** `locateEngineWith` through a docker binary (the session's engine check). */
export async function locateEngineOf(binary: string, env: Readonly<Record<string, string | undefined>>, target?: EngineTarget): Promise<EnginePlace> {
	return locateEngineWith(async args => {
		const result = await execaInBackground(binary, [...args], {env: {...env}, extendEnv: false, reject: false, timeout: 15_000, stdin: 'ignore'});
		return {ok: !result.failed, stdout: typeof result.stdout === 'string' ? result.stdout : ''};
	}, env, target);
}

/** Whether the engine runs on this machine, so that a volume's Mountpoint is a path here. */
export async function isLocalEngine(runner: DockerRunner): Promise<boolean> {
	return (await locateEngine(runner)).kind === 'local';
}

/** Docker's `Name`, Podman's `host.hostname`. */
function engineHostName(stdout: string): string | undefined {
	try {
		const info = JSON.parse(stdout) as {Name?: unknown; host?: {hostname?: unknown}};
		const name = info.Name ?? info.host?.hostname;
		return typeof name === 'string' && name !== '' ? name : undefined;
	} catch {
		return undefined;
	}
}

function parseJsonString(stdout: string): string | undefined {
	try {
		const value: unknown = JSON.parse(stdout.trim());
		return typeof value === 'string' && value !== '' ? value : undefined;
	} catch {
		return undefined;
	}
}
