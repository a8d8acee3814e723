import {readCsvRecord} from './csv-fields.js';
import {compareVersions, isGoOctalUint32, isGoRamSize, parseGoBool} from './go-values.js';
import type {SpecProblem} from './spec-problem.js';
import {volumeNameProblem} from './volume-name.js';
import {cleanContainerPath} from './volume-spec.js';

export type MountKeyField = {
	/** Key as docker reads it (lowercased): `type`, `src`, `readonly`... */
	key: string;
	/** Undefined for a bare key such as `readonly`. */
	value: string | undefined;
	/** Span of the field inside the spec, quotes included. */
	start: number;
	end: number;
};

export type ParsedMountSpec = {
	/** Lowercased; `volume` when no `type=` is given. */
	type: string;
	source: string | undefined;
	target: string | undefined;
	readOnly: boolean;
	/** A volume mount without a source: a new anonymous volume. */
	anonymous: boolean;
	/** `bind-create-src`: a missing bind source is created instead of refused. */
	createSource: boolean;
	volumeDriver: string | undefined;
	/** `bind-propagation`, lowercased as the client sends it. */
	propagation?: string;
};

export type MountSpecResult = {
	fields: MountKeyField[];
	/** Undefined when the value cannot even be split into fields. */
	mount: ParsedMountSpec | undefined;
	/** At most one: docker stops at the first problem. */
	problems: SpecProblem[];
};

export type MountSpecOptions = {
	/** Docker client version: keys newer than it are refused as docker would. */
	clientVersion?: string;
	/** Engine API version: `type=image` needs 1.47. */
	apiVersion?: string;
};

/** Every key the docker client reads in `--mount`, aliases included. */
export const mountKeys: readonly string[] = [
	'type', 'source', 'src', 'target', 'destination', 'dst', 'readonly', 'ro', 'consistency',
	'bind-propagation', 'bind-recursive', 'bind-nonrecursive', 'bind-create-src',
	'volume-subpath', 'volume-nocopy', 'volume-label', 'volume-driver', 'volume-opt',
	'image-subpath', 'tmpfs-size', 'tmpfs-mode',
];

const bareKeys = new Set(['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive', 'bind-create-src']);
const optionFamilies = ['volume', 'image', 'bind', 'tmpfs'] as const;
const knownTypes = new Set(['volume', 'bind', 'tmpfs', 'image', 'npipe', 'cluster']);
const propagations = new Set(['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave']);
/** First docker client release that reads `bind-create-src`. */
const bindCreateSourceSince = '29.3';

/**
Splits and checks a `--mount` value the way the docker client parses it
(opts/mount.go), then the checks the engine makes before creating the
container. Problems carry docker's own wording.
*/
export function parseMountSpec(spec: string, options: MountSpecOptions = {}): MountSpecResult {
	const csv = readCsvRecord(spec);
	const fields: MountKeyField[] = csv.fields.map(field => {
		const equals = field.value.indexOf('=');
		return equals === -1
			? {key: field.value.toLowerCase(), value: undefined, start: field.start, end: field.end}
			: {key: field.value.slice(0, equals).toLowerCase(), value: field.value.slice(equals + 1), start: field.start, end: field.end};
	});

	if (!csv.ok) {
		return {fields, mount: undefined, problems: [{code: 'csv', docker: csv.error, start: csv.start, end: csv.end, params: {}}]};
	}

	const mount: ParsedMountSpec = {
		type: 'volume',
		source: undefined,
		target: undefined,
		readOnly: false,
		anonymous: false,
		createSource: false,
		volumeDriver: undefined,
	};
	const families = new Set<(typeof optionFamilies)[number]>();
	let bindRecursive: string | undefined;
	let propagation: string | undefined;
	const clientProblem = (problem: SpecProblem): MountSpecResult => ({fields, mount, problems: [problem]});

	for (const [index, field] of fields.entries()) {
		const raw = csv.fields[index]!.value;
		const at = {start: field.start, end: field.end};
		const {key, value} = field;

		if (key === 'bind-create-src' && options.clientVersion && compareVersions(options.clientVersion, bindCreateSourceSince) < 0) {
			const docker = value === undefined
				? `invalid field '${raw}' must be a key=value pair`
				: `unexpected key '${key}' in '${raw}'`;
			return clientProblem({code: 'unsupported-key', docker, ...at, params: {key, version: options.clientVersion, since: bindCreateSourceSince}});
		}

		if (value === undefined) {
			if (!bareKeys.has(key)) {
				return clientProblem({code: 'not-pair', docker: `invalid field '${raw}' must be a key=value pair`, ...at, params: {field: raw}});
			}

			applyFlag(key, true);
			continue;
		}

		const invalid = (docker = `invalid value for ${key}: ${value}`) => clientProblem({code: 'invalid-value', docker, ...at, params: {key, value}});

		switch (key) {
			case 'type': {
				mount.type = value.toLowerCase();
				break;
			}

			case 'source':
			case 'src': {
				mount.source = value;
				break;
			}

			case 'target':
			case 'dst':
			case 'destination': {
				mount.target = value;
				break;
			}

			case 'readonly':
			case 'ro':
			case 'bind-nonrecursive':
			case 'bind-create-src':
			case 'volume-nocopy': {
				const parsed = parseGoBool(value);
				if (parsed === undefined) {
					return invalid();
				}

				applyFlag(key, parsed);
				break;
			}

			case 'consistency': {
				break;
			}

			case 'bind-propagation': {
				families.add('bind');
				propagation = value.toLowerCase();
				break;
			}

			case 'bind-recursive': {
				if (!['enabled', 'disabled', 'writable', 'readonly'].includes(value)) {
					return invalid(`invalid value for ${key}: ${value} (must be "enabled", "disabled", "writable", or "readonly")`);
				}

				families.add('bind');
				bindRecursive = value;
				break;
			}

			case 'volume-driver': {
				families.add('volume');
				mount.volumeDriver = value;
				break;
			}

			case 'volume-subpath':
			case 'volume-label':
			case 'volume-opt': {
				families.add('volume');
				break;
			}

			case 'image-subpath': {
				families.add('image');
				break;
			}

			case 'tmpfs-size': {
				if (!isGoRamSize(value)) {
					return invalid();
				}

				families.add('tmpfs');
				break;
			}

			case 'tmpfs-mode': {
				if (!isGoOctalUint32(value)) {
					return invalid();
				}

				families.add('tmpfs');
				break;
			}

			default: {
				return clientProblem({code: 'unknown-key', docker: `unexpected key '${key}' in '${raw}'`, ...at, params: {key, field: raw}});
			}
		}
	}

	const whole = {start: 0, end: spec.length};
	if (mount.type === '') {
		return clientProblem({code: 'type-required', docker: 'type is required', ...fieldSpan('type') ?? whole, params: {}});
	}

	if (mount.target === undefined || mount.target === '') {
		return clientProblem({code: 'target-required', docker: 'target is required', ...fieldSpan('target', 'dst', 'destination') ?? whole, params: {}});
	}

	for (const family of optionFamilies) {
		if (families.has(family) && mount.type !== family) {
			const span = fields.find(field => field.key.startsWith(`${family}-`)) ?? whole;
			return clientProblem({
				code: 'mixed-options',
				docker: `cannot mix '${family}-*' options with mount type '${mount.type}'`,
				start: span.start,
				end: span.end,
				params: {family, type: mount.type},
			});
		}
	}

	if (bindRecursive === 'writable' && !mount.readOnly) {
		return clientProblem({
			code: 'bind-recursive-readonly',
			docker: 'option \'bind-recursive=writable\' requires \'readonly\' to be specified in conjunction',
			...fieldSpan('bind-recursive') ?? whole,
			params: {value: bindRecursive},
		});
	}

	if (bindRecursive === 'readonly') {
		if (!mount.readOnly) {
			return clientProblem({
				code: 'bind-recursive-readonly',
				docker: 'option \'bind-recursive=readonly\' requires \'readonly\' to be specified in conjunction',
				...fieldSpan('bind-recursive') ?? whole,
				params: {value: bindRecursive},
			});
		}

		if (propagation !== 'rprivate') {
			return clientProblem({
				code: 'bind-recursive-propagation',
				docker: 'option \'bind-recursive=readonly\' requires \'bind-propagation=rprivate\' to be specified in conjunction',
				...fieldSpan('bind-recursive') ?? whole,
				params: {},
			});
		}
	}

	if (bindRecursive === 'readonly' && options.apiVersion !== undefined && compareVersions(options.apiVersion, '1.44') < 0) {
		return clientProblem({
			code: 'api-too-old',
			docker: 'bind-recursive=readonly requires API v1.44 or later',
			...fieldSpan('bind-recursive') ?? whole,
			params: {flag: 'bind-recursive=readonly', minApi: '1.44', api: options.apiVersion},
		});
	}

	mount.anonymous = mount.type === 'volume' && (mount.source === undefined || mount.source === '');
	mount.propagation = propagation;
	const engineProblem = checkLikeTheEngine(mount, options, fieldSpan);
	return {fields, mount, problems: engineProblem ? [engineProblem] : []};

	function applyFlag(key: string, value: boolean) {
		switch (key) {
			case 'readonly':
			case 'ro': {
				mount.readOnly = value;
				break;
			}

			case 'volume-nocopy': {
				families.add('volume');
				break;
			}

			case 'bind-create-src': {
				families.add('bind');
				mount.createSource = value;
				break;
			}

			default: {
				families.add('bind');
			}
		}
	}

	function fieldSpan(...keys: string[]): {start: number; end: number} | undefined {
		const field = fields.findLast(candidate => keys.includes(candidate.key));
		return field && {start: field.start, end: field.end};
	}
}

function checkLikeTheEngine(
	mount: ParsedMountSpec,
	options: MountSpecOptions,
	fieldSpan: (...keys: string[]) => {start: number; end: number} | undefined,
): SpecProblem | undefined {
	const prefix = `invalid mount config for type "${mount.type}"`;
	const typeSpan = fieldSpan('type') ?? {start: 0, end: 0};
	const api = options.apiVersion;
	const tooNew = (since: string) => api !== undefined && compareVersions(api, since) < 0;
	// Named pipes are Windows-only; the engine learnt cluster volumes in API 1.42 and image mounts in 1.47.
	const unknownHere = mount.type === 'npipe' || (mount.type === 'cluster' && tooNew('1.42')) || (mount.type === 'image' && tooNew('1.47'));
	if (!knownTypes.has(mount.type) || unknownHere) {
		return {code: 'unknown-type', docker: `${prefix}: mount type unknown`, ...typeSpan, params: {type: mount.type}};
	}

	const target = mount.target!;
	const targetSpan = fieldSpan('target', 'dst', 'destination')!;
	if (!target.startsWith('/') && mount.type !== 'npipe') {
		return {code: 'relative-target', docker: `${prefix}: invalid mount path: '${target}' mount path must be absolute`, ...targetSpan, params: {target}};
	}

	if (cleanContainerPath(target) === '/') {
		return {code: 'target-root', docker: `${prefix}: invalid specification: destination can't be '/'`, ...targetSpan, params: {}};
	}

	const source = mount.source ?? '';
	const sourceSpan = fieldSpan('source', 'src') ?? typeSpan;
	if (mount.type === 'bind') {
		if (source === '') {
			return {code: 'source-required', docker: `${prefix}: field Source must not be empty`, ...sourceSpan, params: {}};
		}

		// The client makes a source starting with `.` absolute (`./x`, `..`); anything else relative (`~/x`, `x`) reaches the engine as is.
		if (!source.startsWith('/') && !source.startsWith('.')) {
			return {code: 'relative-source', docker: `${prefix}: invalid mount path: '${source}' mount path must be absolute`, ...sourceSpan, params: {source}};
		}
	}

	if (mount.type === 'bind' && mount.propagation !== undefined && !propagations.has(mount.propagation)) {
		const span = fieldSpan('bind-propagation') ?? typeSpan;
		return {code: 'invalid-propagation', docker: `${prefix}: invalid propagation mode: ${mount.propagation}`, ...span, params: {value: mount.propagation}};
	}

	if (mount.type === 'tmpfs' && source !== '') {
		return {code: 'source-not-allowed', docker: `${prefix}: field Source must not be specified`, ...sourceSpan, params: {}};
	}

	if (mount.type === 'volume' && source !== '' && (mount.volumeDriver === undefined || mount.volumeDriver === 'local')) {
		return volumeNameProblem(source, sourceSpan.start, sourceSpan.end);
	}

	return undefined;
}
