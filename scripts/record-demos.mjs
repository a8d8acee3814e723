#!/usr/bin/env zx
// Records examples/*.cast from examples/*.yaml against a private, throw-away
// Docker engine (own socket, data-root and network namespace, the shared
// alpine:latest copied in): the volume panel shows only what the demo makes,
// and a user's objects are never touched. Needs root, dockerd and unshare.
// Usage: npm run demo:record [-- persistence.en]
import {mkdir, rm, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {$, argv} from 'zx';

$.verbose = false;
const root = path.resolve(import.meta.dirname, '..');
const names = argv._.length > 0 ? argv._.map(String) : ['persistence.en', 'persistence.fr'];
const docker = process.env.DOCKWISE_DOCKER ?? 'docker';
// A fixed folder: `docker volume inspect` shows the volume's path under it, the same on every recording.
const directory = path.join(tmpdir(), 'dockwise-demo-engine');
await rm(directory, {recursive: true, force: true});
await mkdir(directory, {recursive: true});
const socket = `unix://${path.join(directory, 'docker.sock')}`;
const env = {...process.env, DOCKER_HOST: socket, DOCKER_CONTEXT: ''};
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

	await $`${docker} save alpine:latest`.pipe($({env})`${docker} load`);
	for (const name of names) {
		const script = path.join('examples', `${name}.yaml`);
		const cast = path.join('examples', `${name}.cast`);
		const started = performance.now();
		const result = await $({cwd: root, env, nothrow: true, quiet: true})`node bin/dockwise.js demo ${script} --record ${cast} --redact --seed 1`;
		process.stdout.write(result.stderr);
		if (result.exitCode !== 0) {
			throw new Error(`recording ${script} failed`);
		}

		const size = (await readFile(path.join(root, cast))).length;
		console.log(`${cast}: ${(size / 1024).toFixed(1)} KiB, recorded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
} finally {
	daemon.kill('SIGTERM');
	await daemon;
	await rm(directory, {recursive: true, force: true});
}
