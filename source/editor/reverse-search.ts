import {type EditorState, type SearchMatch, type SearchState, type SearchStep, currentSearchStep} from './editor-state.js';
import {boundaryAtOrBefore, graphemes} from './graphemes.js';
import {leaveLine} from './history-navigation.js';
import {historyEntry} from './text-input.js';

const regexSyntax = /[\\^$.*+?()[\]{}|/]/g;

/**
Finds the newest entry at or before `startIndex` that holds `query`, and the last
place it occurs there. The search is case-insensitive unless the query has a
capital letter ("smart case"). Entries equal to `skipText` are passed over so
Ctrl-R never shows the same line twice in a row.
*/
export function findMatch(history: readonly string[], query: string, startIndex: number, skipText?: string): SearchMatch | undefined {
	if (query === '') {
		return undefined;
	}

	const flags = query === query.toLowerCase() ? 'giu' : 'gu';
	const pattern = new RegExp(query.replaceAll(regexSyntax, String.raw`\$&`), flags);
	for (let index = Math.min(startIndex, history.length - 1); index >= 0; index--) {
		const entry = historyEntry(history, index);
		if (entry === undefined || entry === skipText) {
			continue;
		}

		let last: RegExpExecArray | undefined;
		for (const match of entry.matchAll(pattern)) {
			last = match;
		}

		if (last) {
			return {index, position: last.index, length: last[0].length};
		}
	}

	return undefined;
}

export function startSearch(state: EditorState): EditorState {
	const original = {...state, search: undefined};
	return {...state, lastAction: 'other', search: {steps: [{query: '', match: undefined, failing: false}], original}};
}

function pushStep(state: EditorState, search: SearchState, step: SearchStep): EditorState {
	return {...state, search: {...search, steps: [...search.steps, step]}};
}

/** Typing while searching: the longer query is looked for from the current match backwards. */
export function refineSearch(state: EditorState, text: string, history: readonly string[]): EditorState {
	const {search} = state;
	if (!search || text === '') {
		return state;
	}

	const current = currentSearchStep(search);
	const query = current.query + text;
	if (current.failing && !current.match) {
		// Nothing held the shorter query, so nothing holds this one (a capital letter only makes matching stricter).
		return pushStep(state, search, {query, match: undefined, failing: true});
	}

	const match = findMatch(history, query, current.match?.index ?? history.length - 1);
	return pushStep(state, search, match ? {query, match, failing: false} : {query, match: current.match, failing: true});
}

/** Ctrl-R while searching: the next older entry holding the query, or the last query when none was typed. */
export function stepSearch(state: EditorState, history: readonly string[]): EditorState {
	const {search} = state;
	if (!search) {
		return state;
	}

	const current = currentSearchStep(search);
	if (current.query === '') {
		if (state.lastSearchQuery === '') {
			return state;
		}

		const query = state.lastSearchQuery;
		const match = findMatch(history, query, history.length - 1);
		return pushStep(state, search, {query, match, failing: match === undefined});
	}

	const start = (current.match?.index ?? history.length) - 1;
	const skipText = current.match ? historyEntry(history, current.match.index) : undefined;
	const match = findMatch(history, current.query, start, skipText);
	return pushStep(state, search, match ? {query: current.query, match, failing: false} : {...current, failing: true});
}

/** Backspace while searching: drops the last character of the query and goes back to what that shorter query showed. */
export function shortenSearch(state: EditorState, history: readonly string[]): EditorState {
	const {search} = state;
	if (!search) {
		return state;
	}

	const {query} = currentSearchStep(search);
	if (query === '') {
		return state;
	}

	const shorter = graphemes(query).slice(0, -1).join('');
	const steps = [...search.steps];
	while (steps.length > 1 && steps.at(-1)?.query !== shorter) {
		steps.pop();
	}

	const [first, ...rest] = steps;
	if (first && (rest.length > 0 || first.query === shorter)) {
		return {...state, search: {...search, steps: [first, ...rest]}};
	}

	// The shorter query was never typed (the query came from a previous search): look it up afresh.
	const match = findMatch(history, shorter, history.length - 1);
	return {...state, search: {...search, steps: [search.steps[0], {query: shorter, match, failing: match === undefined && shorter !== ''}]}};
}

/** Escape or Ctrl-G: back to the line as it was before the search. */
export function cancelSearch(state: EditorState): EditorState {
	if (!state.search) {
		return state;
	}

	const {query} = currentSearchStep(state.search);
	return {...state.search.original, killed: state.killed, lastSearchQuery: query || state.lastSearchQuery};
}

/** Leaves the search keeping the match as the line to edit, cursor at the start of the match. */
export function acceptSearch(state: EditorState, history: readonly string[]): EditorState {
	const {search} = state;
	if (!search) {
		return state;
	}

	const {query, match} = currentSearchStep(search);
	const lastSearchQuery = query || state.lastSearchQuery;
	const text = match ? historyEntry(history, match.index) : undefined;
	if (!match || text === undefined) {
		return {...search.original, killed: state.killed, lastSearchQuery};
	}

	const parked = leaveLine(search.original, history);
	return {
		...parked,
		text,
		cursor: boundaryAtOrBefore(text, match.position),
		historyIndex: match.index,
		killed: state.killed,
		lastAction: 'other',
		search: undefined,
		lastSearchQuery,
	};
}

/** The text the user sees while searching: the match, or the original line before anything matched. */
export function searchedText(search: SearchState, history: readonly string[]): {text: string; cursor: number} {
	const {match} = currentSearchStep(search);
	const text = match ? historyEntry(history, match.index) : undefined;
	if (match && text !== undefined) {
		return {text, cursor: boundaryAtOrBefore(text, match.position)};
	}

	return {text: search.original.text, cursor: search.original.cursor};
}
