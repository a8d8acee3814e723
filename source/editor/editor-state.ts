export type SearchMatch = {
	/** Index of the matching history entry (0 is the oldest). */
	index: number;
	/** Where the query matched inside that entry. */
	position: number;
	length: number;
};

/** One step of a reverse search: every typed character and every Ctrl-R adds one, so Backspace can go back. */
export type SearchStep = {
	query: string;
	/** The match shown; when `failing`, the last match found before the query stopped matching. */
	match: SearchMatch | undefined;
	failing: boolean;
};

export type SearchState = {
	steps: readonly [SearchStep, ...SearchStep[]];
	/** The editor as it was when the search began, restored by Escape or Ctrl-G. */
	original: EditorState;
};

/** A paste too long to insert without asking: the prompt asks, y inserts it, anything else drops it. */
export type PendingPaste = {
	/** The text as pasted (empty when `dropped`). */
	text: string;
	/** Its size in UTF-8 bytes, as the user's clipboard counts it. */
	bytes: number;
	lines: number;
	/** Commands it holds (lines, `\` continuations joined, blank lines not counted); 0 when dropped. */
	commands: number;
	/** Longer than the decoder keeps: nothing can be inserted, the prompt only says so. */
	dropped: boolean;
};

export type LastAction = 'kill-backward' | 'kill-forward' | 'history' | 'other';

export type EditorState = {
	text: string;
	/** A UTF-16 index into `text`, always on a grapheme boundary. */
	cursor: number;
	/** The last killed text, for Ctrl-Y. */
	killed: string;
	/** Consecutive kills accumulate in `killed`; consecutive Up/Down keep walking history. */
	lastAction: LastAction;
	/** The history entry being shown and edited, undefined for the new line. */
	historyIndex: number | undefined;
	/** The new line, kept while walking history. */
	draft: string;
	/** Edits made to recalled history entries, kept until the next submit. */
	historyEdits: ReadonlyMap<number, string>;
	search: SearchState | undefined;
	/** Ctrl-R on an empty query searches this again, as in readline. */
	lastSearchQuery: string;
	pendingPaste: PendingPaste | undefined;
};

export function createEditorState(text = ''): EditorState {
	return {
		text,
		cursor: text.length,
		killed: '',
		lastAction: 'other',
		historyIndex: undefined,
		draft: '',
		historyEdits: new Map(),
		search: undefined,
		lastSearchQuery: '',
		pendingPaste: undefined,
	};
}

/** A fresh line after an accepted submit; the kill buffer and last search survive. */
export function resetAfterSubmit(state: EditorState): EditorState {
	return {...createEditorState(), killed: state.killed, lastSearchQuery: state.lastSearchQuery};
}

export function currentSearchStep(search: SearchState): SearchStep {
	return search.steps.at(-1) ?? search.steps[0];
}
