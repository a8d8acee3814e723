import type {Lang} from '../i18n/catalogue.js';

export type TokenRole = 'program' | 'command' | 'flag' | 'value' | 'image' | 'argument' | 'container-command';

/**
One explained piece of the line. `text` is always `line.slice(start, end)`. A
shell word usually gives one token; `--mount=x` gives a flag token and a value
token, and combined short flags (`-itd`) give one token per letter.
*/
export type ExplainedToken = {
	text: string;
	start: number;
	end: number;
	role: TokenRole;
	/** The long form of the flag this token is (or is the value of), e.g. `--volume` for `-v`. */
	flag?: string;
	summary: string;
	/** The word after quote removal and `$VAR`/`~` expansion (for split tokens: that part of it). */
	value: string;
	/** Keys of a `--mount` value, fields of a `-v` value, each explained. */
	parts?: TokenPart[];
	/** Where the summary comes from: our curated knowledge, docker's own help, or nowhere. */
	source?: 'curated' | 'docker' | 'unknown';
};

export type TokenPart = {
	text: string;
	start: number;
	end: number;
	/** The `--mount` key (`type`, `src`...) or the `-v` field (`source`, `target`, `mode`). */
	key: string;
	summary: string;
};

export type MountType = 'volume' | 'bind' | 'tmpfs' | 'image' | 'npipe' | 'cluster' | 'volumes-from';

export type ExplainedMount = {
	type: MountType;
	/** Volume name, host path or image; null for anonymous volumes and tmpfs. */
	source: string | null;
	/** Path inside the container; null for `--volumes-from`. */
	target: string | null;
	readOnly: boolean;
	/** Whether what the container writes there outlives the container. */
	persistent: boolean;
	anonymous: boolean;
	/** The flag that declared it: `--mount`, `--volume`, `--tmpfs`, `--volumes-from`. */
	flag: string;
	start: number;
	end: number;
};

export type WarningCode =
	| 'bind-home'
	| 'bind-root'
	| 'docker-socket'
	| 'bind-sensitive'
	| 'bind-missing-source'
	| 'bind-remote-source'
	| 'rm-writable-loss'
	| 'no-persistence'
	| 'privileged'
	| 'prune-named'
	| 'secret-in-line'
	| 'deprecated-flag'
	| 'unknown-flag'
	| 'name-in-use'
	| 'volume-in-use'
	| 'shell-exits';

export type WarningLevel = 'info' | 'warning' | 'danger';

export type ExplainWarning = {
	code: WarningCode;
	level: WarningLevel;
	message: string;
	/** The part of the line it is about, when there is one. */
	start?: number;
	end?: number;
};

export type ExplainError = {
	message: string;
	start: number;
	end: number;
	/** Docker's own wording, untranslated, when docker would print this error. */
	docker?: string;
};

export type Explanation = {
	/** Canonical command path (`container run` for `run`), null when none was recognised. */
	command: string | null;
	commandPath: string[];
	/** The words that named the command, as typed (`run`, `volume list`). */
	typedCommand: string | null;
	lang: Lang;
	tokens: ExplainedToken[];
	mounts: ExplainedMount[];
	/** `run`/`create` with `--rm` on: the container is deleted when it exits. */
	autoRemove: boolean;
	warnings: ExplainWarning[];
	errors: ExplainError[];
	effects: string[];
	/** Host paths whose existence matters (bind sources) but that `pathExists` could not answer. */
	hostPathsToCheck: string[];
	/** Command paths whose docker help is not in the catalogue yet; load them and explain again. */
	catalogueWanted: string[][];
	/** True when the engine's API version would change this explanation and none was given. */
	engineFactsWanted: boolean;
	/** Every flag as docker reads it, in line order, global ones first: read them with source/explain/flag-uses.ts. */
	flagUses: FlagUseReading[];
	/** The command's operands (names, image), values as docker gets them; the container's command excluded. */
	operands: string[];
};

/** One use of a flag, as the parse read it. */
export type FlagUseReading = {
	/** Long name without dashes (`force` for `-f`); for a flag the parse does not know, its typed name without dashes. */
	long: string;
	/** Undefined for a switch given without a value (`--force`, `-f`). */
	value: string | undefined;
	/** Given before the command (`docker -H x ps`). */
	global: boolean;
	known: boolean;
};

/** A flag as `docker <command> --help` describes it. */
export type HelpFlag = {
	long: string;
	short?: string;
	/** Value type (`string`, `list`, `mount`...); absent for switches. */
	type?: string;
	default?: string;
	description: string;
};

/** What `docker <path> --help` says about one command. */
export type CommandHelp = {
	path: string[];
	usage: string;
	description: string;
	/** Every name of the command, each a full path (`['container', 'ls']`, `['ps']`). */
	aliases: string[][];
	flags: HelpFlag[];
	subcommands: Array<{name: string; description: string}>;
};

/** The flags the installed docker knows, per command path (`''` for the root, `'container run'`). */
export type DockerCatalogue = {
	clientVersion?: string;
	commands: ReadonlyMap<string, CommandHelp>;
};

/** The engine's containers and volumes as the caller last saw them: plain data, so the explanation stays pure. */
export type KnownEngineState = {
	containers: ReadonlyArray<{name: string; status: string}>;
	/** Each volume with the containers that mount it (running or not). */
	volumes: ReadonlyArray<{name: string; usedBy: ReadonlyArray<{name: string; status: string}>}>;
};

export type EngineFacts = {
	/** API version of the server, e.g. `1.41`; decides what `volume prune` removes. */
	apiVersion?: string;
	/** CPUs of the engine's host (`docker info` NCPU): `--cpus` above it is refused. */
	cpuCount?: number;
};

export type ExplainOptions = {
	lang: Lang;
	/** Variables for `$VAR` expansion; with neither `env` nor `home`, `$VAR` and `~` stay literal. */
	env?: Readonly<Record<string, string | undefined>>;
	/** Home directory: `~` expansion and the `bind-home` warning; default `env.HOME`. */
	home?: string;
	/** Working directory, to resolve relative bind sources (`./data`); default `env.PWD`. */
	cwd?: string;
	catalogue?: DockerCatalogue;
	engine?: EngineFacts;
	/**
	Whether a host path exists: `true`/`false` when known, `undefined` when not (yet).
	Pure code cannot look; the caller answers from a cache and checks the paths
	listed in `hostPathsToCheck` before explaining again.
	*/
	pathExists?: (hostPath: string) => boolean | undefined;
	/**
	The engine runs on another machine (this name): bind sources are paths there,
	which dockwise cannot check; the explanation says so instead.
	*/
	engineHost?: string;
	/** What the engine has, as last seen (the volume panel's model): names taken, volumes in use. */
	known?: KnownEngineState;
	/** The REPL runs a foreground `run --rm` without `--rm` and removes the container itself: the effects say so. */
	runsRmInPlace?: boolean;
};
