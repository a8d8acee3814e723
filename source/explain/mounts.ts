import type {Lang} from '../i18n/catalogue.js';
import {bindMountWarnings} from './bind-warnings.js';
import {errorMessages} from './error-messages.js';
import {resolveHostPath} from './host-path.js';
import {createsContainer, isOn} from './line-facts.js';
import {messages} from './messages.js';
import {mountMessages, type MountMessageKey} from './mount-messages.js';
import {parseMountSpec, type MountKeyField} from './mount-spec.js';
import type {FlagUse, ParsedLine} from './parse-line.js';
import {isSharedProblem, type SpecProblem} from './spec-problem.js';
import type {ExplainError, ExplainWarning, ExplainedMount, MountType, TokenPart} from './types.js';
import {spanOf, valueCharSpans, type Span} from './value-spans.js';
import {cleanContainerPath, parseVolumeSpec, type VolumeSpecField} from './volume-spec.js';

/** One `--mount`, `-v`, `--tmpfs` or `--volumes-from` of the line, explained. */
export type MountAnalysis = {
	use: FlagUse;
	/** Undefined when docker would refuse the value. */
	mount: ExplainedMount | undefined;
	parts: TokenPart[];
	summary: string;
	errors: ExplainError[];
	warnings: ExplainWarning[];
	/** The target as typed, and where: the engine names it when two mounts collide. */
	rawTarget?: string;
	targetSpan?: Span;
	/** `-v` only: the spec as typed (the client drops exact repeats). */
	spec?: string;
};

export type MountContext = {
	line: string;
	lang: Lang;
	home: string | undefined;
	cwd: string | undefined;
	clientVersion: string | undefined;
	apiVersion: string | undefined;
	pathExists: ((hostPath: string) => boolean | undefined) | undefined;
	/** The engine's machine when it is not this one: bind sources are not checked here. */
	engineHost?: string | undefined;
	/** Host paths `pathExists` could not answer; filled in here. */
	hostPathsToCheck: string[];
};

const mountFlags = new Set(['mount', 'volume', 'tmpfs', 'volumes-from']);

/** Explains every mount of a `run`/`create` line. */
export function analyzeMounts(parsed: ParsedLine, context: MountContext): MountAnalysis[] {
	if (!createsContainer(parsed)) {
		return [];
	}

	const autoRemove = isOn(parsed, 'rm');
	const results: MountAnalysis[] = [];
	for (const use of parsed.flags) {
		const long = use.flag?.long;
		if (!long || !mountFlags.has(long) || use.value === undefined) {
			continue;
		}

		const locate = locator(use);
		const analysis = long === 'mount'
			? analyzeMount(use, use.value, locate, context, autoRemove)
			: (long === 'volume'
				? analyzeVolume(use, use.value, locate, context, autoRemove)
				: (long === 'tmpfs' ? analyzeTmpfs(use, use.value, locate, context) : analyzeVolumesFrom(use, use.value, locate, context)));
		results.push(analysis);
	}

	return results;
}

type Locate = (from: number, to: number) => Span;

/** Maps offsets inside a flag's value to positions in the line. */
export function locator(use: FlagUse): Locate {
	const source = use.valueSource;
	const whole = {start: use.start, end: use.end};
	if (!source) {
		return () => whole;
	}

	if (source.token.value.length === source.offset) {
		// An empty value (`--mount ""`): its quotes, or the flag it follows.
		return () => source.offset === 0 ? {start: source.token.start, end: source.token.end} : whole;
	}

	const spans = valueCharSpans(source.token);
	const valueSpan = spans ? spanOf(spans, source.offset, source.token.value.length, whole) : {start: source.token.start, end: source.token.end};
	return (from, to) => spans ? spanOf(spans, source.offset + from, source.offset + to, valueSpan) : valueSpan;
}

/** `--mount` problems the client finds while parsing the flag; pflag wraps their text. */
const clientMountCodes = new Set(['csv', 'not-pair', 'unknown-key', 'unsupported-key', 'invalid-value', 'type-required', 'target-required', 'mixed-options', 'bind-recursive-readonly', 'bind-recursive-propagation']);

/** What is wrong, in our words: a mount's own problem, or one it shares with other commands (`tilde`: a volume name typed as a home path). */
function problemText({code, params}: SpecProblem, lang: Lang, tilde = false): string {
	if (!isSharedProblem(code)) {
		return mountMessages(lang)(`error.${code}`, params);
	}

	return errorMessages(lang)(tilde ? 'invalid-volume-name-tilde' : code, params);
}

/** A problem with docker's words appended; `flagValue`: the `--mount` value pflag quotes in the client's errors. */
function mountError(problem: SpecProblem, locate: Locate, lang: Lang, {tilde = false, flagValue}: {tilde?: boolean; flagValue?: string} = {}): ExplainError {
	// An empty field (`a,,b`) is shown on the separator before it.
	const empty = problem.start === problem.end;
	const span = empty ? locate(Math.max(0, problem.start - 1), problem.start === 0 ? 1 : problem.start) : locate(problem.start, problem.end);
	const docker = flagValue !== undefined && clientMountCodes.has(problem.code) ? `invalid argument ${JSON.stringify(flagValue)} for "--mount" flag: ${problem.docker}` : problem.docker;
	return {message: errorMessages(lang)('with-docker', {problem: problemText(problem, lang, tilde), docker}), ...span, docker};
}

function part(line: string, span: Span, key: string, summary: string): TokenPart {
	return {text: line.slice(span.start, span.end), start: span.start, end: span.end, key, summary};
}

function describe(lang: Lang, type: MountType, source: string | null, target: string | null, readOnly: boolean, anonymous: boolean): string {
	const t = mountMessages(lang);
	const params = {source: source ?? '', target: target ?? '', readOnly: readOnly ? t('mount.read-only') : '', type};
	if (type === 'volume') {
		return t(anonymous ? 'mount.anonymous' : 'mount.volume', params);
	}

	const key = `mount.${type}` as MountMessageKey;
	return ['bind', 'tmpfs', 'image', 'volumes-from'].includes(type) ? t(key, params) : t('mount.other', params);
}

function isPersistent(type: MountType, anonymous: boolean, autoRemove: boolean): boolean {
	switch (type) {
		case 'volume': {
			return anonymous ? !autoRemove : true;
		}

		case 'bind':
		case 'cluster':
		case 'volumes-from': {
			return true;
		}

		default: {
			return false;
		}
	}
}

/** Checks a bind source on the host: the warnings it deserves and whether it exists. */
function hostPathFacts(hostPath: string, readOnly: boolean, span: Span, context: MountContext): {warnings: ExplainWarning[]; exists: boolean | undefined} {
	if (context.engineHost !== undefined) {
		// The path is on the engine's machine: your home folder is not there, and whether the path exists cannot be seen from here.
		const warnings = bindMountWarnings(hostPath, {lang: context.lang, readOnly}).map(warning => ({...warning, ...span}));
		warnings.push({code: 'bind-remote-source', level: 'info', message: mountMessages(context.lang)('warning.bind-remote-source', {path: hostPath, host: context.engineHost}), ...span});
		return {warnings, exists: undefined};
	}

	const warnings = bindMountWarnings(hostPath, {home: context.home, lang: context.lang, readOnly}).map(warning => ({...warning, ...span}));
	const exists = context.pathExists?.(hostPath);
	if (exists === undefined && !context.hostPathsToCheck.includes(hostPath)) {
		context.hostPathsToCheck.push(hostPath);
	}

	return {warnings, exists};
}

function analyzeMount(use: FlagUse, value: string, locate: Locate, context: MountContext, autoRemove: boolean): MountAnalysis {
	const {lang, line} = context;
	const t = mountMessages(lang);
	const result = parseMountSpec(value, {clientVersion: context.clientVersion, apiVersion: context.apiVersion});
	const parsedMount = result.mount;
	const type = parsedMount?.type ?? 'volume';
	const parts = result.fields.map(field => part(line, locate(field.start, field.end), field.key, mountKeySummary(field, type, t)));
	const warnings: ExplainWarning[] = [];
	if (result.fields.some(field => field.key === 'bind-nonrecursive')) {
		warnings.push({code: 'deprecated-flag', level: 'info', message: mountMessages(lang)('warning.deprecated-key'), ...locate(0, value.length)});
	}

	const problem = result.problems[0];
	if (problem || !parsedMount) {
		return {
			use,
			mount: undefined,
			parts,
			summary: t('mount.invalid'),
			errors: problem ? [mountError(problem, locate, lang, {flagValue: value})] : [],
			warnings,
		};
	}

	const knownType = parsedMount.type as MountType;
	let source: string | null = parsedMount.anonymous || knownType === 'tmpfs' ? null : (parsedMount.source ?? null);
	const errors: ExplainError[] = [];
	if (knownType === 'bind' && source !== null) {
		const resolved = resolveHostPath(source, context.cwd);
		if (resolved) {
			source = resolved;
			const span = locate(0, value.length);
			const facts = hostPathFacts(resolved, parsedMount.readOnly, span, context);
			warnings.push(...facts.warnings);
			if (facts.exists === false && !parsedMount.createSource) {
				const sourceField = result.fields.findLast(field => field.key === 'source' || field.key === 'src');
				errors.push(mountError({
					code: 'missing-source',
					docker: `invalid mount config for type "bind": bind source path does not exist: ${resolved}`,
					start: sourceField?.start ?? 0,
					end: sourceField?.end ?? value.length,
					params: {source: resolved},
				}, locate, lang));
			}
		}
	}

	const readOnly = parsedMount.readOnly || knownType === 'image';
	const target = parsedMount.target === undefined ? null : cleanContainerPath(parsedMount.target);
	const span = locate(0, value.length);
	const targetField = result.fields.findLast(field => field.key === 'target' || field.key === 'dst' || field.key === 'destination');
	const mount: ExplainedMount = {
		type: knownType,
		source,
		target,
		readOnly,
		persistent: isPersistent(knownType, parsedMount.anonymous, autoRemove),
		anonymous: parsedMount.anonymous,
		flag: '--mount',
		...span,
	};
	return {
		use,
		mount: errors.length > 0 ? undefined : mount,
		parts,
		summary: describe(lang, knownType, source, target, readOnly, parsedMount.anonymous),
		errors,
		warnings,
		rawTarget: parsedMount.target,
		targetSpan: targetField ? locate(targetField.start + targetField.key.length + 1, targetField.end) : span,
	};
}

function mountKeySummary(field: MountKeyField, type: string, t: ReturnType<typeof mountMessages>): string {
	const value = field.value ?? '';
	switch (field.key) {
		case 'type': {
			return ['volume', 'bind', 'tmpfs', 'image'].includes(value.toLowerCase())
				? t(`part.type.${value.toLowerCase()}` as MountMessageKey)
				: t('part.type.other', {value});
		}

		case 'source':
		case 'src': {
			return t(type === 'volume' ? 'part.source.volume' : (type === 'bind' ? 'part.source.bind' : 'part.source.other'), {value});
		}

		case 'target':
		case 'dst':
		case 'destination': {
			return t('part.target', {value});
		}

		case 'readonly':
		case 'ro': {
			return field.value === undefined || !['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(field.value) ? t('part.readonly') : t('part.writable');
		}

		case 'consistency':
		case 'bind-propagation':
		case 'bind-recursive':
		case 'bind-nonrecursive':
		case 'bind-create-src':
		case 'volume-subpath':
		case 'volume-nocopy':
		case 'volume-label':
		case 'volume-driver':
		case 'volume-opt':
		case 'image-subpath':
		case 'tmpfs-size':
		case 'tmpfs-mode': {
			return t(`part.${field.key}` as MountMessageKey, {value});
		}

		default: {
			return t('part.unknown');
		}
	}
}

function analyzeVolume(use: FlagUse, value: string, locate: Locate, context: MountContext, autoRemove: boolean): MountAnalysis {
	const {lang, line} = context;
	const t = mountMessages(lang);
	const result = parseVolumeSpec(value);
	const spec = result.volume;
	const parts = result.fields.map(field => part(line, locate(field.start, field.end), field.key, volumeFieldSummary(field, spec?.kind, t)));
	const problem = result.problems[0];
	if (problem || !spec) {
		const tilde = (problem?.code === 'invalid-volume-name' || problem?.code === 'volume-name-too-short') && spec?.source?.startsWith('~') === true;
		return {
			use,
			mount: undefined,
			parts,
			summary: t('mount.invalid'),
			errors: problem ? [mountError(problem, locate, lang, {tilde})] : [],
			warnings: [],
		};
	}

	const warnings: ExplainWarning[] = [];
	const span = locate(0, value.length);
	let source: string | null = spec.source ?? null;
	if (spec.kind === 'bind' && source !== null) {
		const resolved = resolveHostPath(source, context.cwd);
		if (resolved) {
			source = resolved;
			const facts = hostPathFacts(resolved, spec.readOnly, span, context);
			warnings.push(...facts.warnings);
			if (facts.exists === false) {
				warnings.push({code: 'bind-missing-source', level: 'warning', message: mountMessages(lang)('warning.bind-missing-source', {path: resolved}), ...span});
			}
		}
	}

	const type: MountType = spec.kind === 'bind' ? 'bind' : 'volume';
	const anonymous = spec.kind === 'anonymous';
	const mount: ExplainedMount = {
		type,
		source,
		target: spec.target,
		readOnly: spec.readOnly,
		persistent: isPersistent(type, anonymous, autoRemove),
		anonymous,
		flag: '--volume',
		...span,
	};
	const targetField = result.fields.find(field => field.key === 'target');
	return {
		use,
		mount,
		parts,
		summary: describe(lang, type, source, spec.target, spec.readOnly, anonymous),
		errors: [],
		warnings,
		rawTarget: spec.target,
		targetSpan: targetField ? locate(targetField.start, targetField.end) : span,
		spec: value,
	};
}

function volumeFieldSummary(field: VolumeSpecField, kind: string | undefined, t: ReturnType<typeof mountMessages>): string {
	switch (field.key) {
		case 'source': {
			return t(kind === 'bind' || field.value.startsWith('/') || field.value.startsWith('.') ? 'part.v.bind' : 'part.v.named', {value: field.value});
		}

		case 'target': {
			return kind === 'anonymous' ? t('part.v.anonymous') : t('part.target', {value: field.value});
		}

		default: {
			return t('part.v.mode', {value: field.value.split(',').map(mode => modeSummary(mode, t)).join(', ')});
		}
	}
}

function modeSummary(mode: string, t: ReturnType<typeof mountMessages>): string {
	if (['ro', 'rw', 'nocopy', 'z', 'Z'].includes(mode)) {
		return t(`mode.${mode}` as MountMessageKey);
	}

	if (['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'].includes(mode)) {
		return t('mode.propagation', {value: mode});
	}

	if (['consistent', 'cached', 'delegated'].includes(mode)) {
		return t('mode.consistency', {value: mode});
	}

	return mode;
}

function analyzeTmpfs(use: FlagUse, value: string, locate: Locate, context: MountContext): MountAnalysis {
	const t = mountMessages(context.lang);
	const colon = value.indexOf(':');
	const target = colon === -1 ? value : value.slice(0, colon);
	const parts = [part(context.line, locate(0, target.length), 'target', t('part.target', {value: target}))];
	if (colon !== -1) {
		parts.push(part(context.line, locate(colon + 1, value.length), 'options', t('part.tmpfs.options', {value: value.slice(colon + 1)})));
	}

	const readOnly = colon !== -1 && value.slice(colon + 1).split(',').includes('ro');
	const targetSpan = locate(0, target.length);
	// The engine's checks of a tmpfs destination.
	const problem: SpecProblem | undefined = target.startsWith('/')
		? (cleanContainerPath(target) === '/' ? {code: 'target-root', docker: 'invalid specification: destination can\'t be \'/\'', start: 0, end: target.length, params: {}} : undefined)
		: {code: 'relative-target', docker: `invalid mount path: '${target}' mount path must be absolute`, start: 0, end: target.length, params: {target}};
	if (problem) {
		const error = mountError(problem, locate, context.lang);
		return {use, mount: undefined, parts, summary: t('mount.invalid'), errors: [target === '' ? {...error, ...locate(0, value.length)} : error], warnings: []};
	}

	const mount: ExplainedMount = {type: 'tmpfs', source: null, target, readOnly, persistent: false, anonymous: false, flag: '--tmpfs', ...locate(0, value.length)};
	return {use, mount, parts, summary: describe(context.lang, 'tmpfs', null, target, readOnly, false), errors: [], warnings: [], rawTarget: target, targetSpan};
}

function analyzeVolumesFrom(use: FlagUse, value: string, locate: Locate, context: MountContext): MountAnalysis {
	const t = mountMessages(context.lang);
	const colon = value.indexOf(':');
	const container = colon === -1 ? value : value.slice(0, colon);
	const readOnly = colon !== -1 && value.slice(colon + 1) === 'ro';
	const parts = [part(context.line, locate(0, container.length), 'source', messages(context.lang)('token.argument', {value: container}))];
	if (colon !== -1) {
		const mode = value.slice(colon + 1);
		parts.push(part(context.line, locate(colon + 1, value.length), 'mode', t('part.v.mode', {value: modeSummary(mode, t)})));
	}

	const mount: ExplainedMount = {type: 'volumes-from', source: container, target: null, readOnly, persistent: true, anonymous: false, flag: '--volumes-from', ...locate(0, value.length)};
	return {use, mount, parts, summary: describe(context.lang, 'volumes-from', container, null, readOnly, false), errors: [], warnings: []};
}
