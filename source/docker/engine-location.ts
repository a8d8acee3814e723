import {hostname} from 'node:os';
import type {DockerRunner} from './state-runner.js';

/**
Whether the engine can be on this machine, from the environment and the docker
context alone (no process): a unix socket, the default context. Cheap enough
for every keystroke; `isLocalEngine` is the thorough answer.
*/
export function mayBeLocalEngine(env: Readonly<Record<string, string | undefined>>, context = env['DOCKER_CONTEXT'] || 'default'): boolean {
	const host = env['DOCKER_HOST'];
	return context === 'default' && (!host || host.startsWith('unix://') || host.startsWith('npipe://'));
}

/**
Whether the engine runs on this machine, so that a volume's Mountpoint is a path
here. A TCP or SSH DOCKER_HOST never is; otherwise the engine's host name must be
ours (Docker Desktop answers `docker-desktop`, a remote context its own host).
*/
export async function isLocalEngine(runner: DockerRunner): Promise<boolean> {
	const host = runner.env['DOCKER_HOST'];
	if (host && !host.startsWith('unix://') && !host.startsWith('npipe://')) {
		return false;
	}

	// A non-default context may still be this machine (a rootless engine, say): ask the engine its name.
	const result = await runner.run(['info', '--format', '{{json .Name}}'], {timeoutMs: 15_000});
	if (!result.ok) {
		return false;
	}

	try {
		return JSON.parse(result.stdout.trim()) === hostname();
	} catch {
		return false;
	}
}
