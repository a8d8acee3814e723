import type {Lang} from '../i18n/catalogue.js';
import {errorMessages, type ErrorKey} from './error-messages.js';
import {containerValueChecks, globalValueChecks, type ValueFacts, type ValueProblem} from './flag-values.js';
import {resolveHostPath} from './host-path.js';
import {imageReferenceProblem} from './image-reference.js';
import {createsContainer, isOn, lastValue, usesOf} from './line-facts.js';
import {locator} from './mounts.js';
import type {FlagUse, ParsedLine} from './parse-line.js';
import {goRamInBytes, parseGoDuration, parseGoInteger, parseGoRational} from './go-values.js';
import type {ExplainError} from './types.js';
import type {Span} from './value-spans.js';

export type LineRuleContext = ValueFacts & {
	lang: Lang;
	cwd: string | undefined;
	pathExists: ((hostPath: string) => boolean | undefined) | undefined;
};

/**
What docker checks beyond the syntax of the line: each flag's value (the
client's parsers, then the engine's), the image reference, and the rules
across flags. Errors carry docker's words and sit on the word docker blames.
*/
export function lineRuleErrors(parsed: ParsedLine, context: LineRuleContext): ExplainError[] {
	const t = errorMessages(context.lang);
	const errors: ExplainError[] = [];
	const report = (key: ErrorKey, params: Record<string, string>, docker: string | undefined, span: Span) => {
		const problem = t(key, params);
		errors.push({message: docker ? t('with-docker', {problem, docker}) : problem, ...span, docker});
	};

	const checkValues = (uses: readonly FlagUse[], checks: typeof containerValueChecks) => {
		for (const use of uses) {
			const check = use.flag && use.value !== undefined ? checks.get(use.flag.long) : undefined;
			const problem = check?.(use.value!, use.flag!, context);
			if (problem) {
				report(`value.${problem.kind}`, {value: use.value!, flag: use.display}, problem.docker, problem.onFlag ? flagSpan(parsed, use) : valueSpan(parsed, use, problem));
			}
		}
	};

	checkValues(parsed.globals, globalValueChecks);
	const hosts = parsed.globals.filter(use => use.flag?.long === 'host');
	const context_ = parsed.globals.find(use => use.flag?.long === 'context');
	if (hosts.length > 0 && context_) {
		// On whichever of the two was typed as docker names it.
		const blamed = context_.typed === '--context' || hosts[0]!.typed !== '--host' ? context_ : hosts[0]!;
		report('conflict', {flag: '--host', other: '--context'}, 'conflicting options: cannot specify both --host and --context', flagSpan(parsed, blamed));
	}

	if (!createsContainer(parsed)) {
		return errors;
	}

	checkValues(parsed.flags, containerValueChecks);
	for (const use of parsed.flags) {
		const long = use.flag?.long;
		if ((long === 'env-file' || long === 'label-file') && use.value !== undefined) {
			const file = resolveHostPath(use.value, context.cwd);
			if (file && context.pathExists?.(file) === false) {
				report('missing-file', {value: use.value, flag: use.display}, `open ${use.value}: no such file or directory`, valueSpan(parsed, use));
			}
		}
	}

	const image = parsed.operands.find(item => item.role === 'image');
	if (image) {
		const docker = imageReferenceProblem(image.value);
		if (docker) {
			report('value.image', {value: image.value}, docker, {start: image.start, end: image.end});
		}
	}

	crossFlagRules(parsed, report);
	return errors;
}

type Report = (key: ErrorKey, params: Record<string, string>, docker: string | undefined, span: Span) => void;

function crossFlagRules(parsed: ParsedLine, report: Report) {
	const first = (long: string) => usesOf(parsed, long)[0];
	const conflict = (use: FlagUse, other: string, docker: string) => report('conflict', {flag: use.display, other}, docker, flagSpan(parsed, use));

	const restart = lastValue(parsed, 'restart');
	const restartName = restart?.split(':')[0];
	if (isOn(parsed, 'rm') && restartName !== undefined && restartName !== '' && restartName !== 'no') {
		conflict(usesOf(parsed, 'restart').at(-1)!, '--rm', 'conflicting options: cannot specify both --restart and --rm');
	}

	if (isOn(parsed, 'no-healthcheck') && hasHealthSettings(parsed)) {
		conflict(usesOf(parsed, 'no-healthcheck').at(-1)!, '--health-*', '--no-healthcheck conflicts with --health-* options');
	}

	if (parsed.node?.key === 'container run' && first('attach') && isOn(parsed, 'detach')) {
		conflict(first('attach')!, '--detach', 'conflicting options: cannot specify both --attach and --detach');
	}

	networkRules(parsed, conflict, report);

	const nanoCpus = parseGoRational(lastValue(parsed, 'cpus') ?? '') ?? 0;
	for (const [long, name] of [['cpu-period', 'Period'], ['cpu-quota', 'Quota']] as const) {
		const value = lastValue(parsed, long);
		const number = value === undefined ? undefined : parseGoInteger(value, {base: 0, bits: 64, unsigned: false});
		if (nanoCpus > 0 && number && 'value' in number && number.value > 0n) {
			conflict(usesOf(parsed, long).at(-1)!, '--cpus', `Conflicting options: Nano CPUs and CPU ${name} cannot both be set`);
			break;
		}
	}

	memoryRules(parsed, report);

	const entrypoint = usesOf(parsed, 'entrypoint').at(-1);
	if (entrypoint?.value === '' && parsed.containerCommand.length === 0) {
		report('no-command', {}, 'No command specified', flagSpan(parsed, entrypoint));
	}
}

function hasHealthSettings(parsed: ParsedLine): boolean {
	const zero = (value: string | undefined, read: (value: string) => number | undefined) => value === undefined || read(value) === 0;
	return (lastValue(parsed, 'health-cmd') ?? '') !== ''
		|| !zero(lastValue(parsed, 'health-retries'), value => {
			const parsedValue = parseGoInteger(value, {base: 0, bits: 64, unsigned: false});
			return 'value' in parsedValue ? Number(parsedValue.value) : undefined;
		})
		|| ['health-interval', 'health-timeout', 'health-start-period', 'health-start-interval'].some(long => !zero(lastValue(parsed, long), value => {
			const parsedValue = parseGoDuration(value);
			return 'milliseconds' in parsedValue ? parsedValue.milliseconds : undefined;
		}));
}

/** NetworkMode.IsUserDefined: anything but the built-in modes. */
function isUserDefined(network: string): boolean {
	return !['', 'default', 'bridge', 'host', 'none'].includes(network) && !network.startsWith('container:');
}

function networkTarget(value: string): string {
	if (!value.includes('=')) {
		return value;
	}

	const field = value.split(',').find(part => part.startsWith('name=') || part.startsWith('network='));
	return field?.slice(field.indexOf('=') + 1) ?? '';
}

function networkRules(parsed: ParsedLine, conflict: (use: FlagUse, other: string, docker: string) => void, report: Report) {
	const networks = usesOf(parsed, 'network').filter(use => use.value !== undefined);
	const targets = networks.map(use => networkTarget(use.value!));
	const main = targets[0] ?? 'default';
	const alias = usesOf(parsed, 'network-alias')[0];
	if (alias && !isUserDefined(main)) {
		conflict(alias, '--network', 'network-scoped aliases are only supported for user-defined networks');
		return;
	}

	const seen = new Set<string>();
	for (const [index, target] of targets.entries()) {
		if (seen.has(target)) {
			conflict(networks[index]!, '--network', `network ${JSON.stringify(target)} is specified multiple times`);
			return;
		}

		seen.add(target);
	}

	if (targets.some(target => isUserDefined(target)) && targets.some(target => !isUserDefined(target))) {
		conflict(networks.at(-1)!, '--network', 'conflicting options: cannot attach both user-defined and non-user-defined network-modes');
		return;
	}

	const link = usesOf(parsed, 'link')[0];
	if (link && main === 'host') {
		// Docker's message names the host network: the error goes on `host`.
		report('conflict', {flag: '--link', other: '--network host'}, 'conflicting options: host type networking can\'t be used with links. This would result in undefined behavior', valueSpan(parsed, networks[0]!));
	}
}

function memoryRules(parsed: ParsedLine, report: Report) {
	const memoryUse = usesOf(parsed, 'memory').at(-1);
	const swapUse = usesOf(parsed, 'memory-swap').at(-1);
	const memory = goRamInBytes(memoryUse?.value ?? '') ?? 0;
	const swap = swapUse?.value === '-1' ? -1 : (goRamInBytes(swapUse?.value ?? '') ?? 0);
	if (memoryUse && memory > 0 && memory < 6 * 1024 * 1024) {
		report('memory-minimum', {}, 'Minimum memory limit allowed is 6MB', valueSpan(parsed, memoryUse));
	} else if (swapUse && memory > 0 && swap > 0 && swap < memory) {
		report('memory-swap-small', {}, 'Minimum memoryswap limit should be larger than memory limit, see usage', valueSpan(parsed, swapUse));
	} else if (swapUse && memory === 0 && swap > 0) {
		report('memory-swap-alone', {}, 'You should always set the Memory limit when using Memoryswap limit, see usage', flagSpan(parsed, swapUse));
	}
}

/** Where the flag's name was typed (`--restart` of `--restart=always`). */
export function flagSpan(parsed: ParsedLine, use: FlagUse): Span {
	const item = parsed.items.find(candidate => candidate.kind === 'flag' && (candidate.use === use || candidate.uses?.includes(use)));
	return item ? {start: item.start, end: item.end} : {start: use.start, end: use.end};
}

/** Where the value (or the part of it docker blames) was typed. */
function valueSpan(parsed: ParsedLine, use: FlagUse, problem?: ValueProblem): Span {
	if (!use.valueSource) {
		return {start: use.start, end: use.end};
	}

	if (use.value === '') {
		// `-m ""`: the quotes; `-m=`: the flag.
		return use.valueSource.offset === 0 ? {start: use.valueSource.token.start, end: use.valueSource.token.end} : flagSpan(parsed, use);
	}

	const locate = locator(use);
	return problem?.from === undefined ? locate(0, use.value!.length) : locate(problem.from, problem.to!);
}
