// A private, throw-away Docker engine for recording demos: its own socket,
// data-root and network namespace, the shared alpine:latest copied in. The
// volume panel then shows only what the demo makes, and a user's objects are
// never touched. Needs root, dockerd and unshare.
import {mkdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {$} from 'zx';

const docker = process.env.DOCKWISE_DOCKER ?? 'docker';

/** Runs `run(env)` with DOCKER_HOST pointing at a fresh private engine, then stops it. */
export async function withPrivateEngine(run) {
	// A fixed folder: `docker volume inspect` shows a volume's path under it, the same on every recording.
	const directory = path.join(tmpdir(), 'dockwise-demo-engine');
	await rm(directory, {recursive: true, force: true});
	await mkdir(directory, {recursive: true});
	const socket = `unix://${path.join(directory, 'docker.sock')}`;
	const env = {...process.env, DOCKER_HOST: socket};
	delete env.DOCKER_CONTEXT;
	const daemon = $({nothrow: true, stdio: ['ignore', 'ignore', 'ignore']})`unshare --net -- dockerd --data-root ${path.join(directory, 'root')} --exec-root ${path.join(directory, 'exec')} --pidfile ${path.join(directory, 'docker.pid')} --host ${socket} --bridge none --iptables=false --ip6tables=false --ip-masq=false`;
	try {
		let up = false;
		for (let attempt = 0; attempt < 120 && !up; attempt++) {
			up = (await $({env, nothrow: true, quiet: true})`${docker} version --format {{.Server.Version}}`).exitCode === 0;
			if (!up) {
				await new Promise(resolve => setTimeout(resolve, 250));
			}
		}

		if (!up) {
			throw new Error(`the private dockerd did not start (see ${directory})`);
		}

		await $`${docker} save alpine:latest`.pipe($({env, quiet: true})`${docker} load`);
		return await run(env);
	} finally {
		daemon.kill('SIGTERM');
		await daemon;
		await rm(directory, {recursive: true, force: true});
	}
}
