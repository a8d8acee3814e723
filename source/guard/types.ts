import type {Lang} from '../i18n/catalogue.js';

/** `danger`: something is known to be lost. `warning`: something may be, dockwise cannot see how much. */
export type LossSeverity = 'warning' | 'danger';

/**
What a line of the preview says: `lost` (data that goes for good), `unknown`
(may hold data, not read), `kept` (docker will refuse to delete it), `note`
(how the list was made, what else goes).
*/
export type LossLineKind = 'lost' | 'unknown' | 'kept' | 'note';

export type LossLine = {
	text: string;
	kind: LossLineKind;
	/** 0: an item (a volume, a container); 1: a detail of the item above. */
	depth: 0 | 1;
};

/** What a destructive docker command would delete, said before it runs. */
export type LossPreview = {
	severity: LossSeverity;
	/** One line that sums it up, in the preview's language. */
	headline: string;
	lines: LossLine[];
	/**
	Volumes whose contents are not known (never read, or a container mounted them
	since). Read them (`tracker.volumeContents`) once, then assess again: the
	preview then tells their files, or still says plainly that they are unknown.
	*/
	volumesToRead: string[];
	/**
	Ids of containers whose writable layer was never read. Read it (`docker diff`)
	once, then assess again, like `volumesToRead`.
	*/
	containersToRead: string[];
	/**
	For commands that would ask again on their own (`volume prune`, `container
	prune`, `system prune` without `--force`): the args (without `docker`) to run
	once the user said yes, `--force` added so docker does not ask a second time.
	*/
	confirmedArgs?: string[];
};

export type AssessOptions = {
	lang: Lang;
	/** API version of the engine (`1.41`); decides which volumes a prune deletes. */
	apiVersion?: string;
	/** At most this many volumes in `volumesToRead` (reading one can start a helper container). Default 20. */
	readLimit?: number;
	/**
	Volume contents read before this time (ms since the epoch), and writable layers
	of running containers, count as unknown: they are read again before the guard
	decides not to ask. Undefined trusts every reading (pure tests).
	*/
	freshSince?: number;
};
