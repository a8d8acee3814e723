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

	// The client takes one or two characters as a container path without looking further.
	if (spec.length <= 2 || pieces.length === 1) {
		fields.push({key: 'target', value: spec, start: 0, end: spec.length});
		return {fields, volume: {kind: 'anonymous', source: undefined, target: spec, modes: [], readOnly: false}, problems: []};
	}

	const keys = ['source', 'target', 'mode'] as const;
	for (const [index, piece] of pieces.entries()) {
		fields.push({key: keys[Math.min(index, 2)]!, ...piece});
	}

	const emptyPiece = pieces.find(piece => piece.value === '');
	if (emptyPiece) {
		return {
			fields,
			volume: undefined,
			problems: [{code: 'empty-section', docker: `invalid spec: ${spec}: empty section between colons`, start: emptyPiece.start, end: Math.min(spec.length, emptyPiece.end + 1), params: {}}],
		};
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
	const volume: ParsedVolumeSpec = {kind, source: source.value, target: target.value, modes, readOnly: modes.includes('ro')};
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
