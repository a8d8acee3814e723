import {hostname} from 'node:os';
import type {DockerRunner} from './state-runner.js';

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
