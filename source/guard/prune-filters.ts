import {parseGoBool} from '../explain/go-values.js';

/** `--filter` values of a prune, as docker reads them: `label=KEY[=VALUE]`, `label!=...`, `until=...`. */
export type PruneFilters = {
	label: string[];
	notLabel: string[];
	/** Values of `all=` (`volume prune` on API >= 1.42). */
	all: string[];
	/** Other keys, each as typed (`until=24h`). */
	other: Array<{key: string; text: string}>;
	/** A value without `=`: the docker client refuses it (`bad format of filter`). */
	malformed: boolean;
};

/** Splits `--filter` values like the docker client: at the first `=`, key lowercased, both trimmed. */
export function parsePruneFilters(values: readonly string[]): PruneFilters {
	const filters: PruneFilters = {label: [], notLabel: [], all: [], other: [], malformed: false};
	for (const text of values) {
		const equals = text.indexOf('=');
		if (equals === -1) {
			filters.malformed = true;
			continue;
		}

		const key = text.slice(0, equals).trim().toLowerCase();
		const value = text.slice(equals + 1).trim();
		switch (key) {
			case 'label': {
				filters.label.push(value);
				break;
			}

			case 'label!': {
				filters.notLabel.push(value);
				break;
			}

			case 'all': {
				filters.all.push(value);
				break;
			}

			default: {
				filters.other.push({key, text: text.trim()});
			}
		}
	}

	return filters;
}

/**
The engine's `MatchKVList`: true when every `KEY` or `KEY=VALUE` of the list is
among the labels (an empty list matches everything).
*/
export function matchesEvery(list: readonly string[], labels: Readonly<Record<string, string>>): boolean {
	if (list.length === 0) {
		return true;
	}

	return list.every(entry => {
		const equals = entry.indexOf('=');
		const key = equals === -1 ? entry : entry.slice(0, equals);
		if (!Object.hasOwn(labels, key)) {
			return false;
		}

		return equals === -1 || labels[key] === entry.slice(equals + 1);
	});
}

/**
Whether the label filters keep an object with these labels, as the engine decides
it for every prune: it must match all `label=` entries, and is spared only when it
matches all `label!=` entries together (so `label!=a label!=b` spares only objects
carrying both a and b; checked on the engine here).
*/
export function matchesLabelFilters(filters: Pick<PruneFilters, 'label' | 'notLabel'>, labels: Readonly<Record<string, string>>): boolean {
	if (!matchesEvery(filters.label, labels)) {
		return false;
	}

	return filters.notLabel.length === 0 || !matchesEvery(filters.notLabel, labels);
}

/** Reads `all=` filters as the engine does: one Go boolean; undefined when absent, `invalid` when docker refuses them. */
export function allFilter(filters: PruneFilters): boolean | 'invalid' | undefined {
	if (filters.all.length === 0) {
		return undefined;
	}

	if (new Set(filters.all).size > 1) {
		return 'invalid';
	}

	return parseGoBool(filters.all[0]!) ?? 'invalid';
}
