import path from 'node:path';
import {hasControls} from '../text/escape-controls.js';
import type {CompleteTranslate} from './messages.js';
import type {Candidate, CompletionSources} from './types.js';

/** Whether a value reads as a host path rather than a volume name (as `-v` decides). */
export function looksLikeHostPath(value: string): boolean {
	return value.startsWith('/') || value.startsWith('.') || value.startsWith('~');
}

export type PathCandidates = {candidates: Candidate[]; wanted: string[]};

/**
Entries of the host folder `prefix` points into, from the provider's cache.
`prefix` is already expanded (`~` and `$HOME` replaced), relative ones are
read from `cwd`. Folders end with `/` and take no suffix, so Tab goes on
into them; files take `fileSuffix`.
*/
export function hostPathCandidates(prefix: string, fileSuffix: string, sources: Pick<CompletionSources, 'listDirectory' | 'cwd'>, t: CompleteTranslate): PathCandidates {
	const slash = prefix.lastIndexOf('/');
	const folder = prefix.slice(0, slash + 1);
	const base = prefix.slice(slash + 1);
	const directory = path.posix.resolve(sources.cwd ?? '/', folder === '' ? '.' : folder);
	const entries = sources.listDirectory?.(directory);
	if (!entries) {
		return {candidates: [], wanted: sources.listDirectory ? [directory] : []};
	}

	const candidates: Candidate[] = [];
	for (const entry of entries) {
		// Hidden entries only when asked for; a name with control bytes cannot be typed back.
		if (!entry.name.startsWith(base) || (entry.name.startsWith('.') && !base.startsWith('.')) || hasControls(entry.name)) {
			continue;
		}

		candidates.push(entry.directory
			? {value: `${folder}${entry.name}/`, suffix: '', description: t('folder')}
			: {value: `${folder}${entry.name}`, suffix: fileSuffix, description: t('file')});
	}

	candidates.sort((a, b) => (a.value < b.value ? -1 : (a.value > b.value ? 1 : 0)));
	return {candidates, wanted: []};
}
