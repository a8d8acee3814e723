import type {Lang} from '../i18n/catalogue.js';
import type {RunStep} from '../script/types.js';
import type {Check} from './check-kinds.js';

export type Stage = {
	id: string;
	title: string;
	say: string;
	/** The commands to type: shown, and offered in the prompt on F4 or `:try`. */
	try: RunStep[];
	check: Check;
	/** Failure code of the check -> text. */
	hints: Readonly<Record<string, string>>;
	done: string;
	/** What the stage says (and offers) instead when the engine runs on another machine. */
	remote?: {say: string; try?: RunStep[]};
	line: number;
};

/**
One lesson in one language, as its file says, placeholders (`{volume}`) not yet
replaced: see `bindLesson` for the names a run uses.
*/
export type Lesson = {
	name: string;
	lang: Lang;
	title: string;
	/** One line for `dockwise learn`. */
	summary: string;
	intro: string;
	/** Placeholder -> default name (`volume: my_volume`). */
	names: Readonly<Record<string, string>>;
	/** What the lesson creates, written with placeholders: said before it starts, offered for removal at the end. */
	creates: {volumes: string[]; containers: string[]};
	stages: Stage[];
	file: string;
};

/** Placeholders filled from what the learner's session showed, for closing texts. */
export const factPlaceholders = ['lostFiles', 'volumeFileCount', 'volumeFiles'] as const;
/** Filled with what a failed check found (a path, a name), in hints only. */
export const foundPlaceholder = 'found';
