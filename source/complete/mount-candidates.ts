import {mountMessages, type MountMessageKey} from '../explain/mount-messages.js';
import {mountKeys} from '../explain/mount-spec.js';
import type {Lang} from '../i18n/catalogue.js';
import {imageCandidates, volumeCandidates} from './engine-candidates.js';
import type {CompleteTranslate} from './messages.js';
import {hostPathCandidates, looksLikeHostPath, type PathCandidates} from './path-candidates.js';
import type {CompletionSources} from './types.js';

/** A candidate list for one part of a flag's value, and the part's own prefix. */
export type PartCompletion = PathCandidates & {prefix: string};

type Context = {lang: Lang; t: CompleteTranslate; sources: CompletionSources};

const bareKeys = new Set(['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive', 'bind-create-src']);
const typeKeys: Record<string, string> = {bind: 'bind-', volume: 'volume-', tmpfs: 'tmpfs-', image: 'image-'};
/** Keys that name the same thing: once one is given, the others are not offered. */
const sameKey: Record<string, string> = {src: 'source', source: 'source', dst: 'target', destination: 'target', target: 'target', ro: 'readonly', readonly: 'readonly'};
const commonKeys = new Set(['type', 'source', 'src', 'target', 'destination', 'dst', 'readonly', 'ro']);
const keyText: Record<string, MountMessageKey> = {
	source: 'complete.key.source', src: 'complete.key.source', target: 'complete.key.target', destination: 'complete.key.target', dst: 'complete.key.target', ro: 'complete.key.readonly',
};
const mountTypes = ['volume', 'bind', 'tmpfs', 'image'] as const;
const booleans = ['true', 'false'] as const;
const propagations = ['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'];
const recursions = ['enabled', 'disabled', 'writable', 'readonly'];
const consistencies = ['consistent', 'cached', 'delegated', 'default'];

/**
Completes inside a `--mount` value: after the last comma, a key (those of the
mount's type once `type=` is given, keys already there left out), or after
`key=` the values it takes: volume names or host paths for `src=`.
*/
export function mountCandidates(value: string, {lang, t, sources}: Context): PartCompletion {
	const comma = value.lastIndexOf(',');
	const field = value.slice(comma + 1);
	const earlier = value.slice(0, Math.max(0, comma)).split(',').filter(Boolean).map(part => {
		const equals = part.indexOf('=');
		return equals === -1 ? {key: part.toLowerCase(), value: undefined} : {key: part.slice(0, equals).toLowerCase(), value: part.slice(equals + 1)};
	});
	const type = earlier.find(part => part.key === 'type')?.value ?? 'volume';
	const equals = field.indexOf('=');
	if (equals === -1) {
		const used = new Set(earlier.map(part => sameKey[part.key] ?? part.key));
		const candidates = mountKeys
			.filter(key => key.startsWith(field) && !used.has(sameKey[key] ?? key) && (commonKeys.has(key) || key === 'consistency' || key.startsWith(typeKeys[type] ?? '\0')))
			// `src=` is inserted whole: the value comes next.
			.map(key => ({value: bareKeys.has(key) ? key : `${key}=`, suffix: '', description: mountMessages(lang)(keyText[key] ?? `complete.key.${key}` as MountMessageKey)}));
		return {prefix: field, candidates, wanted: []};
	}

	const key = field.slice(0, equals).toLowerCase();
	const prefix = field.slice(equals + 1);
	const fixed = (values: readonly string[], describe: (value: string) => string): PartCompletion => ({
		prefix,
		candidates: values.filter(candidate => candidate.startsWith(prefix)).map(candidate => ({value: candidate, suffix: ',', description: describe(candidate)})),
		wanted: [],
	});
	switch (key) {
		case 'type': {
			return fixed(mountTypes, name => mountMessages(lang)(`complete.type.${name}` as MountMessageKey));
		}

		case 'source':
		case 'src': {
			if (type === 'bind' || looksLikeHostPath(prefix)) {
				return {prefix, ...hostPathCandidates(prefix, ',', sources, t)};
			}

			if (type === 'image') {
				return {prefix, candidates: imageCandidates(sources.docker, sources.images, prefix, ',', {lang, t}), wanted: []};
			}

			return {prefix, candidates: volumeCandidates(sources.docker, prefix, ',', {lang, t}), wanted: []};
		}

		case 'readonly':
		case 'ro':
		case 'volume-nocopy':
		case 'bind-create-src': {
			return fixed(booleans, name => t(`bool.${name as (typeof booleans)[number]}`));
		}

		case 'bind-propagation': {
			return fixed(propagations, name => mountMessages(lang)('complete.propagation', {value: name}));
		}

		case 'bind-recursive': {
			return fixed(recursions, name => mountMessages(lang)('complete.recursive', {value: name}));
		}

		case 'consistency': {
			return fixed(consistencies, name => mountMessages(lang)('complete.consistency', {value: name}));
		}

		default: {
			return {prefix, candidates: [], wanted: []};
		}
	}
}

const volumeModes = ['ro', 'rw', 'z', 'Z', 'nocopy'] as const;

/**
Completes inside a `-v` value, SOURCE:TARGET[:MODE]: the source is a volume
name or, when it starts like a path, a host path; the mode a list of options.
*/
export function volumeFlagCandidates(value: string, {lang, t, sources}: Context): PartCompletion {
	const fields = value.split(':');
	if (fields.length === 1) {
		const prefix = fields[0]!;
		if (looksLikeHostPath(prefix)) {
			return {prefix, ...hostPathCandidates(prefix, ':', sources, t)};
		}

		return {prefix, candidates: volumeCandidates(sources.docker, prefix, ':', {lang, t}), wanted: []};
	}

	if (fields.length === 3) {
		const prefix = fields[2]!.slice(fields[2]!.lastIndexOf(',') + 1);
		const candidates = volumeModes.filter(mode => mode.startsWith(prefix)).map(mode => ({value: mode, suffix: ' ', description: mountMessages(lang)(`complete.mode.${mode}`)}));
		return {prefix, candidates, wanted: []};
	}

	return {prefix: fields.at(-1)!, candidates: [], wanted: []};
}

/** `--volumes-from` takes CONTAINER[:ro|rw]. */
export function isVolumesFromMode(value: string): boolean {
	return value.includes(':');
}
