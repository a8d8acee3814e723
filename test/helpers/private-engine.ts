import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test, {type ImplementationFn} from 'ava';
import {execa, type ResultPromise} from 'execa';
import {dockerBinary, engine} from './engine.js';

/**
A second, throw-away Docker daemon for tests that stop and restart an engine:
its own socket, data-root and exec-root under /tmp, in its own network
namespace. The shared daemon is never touched (a daemon started with
`--bridge none` in the host namespace deletes the host's docker0 bridge).
*/
export class PrivateEngine {
	readonly socket: string;
	#daemon: ResultPromise | undefined;

	private constructor(readonly directory: string) {
		this.socket = `unix://${path.join(directory, 'docker.sock')}`;
	}

	static async create(): Promise<PrivateEngine> {
		return new PrivateEngine(await mkdtemp(path.join(tmpdir(), 'dockwise-engine-')));
	}

	/** Why this machine cannot run one, or undefined when it can. */
	static async unavailableReason(): Promise<string | undefined> {
		if (process.getuid?.() !== 0) {
			return 'a private dockerd needs root';
		}

		for (const command of ['dockerd', 'unshare']) {
			if ((await execa('which', [command], {reject: false})).exitCode !== 0) {
				return `${command} is not installed`;
			}
		}

		return undefined;
	}

	get env(): Record<string, string | undefined> {
		return {...process.env, DOCKER_HOST: this.socket, DOCKER_CONTEXT: undefined};
	}

	async start(): Promise<void> {
		const directory = this.directory;
		this.#daemon = execa('unshare', [
			'--net',
			'--',
			'dockerd',
			'--data-root',
			path.join(directory, 'root'),
			'--exec-root',
			path.join(directory, 'exec'),
			'--pidfile',
			path.join(directory, 'docker.pid'),
			'--host',
			this.socket,
			'--bridge',
			'none',
			'--iptables=false',
			'--ip6tables=false',
			'--ip-masq=false',
		], {reject: false, stdin: 'ignore', stdout: {file: path.join(directory, 'dockerd.log')}, stderr: {file: path.join(directory, 'dockerd.err.log')}});
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			const probe = await execa(dockerBinary, ['version', '--format', '{{.Server.Version}}'], {env: this.env, reject: false, timeout: 5000});
			if (probe.exitCode === 0) {
				return;
			}

			await new Promise(resolve => {
				setTimeout(resolve, 250);
			});
		}

		throw new Error(`the private dockerd did not answer within 30 s; see ${directory}/dockerd.err.log`);
	}

	async stop(): Promise<void> {
		const daemon = this.#daemon;
		this.#daemon = undefined;
		if (!daemon) {
			return;
		}

		daemon.kill('SIGTERM');
		let timer: NodeJS.Timeout | undefined;
		const stopped = await Promise.race([daemon.then(() => true), new Promise(resolve => {
			timer = setTimeout(resolve, 20_000, false);
		})]);
		// A pending timer would keep the test process alive for the full 20 s.
		clearTimeout(timer);
		if (!stopped) {
			daemon.kill('SIGKILL');
			await daemon;
			// A killed dockerd leaves the containerd it started running: stop that one too.
			await this.#killContainerd();
		}
	}

	async #killContainerd(): Promise<void> {
		try {
			const pid = Number((await readFile(path.join(this.directory, 'exec', 'containerd', 'containerd.pid'), 'utf8')).trim());
			// Only if that pid is still our containerd (its command line names our folder), never a reused one.
			const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8');
			if (Number.isInteger(pid) && pid > 0 && commandLine.includes(this.directory)) {
				process.kill(pid, 'SIGKILL');
			}
		} catch {
			// No pid file, or the process is gone already.
		}
	}

	async remove(): Promise<void> {
		await this.stop();
		await rm(this.directory, {recursive: true, force: true});
	}
}

const unavailable = engine.ok ? await PrivateEngine.unavailableReason() : `no docker engine: ${engine.reason}`;
if (unavailable) {
	if (process.env['CI']) {
		test('a private docker engine can be started (required when CI is set)', t => {
			t.fail(`cannot start a private dockerd: ${unavailable}`);
		});
	} else {
		console.log(`skipping private-engine tests: ${unavailable}`);
	}
}

/**
A serial test run against a `PrivateEngine`; skipped with one line when one
cannot be started here, and a failure instead when CI is set.
*/
export const privateEngineTest: (title: string, implementation: ImplementationFn<[]>) => void = unavailable ? test.serial.skip : test.serial;
