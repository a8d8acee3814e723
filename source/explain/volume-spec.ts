import {normalizePath} from './host-path.js';
import type {SpecProblem} from './spec-problem.js';
import {volumeNameProblem} from './volume-name.js';

export type VolumeSpecField = {
	key: 'source' | 'target' | 'mode';
	value: string;
	/** Span inside the spec. */
	start: number;
	end: number;
};

export type VolumeSpecKind = 'named' | 'bind' | 'anonymous';

export type ParsedVolumeSpec = {
	kind: VolumeSpecKind;
	/** Volume name or host path as written; undefined for an anonymous volume. */
	source: string | undefined;
	target: string;
	modes: string[];
	readOnly: boolean;
};

export type VolumeSpecResult = {
	fields: VolumeSpecField[];
	volume: ParsedVolumeSpec | undefined;
	/** At most one: docker stops at the first problem. */
	problems: SpecProblem[];
};

const rwModes = new Set(['rw', 'ro']);
const labelModes = new Set(['z', 'Z']);
const propagationModes = new Set(['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave']);
const copyModes = new Set(['nocopy']);
const consistencyModes = new Set(['consistent', 'cached', 'delegated']);
const modeFamilies = [rwModes, labelModes, propagationModes, copyModes, consistencyModes];

/** Docker's rule for `-v` modes: known words only, at most one of each family. */
export function isValidVolumeMode(mode: string): boolean {
	if (mode === '') {
		return true;
	}

	const counts = modeFamilies.map(() => 0);
	for (const word of mode.split(',')) {
		const family = modeFamilies.findIndex(set => set.has(word));
		if (family === -1) {
			return false;
		}

		counts[family]!++;
		if (counts[family]! > 1) {
			return false;
		}
	}

	return true;
}

/**
Splits and checks a `-v`/`--volume` value: `TARGET` (anonymous volume),
`SOURCE:TARGET` or `SOURCE:TARGET:MODE`. A source starting with `/` or `.`
is a host path (the client makes `./x` absolute); anything else, `~/x`
included when no shell expanded it, is a volume name. Problems carry the
wording of the docker client or engine.
*/
export function parseVolumeSpec(spec: string): VolumeSpecResult {
	const fields: VolumeSpecField[] = [];
	if (spec === '') {
		return {fields, volume: undefined, problems: [{code: 'empty-spec', docker: 'invalid empty volume spec', start: 0, end: 0, params: {}}]};
	}

	const client = splitLikeTheClient(spec);
	if ('problem' in client) {
		return {fields: client.fields, volume: undefined, problems: [client.problem]};
	}

	if (client.anonymous) {
		fields.push({key: 'target', value: spec, start: 0, end: spec.length});
		return {fields, volume: {kind: 'anonymous', source: undefined, target: cleanContainerPath(spec), modes: [], readOnly: false}, problems: []};
	}

	// The engine splits the spec again, on every colon.
	const pieces: Array<{value: string; start: number; end: number}> = [];
	let start = 0;
	for (;;) {
		const colon = spec.indexOf(':', start);
		const end = colon === -1 ? spec.length : colon;
		pieces.push({value: spec.slice(start, end), start, end});
		if (colon === -1) {
			break;
		}

		start = colon + 1;
	}

	const keys = ['source', 'target', 'mode'] as const;
	for (const [index, piece] of pieces.entries()) {
		fields.push({key: keys[Math.min(index, 2)]!, ...piece});
	}

	const invalidSpec = `invalid volume specification: '${spec}'`;
	const whole = {start: 0, end: spec.length};
	if (pieces.length > 3) {
		return {fields, volume: undefined, problems: [{code: 'too-many-fields', docker: invalidSpec, start: pieces[3]!.start - 1, end: spec.length, params: {}}]};
	}

	const [source, target, modePiece] = pieces as [typeof pieces[0], typeof pieces[0], typeof pieces[0] | undefined];
	if (pieces.length === 2 && isValidVolumeMode(target.value)) {
		return {fields, volume: undefined, problems: [{code: 'mode-without-source', docker: invalidSpec, ...whole, params: {mode: target.value}}]};
	}

	const mode = modePiece?.value ?? '';
	if (!isValidVolumeMode(mode)) {
		return {fields, volume: undefined, problems: [{code: 'invalid-mode', docker: `invalid mode: ${mode}`, start: modePiece!.start, end: modePiece!.end, params: {mode}}]};
	}

	const modes = mode === '' ? [] : mode.split(',');
	const kind: VolumeSpecKind = source.value.startsWith('/') || source.value.startsWith('.') ? 'bind' : 'named';
	const volume: ParsedVolumeSpec = {kind, source: source.value, target: cleanContainerPath(target.value), modes, readOnly: modes.includes('ro')};
	const type = kind === 'bind' ? 'bind' : 'volume';
	const prefix = `${invalidSpec}: invalid mount config for type "${type}"`;

	if (target.value === '/') {
		return {fields, volume, problems: [{code: 'target-root', docker: `${prefix}: invalid specification: destination can't be '/'`, start: target.start, end: target.end, params: {}}]};
	}

	if (!target.value.startsWith('/')) {
		return {
			fields,
			volume,
			problems: [{code: 'relative-target', docker: `${prefix}: invalid mount path: '${target.value}' mount path must be absolute`, start: target.start, end: target.end, params: {target: target.value}}],
		};
	}

	if (kind === 'bind' && modes.includes('nocopy')) {
		return {fields, volume, problems: [{code: 'nocopy-on-bind', docker: `${prefix}: field VolumeOptions must not be specified`, start: modePiece!.start, end: modePiece!.end, params: {}}]};
	}

	if (kind === 'named' && modes.some(word => propagationModes.has(word))) {
		return {fields, volume, problems: [{code: 'propagation-on-volume', docker: `${prefix}: field BindOptions must not be specified`, start: modePiece!.start, end: modePiece!.end, params: {}}]};
	}

	const nameProblem = kind === 'named' ? volumeNameProblem(source.value, source.start, source.end) : undefined;
	return {fields, volume, problems: nameProblem ? [nameProblem] : []};
}

type ClientSplit = {anonymous: boolean} | {problem: SpecProblem; fields: VolumeSpecField[]};

/**
The docker client's reading (cli/compose/loader ParseVolume): it splits on
colons, except after a lone letter (a Windows drive, so `x:/p` is one piece),
and a spec without a source is an anonymous volume at that path.
*/
function splitLikeTheClient(spec: string): ClientSplit {
	if (spec.length <= 2) {
		return {anonymous: true};
	}

	const fields: VolumeSpecField[] = [];
	const keys = ['source', 'target', 'mode'] as const;
	let bufferStart = 0;
	for (let index = 0; index <= spec.length; index++) {
		const character = index === spec.length ? undefined : spec[index];
		const buffer = spec.slice(bufferStart, index);
		if (character === ':' && buffer.length === 1 && /\p{L}/u.test(buffer)) {
			continue;
		}

		if (character !== ':' && character !== undefined) {
			continue;
		}

		if (buffer === '') {
			const at = character === ':' ? index : Math.max(0, index - 1);
			return {fields, problem: {code: 'empty-section', docker: `invalid spec: ${spec}: empty section between colons`, start: at, end: at + 1, params: {}}};
		}

		if (fields.length === 0 && character === undefined) {
			return {anonymous: true};
		}

		if (fields.length === 2 && character === ':') {
			fields.push({key: 'mode', value: buffer, start: bufferStart, end: index});
			return {fields, problem: {code: 'too-many-fields', docker: `invalid spec: ${spec}: too many colons`, start: index, end: spec.length, params: {}}};
		}

		fields.push({key: keys[Math.min(fields.length, 2)]!, value: buffer, start: bufferStart, end: index});
		bufferStart = index + 1;
	}

	return {anonymous: false};
}

/** Go's path.Clean, which the engine applies to mount destinations. */
export function cleanContainerPath(path: string): string {
	return normalizePath(path);
}
