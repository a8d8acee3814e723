import type {DockerCatalogue} from '../explain/types.js';
import type {Lang} from '../i18n/catalogue.js';
import type {DockerState} from '../state/types.js';

/** One way to finish the part of the line being completed. */
export type Candidate = {
	/** The whole part once completed, unquoted: `volume`, `--mount`, `my_volume`, `src=`, `/home/`. */
	value: string;
	/** One line saying what it is, in the session's language. May hold engine data: escape before drawing. */
	description: string;
	/** Typed after the candidate when it is chosen: ' ', '=', ',', ':' or nothing (a folder, a key to go on). */
	suffix: string;
};

export type DirectoryEntry = {name: string; directory: boolean};

/** Everything completion reads; it never starts a process or touches the file system itself. */
export type CompletionSources = {
	lang: Lang;
	/** The state tracker's model: volume and container names. */
	docker?: DockerState;
	/** Docker's own flag catalogue, as loaded so far. */
	catalogue?: DockerCatalogue;
	/** Local image names (`alpine:latest`), when known. */
	images?: readonly string[];
	/** Names of the lessons dockwise offers, when there are any. */
	lessons?: readonly string[];
	env?: Readonly<Record<string, string | undefined>>;
	home?: string;
	cwd?: string;
	/**
	The entries of a host folder, undefined while not read yet: the caller reads the
	folders listed in `directoriesWanted` and completes again.
	*/
	listDirectory?: (path: string) => readonly DirectoryEntry[] | undefined;
};

export type Quote = '"' | '\'';

/** What Tab can do at one place of the line. */
export type Completion = {
	/** Where the cursor was: candidates are inserted there. */
	cursor: number;
	/** What was typed of the part, unquoted; every candidate's value starts with it. */
	prefix: string;
	/** The quote left open before the cursor, if any. */
	quote: Quote | undefined;
	candidates: Candidate[];
	/** Host folders whose entries would give candidates, not read yet. */
	directoriesWanted: string[];
};
