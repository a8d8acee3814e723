import {chmod, mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test, {type ImplementationFn} from 'ava';
import {execa} from 'execa';

const busyboxCommands = ['sh', 'ls', 'cat', 'echo', 'find', 'stat', 'awk', 'sleep', 'mkdir', 'rm', 'wc', 'sed', 'env', 'true'];

/**
Podman with a store of its own under /tmp (`--root`, `--runroot`, `--tmpdir`,
events in a file there), reached through a wrapper script named `podman`: the
user's images, containers and volumes are never seen nor touched. Its
`alpine:latest` is imported from /bin/busybox: nothing is pulled.
*/
export class IsolatedPodman {
	private constructor(readonly directory: string) {}

	/** The wrapper to give dockwise as `--docker`. */
	get binary(): string {
		return path.join(this.directory, 'bin', 'podman');
	}

	static async unavailableReason(): Promise<string | undefined> {
		if ((await execa('which', ['podman'], {reject: false})).exitCode !== 0) {
			return 'podman is not installed';
		}

		if ((await execa('test', ['-x', '/bin/busybox'], {reject: false})).exitCode !== 0) {
			return '/bin/busybox is missing (busybox-static)';
		}

		if (process.getuid?.() !== 0) {
			return 'an isolated podman store is set up as root here';
		}

		return undefined;
	}

	static async create(): Promise<IsolatedPodman> {
		const directory = await mkdtemp(path.join(tmpdir(), 'dockwise-podman-'));
		const podman = new IsolatedPodman(directory);
		await podman.#setUp();
		return podman;
	}

	async run(...args: string[]): Promise<string> {
		return (await execa(this.binary, args, {timeout: 120_000})).stdout;
	}

	async remove(): Promise<void> {
		// Containers first (they hold mounts), then the folder. Never `system reset`: it also deletes podman's networks, which are machine-wide.
		await execa(this.binary, ['rm', '--all', '--force'], {reject: false, timeout: 60_000});
		await rm(this.directory, {recursive: true, force: true});
	}

	async #setUp(): Promise<void> {
		const {directory} = this;
		const bin = path.join(directory, 'bin');
		await mkdir(bin, {recursive: true});
		const conf = path.join(directory, 'containers.conf');
		// Limits this machine's podman needs, no network namespace set-up (no leftover netavark rules), events in a file of ours.
		await writeFile(conf, [
			'[containers]',
			'default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]',
			'netns = "none"',
			'[engine]',
			'events_logger = "file"',
			`events_logfile_path = "${path.join(directory, 'events.log')}"`,
			'',
		].join('\n'));
		await writeFile(this.binary, [
			'#!/bin/sh',
			`export CONTAINERS_CONF=${conf}`,
			`exec podman --root ${path.join(directory, 'root')} --runroot ${path.join(directory, 'run')} --tmpdir ${path.join(directory, 'tmp')} "$@"`,
			'',
		].join('\n'));
		await chmod(this.binary, 0o755);
		const rootfs = path.join(directory, 'rootfs');
		await mkdir(path.join(rootfs, 'bin'), {recursive: true});
		await execa('cp', ['/bin/busybox', path.join(rootfs, 'bin', 'busybox')]);
		await Promise.all(busyboxCommands.map(async command => symlink('busybox', path.join(rootfs, 'bin', command))));
		const tar = path.join(directory, 'rootfs.tar');
		await execa('tar', ['-C', rootfs, '-cf', tar, '.']);
		await this.run('import', '--quiet', '--change', 'CMD ["/bin/sh"]', tar, 'alpine:latest');
	}
}

const unavailable = await IsolatedPodman.unavailableReason();
if (unavailable) {
	if (process.env['CI']) {
		test('podman can run with an isolated store (required when CI is set)', t => {
			t.fail(`cannot run podman tests: ${unavailable}`);
		});
	} else {
		console.log(`skipping podman tests: ${unavailable}`);
	}
}

/** A serial test needing Podman; skipped with one line where it cannot run, a failure instead when CI is set. */
export const podmanTest: (title: string, implementation: ImplementationFn<[]>) => void = unavailable ? test.serial.skip : test.serial;
