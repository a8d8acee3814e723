import type {EnginePlace} from '../state/engine-place.js';
import {ownFailureReasons} from '../state/failure-reason.js';
import {execaInBackground} from './background.js';

export type EngineStatus =
	| {state: 'checking'}
	| {state: 'ready'; clientVersion: string; serverVersion: string; apiVersion: string; context: string; place?: EnginePlace; product?: 'podman'}
	| {state: 'missing-binary'; binary: string; reason: 'not-found' | 'not-executable'}
	| {state: 'permission-denied'; clientVersion: string | undefined; context: string | undefined; detail: string}
	| {state: 'unreachable'; clientVersion: string | undefined; context: string | undefined; detail: string}
	| {state: 'failed'; detail: string};

type VersionJson = {
	Client?: {Version?: string; Context?: string; APIVersion?: string} | null;
	Server?: {Version?: string; ApiVersion?: string} | null;
};

/** Not JSON (the client failed before printing it): no versions known, stderr tells why. */
function parseVersionJson(stdout: string): VersionJson {
	try {
		return JSON.parse(stdout) as VersionJson;
	} catch {
		return {};
	}
}

/** Classifies what `docker version --format json` said, without running anything. */
export function engineStatusFrom({stdout, stderr, exitCode}: {stdout: string; stderr: string; exitCode: number | undefined}): EngineStatus {
	const parsed = parseVersionJson(stdout);
	const clientVersion = parsed.Client?.Version;
	const context = parsed.Client?.Context;
	const detail = stderr.trim().split('\n').filter(Boolean).at(-1) ?? '';
	// Podman without a service prints only its Client (with `APIVersion`, no `Context`): the engine is that process.
	if (exitCode === 0 && !parsed.Server && parsed.Client?.APIVersion && clientVersion && !context) {
		return {
			state: 'ready',
			clientVersion,
			serverVersion: clientVersion,
			// Podman 4 serves Docker's API 1.41, and its `volume prune` deletes unused named volumes as engines before 1.42 do.
			apiVersion: '1.41',
			context: 'default',
			product: 'podman',
		};
	}

	if (exitCode === 0 && parsed.Server?.Version) {
		return {
			state: 'ready',
			clientVersion: clientVersion ?? '?',
			serverVersion: parsed.Server.Version,
			apiVersion: parsed.Server.ApiVersion ?? '?',
			context: context ?? 'default',
		};
	}

	if (/permission denied/i.test(stderr)) {
		return {state: 'permission-denied', clientVersion, context, detail};
	}

	if (clientVersion || /cannot connect|is the docker daemon running|connection refused|no such host|error during connect/i.test(stderr)) {
		return {state: 'unreachable', clientVersion, context, detail};
	}

	return {state: 'failed', detail: detail || ownFailureReasons.failed};
}

/** Asks the docker binary for client and server versions and the current context, in one process. */
export async function checkEngine(binary: string, env: NodeJS.ProcessEnv, {timeoutMs = 20_000}: {timeoutMs?: number} = {}): Promise<EngineStatus> {
	try {
		const result = await execaInBackground(binary, ['version', '--format', 'json'], {env, reject: false, timeout: timeoutMs});
		if (result.failed && (result.code === 'ENOENT' || result.code === 'EACCES')) {
			return {state: 'missing-binary', binary, reason: result.code === 'ENOENT' ? 'not-found' : 'not-executable'};
		}

		if (result.timedOut) {
			// A daemon that accepts the connection and never replies (stopped, wedged): say so, not "ready".
			return {state: 'unreachable', clientVersion: undefined, context: undefined, detail: ownFailureReasons.noAnswer};
		}

		return engineStatusFrom({stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode});
	} catch (error) {
		return {state: 'failed', detail: (error as Error).message};
	}
}
