import {mkdir, writeFile, chmod} from 'node:fs/promises';
import {createServer} from 'node:net';
import path from 'node:path';
import {execa, type ResultPromise} from 'execa';
import {dockerBinary} from './engine.js';
import type {PrivateEngine} from './private-engine.js';

/**
A private engine seen as dockwise sees a remote one: through TCP (socat in front
of its socket) or ssh (a test sshd on 127.0.0.1 with a key made here, the docker
client's `ssh` found first on PATH as a wrapper that adds `-F` our config). The
user's ~/.ssh and ~/.docker are never read or written.
*/
export class EngineDoor {
	readonly #processes: ResultPromise[] = [];

	private constructor(readonly engine: PrivateEngine, readonly directory: string) {}

	static async open(engine: PrivateEngine): Promise<EngineDoor> {
		const directory = path.join(engine.directory, 'doors');
		await mkdir(directory, {recursive: true});
		return new EngineDoor(engine, directory);
	}

	/** Why this machine cannot expose an engine over TCP and ssh, or undefined. */
	static async unavailableReason(): Promise<string | undefined> {
		for (const command of ['socat', 'ssh', 'ssh-keygen', '/usr/sbin/sshd']) {
			if ((await execa('which', [command], {reject: false})).exitCode !== 0 && (await execa('test', ['-x', command], {reject: false})).exitCode !== 0) {
				return `${command} is not installed`;
			}
		}

		return undefined;
	}

	get socketPath(): string {
		return this.engine.socket.replace(/^unix:\/\//, '');
	}

	/** `tcp://127.0.0.1:PORT`, answered by socat. */
	async overTcp(): Promise<string> {
		const port = await freePort();
		// `-t 86400`: socat's 0.5 s default drops container output arriving after the request's half-close.
		this.#processes.push(execa('socat', ['-t', '86400', `TCP-LISTEN:${port},bind=127.0.0.1,reuseaddr,fork`, `UNIX-CONNECT:${this.socketPath}`], {reject: false, stdin: 'ignore'}));
		const host = `tcp://127.0.0.1:${port}`;
		await waitForEngine({...process.env, DOCKER_HOST: host, DOCKER_CONTEXT: undefined});
		return host;
	}

	/**
	`ssh://root@127.0.0.1:PORT/…/docker.sock` and the environment that reaches it
	(PATH with the ssh wrapper first).
	*/
	async overSsh(): Promise<{host: string; env: Record<string, string | undefined>}> {
		const sshDirectory = path.join(this.directory, 'ssh');
		const bin = path.join(sshDirectory, 'bin');
		await mkdir(bin, {recursive: true});
		await mkdir('/run/sshd', {recursive: true});
		const hostKey = path.join(sshDirectory, 'host_key');
		const clientKey = path.join(sshDirectory, 'client_key');
		await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
		await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', clientKey]);
		const authorizedKeys = path.join(sshDirectory, 'authorized_keys');
		await execa('cp', [`${clientKey}.pub`, authorizedKeys]);
		const port = await freePort();
		const sshdConfig = path.join(sshDirectory, 'sshd_config');
		await writeFile(sshdConfig, [
			`Port ${port}`,
			'ListenAddress 127.0.0.1',
			`HostKey ${hostKey}`,
			`AuthorizedKeysFile ${authorizedKeys}`,
			'PermitRootLogin prohibit-password',
			'PasswordAuthentication no',
			// Keys under /tmp: sshd's ownership checks would refuse them.
			'StrictModes no',
			'UsePAM no',
			`PidFile ${path.join(sshDirectory, 'sshd.pid')}`,
			'SetEnv SHLVL=1',
			'',
		].join('\n'));
		this.#processes.push(execa('/usr/sbin/sshd', ['-D', '-f', sshdConfig, '-E', path.join(sshDirectory, 'sshd.log')], {reject: false, stdin: 'ignore'}));
		const clientConfig = path.join(sshDirectory, 'ssh_config');
		await writeFile(clientConfig, [
			'Host 127.0.0.1',
			`  IdentityFile ${clientKey}`,
			'  IdentitiesOnly yes',
			'  StrictHostKeyChecking no',
			'  UserKnownHostsFile /dev/null',
			'  LogLevel ERROR',
			'  BatchMode yes',
			'  ControlMaster auto',
			`  ControlPath ${path.join(sshDirectory, 'cm-%C')}`,
			'  ControlPersist 120',
			'',
		].join('\n'));
		// The docker client runs `ssh` from PATH and has no variable for its options.
		const wrapper = path.join(bin, 'ssh');
		await writeFile(wrapper, `#!/bin/sh\nexec /usr/bin/ssh -F ${clientConfig} "$@"\n`);
		await chmod(wrapper, 0o755);
		const host = `ssh://root@127.0.0.1:${port}${this.socketPath}`;
		const env = {...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, DOCKER_HOST: host, DOCKER_CONTEXT: undefined};
		await waitForEngine(env);
		return {host, env};
	}

	async close(): Promise<void> {
		for (const child of this.#processes) {
			child.kill('SIGTERM');
		}

		await Promise.all(this.#processes);
		// The ssh control master outlives its clients: ask it to leave.
		const wrapper = path.join(this.directory, 'ssh', 'bin', 'ssh');
		await execa(wrapper, ['-O', 'exit', '127.0.0.1'], {reject: false, timeout: 5000}).catch(() => undefined);
	}
}

/** Copies an image of the shared engine into another one (`save | load`): nothing is pulled. */
export async function copyImage(image: string, env: Record<string, string | undefined>): Promise<void> {
	await execa(dockerBinary, ['save', image]).pipe(dockerBinary, ['load', '--quiet'], {env});
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				resolve(typeof address === 'object' && address ? address.port : 0);
			});
		});
	});
}

async function waitForEngine(env: Record<string, string | undefined>): Promise<void> {
	const deadline = Date.now() + 30_000;
	let last = '';
	while (Date.now() < deadline) {
		const probe = await execa(dockerBinary, ['version', '--format', '{{.Server.Version}}'], {env, reject: false, timeout: 10_000});
		if (probe.exitCode === 0) {
			return;
		}

		last = probe.stderr;
		await new Promise(resolve => {
			setTimeout(resolve, 250);
		});
	}

	throw new Error(`the engine did not answer through ${env['DOCKER_HOST']}: ${last}`);
}
