import {mkdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {execaInBackground} from './background.js';
import writeFileAtomic from 'write-file-atomic';
import {xdgCache} from 'xdg-basedir';
import {parseHelpText} from '../explain/help-parser.js';
import type {CommandHelp, DockerCatalogue} from '../explain/types.js';

export type HelpCatalogueOptions = {
	/** The docker binary (`--docker PATH`). */
	docker: string;
	/** Where parsed help is cached; default `$XDG_CACHE_HOME/dockwise`. */
	cacheDirectory?: string;
	/** Environment for docker; default `process.env`. */
	env?: NodeJS.ProcessEnv;
	/** Milliseconds one docker call may take. */
	timeout?: number;
};

export type HelpCatalogue = {
	/** The docker client version (`28.2.2`), undefined when docker cannot run. */
	clientVersion(): Promise<string | undefined>;
	/** What is loaded so far, as `explainLine` takes it; a new object after each load. */
	snapshot(): DockerCatalogue;
	/** Docker's help for one command path, from the cache or `docker <path> --help`; undefined when docker has no such command or does not run. */
	load(path: readonly string[]): Promise<CommandHelp | undefined>;
	/** Loads several paths (say, `explanation.catalogueWanted`); true when something new arrived. */
	loadAll(paths: ReadonlyArray<readonly string[]>): Promise<boolean>;
	/** Resolves once the cache file holds everything loaded so far. */
	flush(): Promise<void>;
};

type CacheFile = {
	format: 1;
	clientVersion: string;
	/** `null` records that docker has no such command. */
	commands: Record<string, CommandHelp | null>;
};

/**
Docker's own flag catalogue, read lazily per command from `docker <path>
--help` and cached on disk per docker client version, so each command's help
is run once per docker upgrade. Without docker everything resolves to
nothing: the curated knowledge still explains the common commands.
*/
export function createHelpCatalogue(options: HelpCatalogueOptions): HelpCatalogue {
	const env = options.env ?? process.env;
	const timeout = options.timeout ?? 10_000;
	const cacheDirectory = options.cacheDirectory ?? path.join(env['XDG_CACHE_HOME'] ?? xdgCache ?? path.join(env['HOME'] ?? '.', '.cache'), 'dockwise');
	const commands = new Map<string, CommandHelp | null>();
	const pending = new Map<string, Promise<CommandHelp | undefined>>();
	let snapshot: DockerCatalogue = {commands: new Map()};
	let version: Promise<string | undefined> | undefined;
	let cacheLoaded: Promise<void> | undefined;
	let writing: Promise<void> = Promise.resolve();

	const cacheFile = (clientVersion: string) => path.join(cacheDirectory, `help-${clientVersion.replaceAll(/[^\w.-]/g, '_')}.json`);

	function clientVersion(): Promise<string | undefined> {
		version ??= readClientVersion(options.docker, env, timeout);
		return version;
	}

	function refreshSnapshot(currentVersion: string | undefined) {
		const loaded = new Map<string, CommandHelp>();
		for (const [key, help] of commands) {
			if (help) {
				loaded.set(key, help);
			}
		}

		snapshot = {clientVersion: currentVersion, commands: loaded};
	}

	async function ensureCache(currentVersion: string): Promise<void> {
		cacheLoaded ??= (async () => {
			try {
				const file = JSON.parse(await readFile(cacheFile(currentVersion), 'utf8')) as Partial<CacheFile>;
				if (file.format === 1 && file.clientVersion === currentVersion && file.commands && typeof file.commands === 'object') {
					for (const [key, help] of Object.entries(file.commands)) {
						if (help === null || isCommandHelp(help)) {
							commands.set(key, help);
						}
					}

					refreshSnapshot(currentVersion);
				}
			} catch {
				// No cache yet, or an unreadable one: it is rebuilt as commands are loaded.
			}
		})();
		return cacheLoaded;
	}

	function saveCache(currentVersion: string) {
		const file: CacheFile = {format: 1, clientVersion: currentVersion, commands: Object.fromEntries(commands)};
		writing = writing.then(async () => {
			try {
				await mkdir(cacheDirectory, {recursive: true});
				await writeFileAtomic(cacheFile(currentVersion), `${JSON.stringify(file)}\n`);
			} catch {
				// A read-only or full disk only costs a `--help` run next time.
			}
		});
	}

	async function load(commandPath: readonly string[]): Promise<CommandHelp | undefined> {
		const key = commandPath.join(' ');
		const known = commands.get(key);
		if (known !== undefined) {
			return known ?? undefined;
		}

		let loading = pending.get(key);
		if (!loading) {
			loading = (async () => {
				const currentVersion = await clientVersion();
				if (!currentVersion) {
					return undefined;
				}

				await ensureCache(currentVersion);
				if (commands.has(key)) {
					return commands.get(key) ?? undefined;
				}

				const help = await readHelp(options.docker, commandPath, env, timeout);
				if (help === 'failed') {
					return undefined;
				}

				commands.set(key, help ?? null);
				refreshSnapshot(currentVersion);
				saveCache(currentVersion);
				return help;
			})().finally(() => pending.delete(key));
			pending.set(key, loading);
		}

		return loading;
	}

	return {
		clientVersion,
		snapshot: () => snapshot,
		load,
		async loadAll(paths) {
			const before = snapshot;
			await Promise.all(paths.map(async commandPath => load(commandPath)));
			return snapshot !== before;
		},
		async flush() {
			await Promise.all(pending.values());
			await writing;
		},
	};
}

async function readClientVersion(docker: string, env: NodeJS.ProcessEnv, timeout: number): Promise<string | undefined> {
	try {
		// `--version` answers from the client alone, without reaching the engine.
		const {stdout, failed} = await execaInBackground(docker, ['--version'], {env, timeout, reject: false});
		if (failed) {
			return undefined;
		}

		const text = String(stdout).trim();
		return /version ([^\s,]+)/i.exec(text)?.[1] ?? (text === '' ? undefined : text.slice(0, 60));
	} catch {
		return undefined;
	}
}

/** Runs `docker <path> --help`: the parsed help, undefined when docker has no such command, `failed` when it did not run. */
async function readHelp(docker: string, commandPath: readonly string[], env: NodeJS.ProcessEnv, timeout: number): Promise<CommandHelp | undefined | 'failed'> {
	try {
		const {stdout, failed, timedOut} = await execaInBackground(docker, [...commandPath, '--help'], {
			// Docker hides flags the engine's API is too old for; a high version asks for the client's full list.
			env: {...env, DOCKER_API_VERSION: '1.99'},
			timeout,
			reject: false,
		});
		if (timedOut || (failed && String(stdout) === '')) {
			return 'failed';
		}

		const help = parseHelpText(String(stdout), commandPath);
		// For an unknown command, docker prints the parent's help instead.
		const expected = ['docker', ...commandPath].join(' ');
		if (!help || !(help.usage === expected || help.usage.startsWith(`${expected} `))) {
			return undefined;
		}

		return help;
	} catch {
		return 'failed';
	}
}

function isCommandHelp(value: unknown): value is CommandHelp {
	const help = value as CommandHelp;
	return typeof help === 'object' && help !== null && Array.isArray(help.path) && Array.isArray(help.flags) && Array.isArray(help.subcommands) && Array.isArray(help.aliases);
}
