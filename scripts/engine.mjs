#!/usr/bin/env zx
// Makes a Docker engine answer on this machine, for tests and demos:
// installs docker.io and busybox-static when missing (Debian, as root), starts
// dockerd when it is not running, and builds the tiny busybox image tagged
// alpine:latest when no alpine:latest exists (there is no registry here).
import {$, fs, os, path, sleep, which} from 'zx';

$.verbose = false;
const log = message => console.log(`engine: ${message}`);

async function answers() {
	const result = await $`docker version --format {{.Server.Version}}`.nothrow().timeout('10s');
	return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

async function installPackages() {
	const missing = [];
	if (!(await which('dockerd', {nothrow: true}))) missing.push('docker.io');
	if (!(await fs.pathExists('/bin/busybox'))) missing.push('busybox-static');
	if (missing.length === 0) return;
	if (process.getuid?.() !== 0) throw new Error(`missing ${missing.join(', ')}: install them with sudo apt-get install -y ${missing.join(' ')}`);
	log(`installing ${missing.join(', ')}`);
	await $`apt-get update -qq`;
	await $({env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}})`apt-get install -y -qq ${missing}`;
}

async function startDaemon() {
	if (await answers()) return;
	if (process.getuid?.() !== 0) throw new Error('the Docker daemon does not answer and only root can start it here: run sudo dockerd &');
	// A pid file left by a daemon that died keeps a new one from starting.
	const pidFile = '/var/run/docker.pid';
	if (await fs.pathExists(pidFile)) {
		const pid = Number((await fs.readFile(pidFile, 'utf8')).trim());
		let alive = false;
		try { process.kill(pid, 0); alive = true; } catch { /* ESRCH: no such process */ }
		if (!alive) await fs.remove(pidFile);
	}

	const logFile = path.join(os.tmpdir(), 'dockwise-dockerd.log');
	log(`starting dockerd (log: ${logFile})`);
	const out = fs.openSync(logFile, 'a');
	const {spawn} = await import('node:child_process');
	spawn('dockerd', [], {detached: true, stdio: ['ignore', out, out]}).unref();
	for (let attempt = 0; attempt < 60; attempt++) {
		if (await answers()) return;
		await sleep(1000);
	}

	throw new Error(`dockerd did not answer within 60 s; see ${logFile}`);
}

async function buildTestImage() {
	if ((await $`docker image inspect alpine:latest`.nothrow()).exitCode === 0) return;
	log('building alpine:latest from the static busybox');
	const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dockwise-rootfs-'));
	try {
		for (const dir of ['bin', 'tmp', 'home', 'etc', 'root']) await fs.mkdirp(path.join(root, dir));
		await fs.copy('/bin/busybox', path.join(root, 'bin/busybox'));
		const applets = (await $`/bin/busybox --list`).stdout.split('\n').filter(name => name && name !== 'busybox');
		for (const applet of applets) await fs.symlink('busybox', path.join(root, 'bin', applet));
		await fs.writeFile(path.join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
		await fs.writeFile(path.join(root, 'etc/group'), 'root:x:0:\n');
		await $`tar -C ${root} -cf - . | docker import -c ${'CMD ["/bin/sh"]'} - alpine:latest`;
	} finally {
		await fs.remove(root);
	}
}

try {
	await installPackages();
	await startDaemon();
	await buildTestImage();
	log(`ready (server ${await answers()})`);
} catch (error) {
	console.error(`engine: ${error.message}`);
	process.exit(1);
}
