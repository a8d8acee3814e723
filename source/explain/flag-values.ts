import {compareVersions, goNumberError, goQuote, goRamInBytes, parseGoDuration, parseGoInteger, parseGoRational} from './go-values.js';

/** What kind of value a flag wanted: picks our explanation of the problem. */
export type ValueKind =
	| 'size'
	| 'integer'
	| 'cpus'
	| 'duration'
	| 'port'
	| 'expose'
	| 'env'
	| 'label'
	| 'ulimit'
	| 'restart'
	| 'container-name'
	| 'host'
	| 'ip'
	| 'domain'
	| 'attach'
	| 'mode'
	| 'option'
	| 'signal'
	| 'path'
	| 'cpuset'
	| 'platform'
	| 'mac'
	| 'pull'
	| 'log-level';

export type ValueProblem = {
	kind: ValueKind;
	/** Docker's error, as it prints it; absent when its wording depends on what we do not know. */
	docker?: string;
	/** The part of the value docker blames, when not all of it. */
	from?: number;
	to?: number;
	/** Docker names the flag, not the value: the error goes on the flag's name. */
	onFlag?: boolean;
};

export type ValueFacts = {
	/** Engine API version, when known. */
	apiVersion?: string;
	/** CPUs of the engine's host, when known: `--cpus` above it is refused. */
	cpuCount?: number;
};

type Flag = {long: string; short?: string};
type Check = (value: string, flag: Flag, facts: ValueFacts) => ValueProblem | undefined;

/** pflag's wording when a flag's own parser refuses the value. */
function pflag(kind: ValueKind, flag: Flag, value: string, reason: string): ValueProblem {
	const name = flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`;
	return {kind, docker: `invalid argument ${goQuote(value)} for ${goQuote(name)} flag: ${reason}`};
}

const size: Check = (value, flag) => goRamInBytes(value) === undefined ? pflag('size', flag, value, `invalid size: '${value}'`) : undefined;

function integer(bits: number, unsigned = false): Check {
	return (value, flag) => {
		const parsed = parseGoInteger(value, {base: 0, bits, unsigned});
		return 'error' in parsed ? pflag('integer', flag, value, goNumberError(unsigned ? 'ParseUint' : 'ParseInt', value, parsed.error === 'range')) : undefined;
	};
}

const int64 = integer(64);

const cpus: Check = (value, flag, facts) => {
	const number = parseGoRational(value);
	if (number === undefined) {
		return pflag('cpus', flag, value, `failed to parse ${value} as a rational number`);
	}

	if (!Number.isInteger(Math.round(number * 1e9 * 1e6) / 1e6)) {
		return pflag('cpus', flag, value, 'value is too precise');
	}

	const count = facts.cpuCount;
	if (number !== 0 && (number < 0 || (count !== undefined && number > count))) {
		return count === undefined
			? {kind: 'cpus'}
			: {kind: 'cpus', docker: `Range of CPUs is from 0.01 to ${count}.00, as there are only ${count} CPUs available`};
	}

	return undefined;
};

function duration(long: string): Check {
	return (value, flag) => {
		const parsed = parseGoDuration(value);
		if ('error' in parsed) {
			return pflag('duration', flag, value, parsed.error);
		}

		return parsed.milliseconds < 0 ? {kind: 'duration', docker: `--${long} cannot be negative`, onFlag: true} : undefined;
	};
}

/** Go's net.ParseIP, roughly: dotted IPv4 or IPv6. */
export function isIpAddress(value: string): boolean {
	if (/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(value)) {
		return true;
	}

	if (!/^[\da-fA-F:.]+$/.test(value) || !value.includes(':')) {
		return false;
	}

	const halves = value.split('::');
	if (halves.length > 2) {
		return false;
	}

	const groups = halves.flatMap(half => half === '' ? [] : half.split(':'));
	const last = groups.at(-1) ?? '';
	const ipv4Tail = last.includes('.') ? (isIpAddress(last) && !last.includes(':') ? 2 : -100) : 0;
	const hexGroups = ipv4Tail > 0 ? groups.slice(0, -1) : groups;
	if (ipv4Tail < 0 || hexGroups.some(group => !/^[\da-fA-F]{1,4}$/.test(group))) {
		return false;
	}

	const count = hexGroups.length + ipv4Tail;
	return halves.length === 2 ? count < 8 : count === 8;
}

/** nat.ParsePortRange: `80`, `8000-8010`. */
function portRange(value: string): {start: number; end: number} | undefined {
	const parts = value.split('-');
	const numbers = parts.slice(0, 2).map(part => parseGoInteger(part, {base: 10, bits: 16, unsigned: true}));
	if (value === '' || numbers.some(number => 'error' in number)) {
		return undefined;
	}

	const [start, end = start] = numbers.map(number => Number((number as {value: bigint}).value));
	return end! < start! ? undefined : {start: start!, end: end!};
}

/** `-p`: go-connections' nat.ParsePortSpec, after the client turns `target=80,published=8080` into `8080:80/tcp`. */
const publish: Check = value => {
	let spec = value;
	if (value.includes('=')) {
		const parameters: Record<string, string> = {protocol: 'tcp'};
		for (const parameter of value.split(',')) {
			const equals = parameter.indexOf('=');
			if (equals <= 0) {
				return {kind: 'port', docker: `invalid publish opts format (should be name=value but got '${parameter}')`};
			}

			parameters[parameter.slice(0, equals)] = parameter.slice(equals + 1);
		}

		spec = `${parameters['published'] ?? ''}:${parameters['target'] ?? ''}/${parameters['protocol']}`;
	}

	const parts = spec.split(':');
	const containerPart = parts.at(-1)!;
	const hostPart = parts.length >= 2 ? parts.at(-2)! : '';
	let ip = parts.length >= 3 ? parts.slice(0, -2).join(':') : '';
	const at = (text: string) => {
		const index = spec === value ? value.lastIndexOf(text) : -1;
		return index === -1 || text === '' ? {} : {from: index, to: index + text.length};
	};

	const slash = containerPart.split('/');
	const [proto, containerPort] = containerPart === '' || slash[0] === '' ? ['', ''] : (slash.length === 1 ? ['tcp', containerPart] : [slash[1] === '' ? 'tcp' : slash[1]!, slash[0]!]);
	if (ip.startsWith('[')) {
		if (!ip.endsWith(']')) {
			return {kind: 'port', docker: `invalid IP address ${ip}: address ${ip}:: missing ']' in address`};
		}

		ip = ip.slice(1, -1);
	}

	if (ip !== '' && !isIpAddress(ip)) {
		return {kind: 'port', docker: `invalid IP address: ${ip}`, ...at(ip)};
	}

	if (containerPort === '') {
		return {kind: 'port', docker: `no port specified: ${spec}<empty>`};
	}

	const container = portRange(containerPort);
	if (!container) {
		return {kind: 'port', docker: `invalid containerPort: ${containerPort}`, ...at(containerPort)};
	}

	if (hostPart !== '') {
		const hostRange = portRange(hostPart);
		if (!hostRange) {
			return {kind: 'port', docker: `invalid hostPort: ${hostPart}`, ...at(hostPart)};
		}

		if (hostRange.end - hostRange.start !== container.end - container.start && container.end !== container.start) {
			return {kind: 'port', docker: `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPart}`};
		}
	}

	if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) {
		return {kind: 'port', docker: `invalid proto: ${proto}`, ...at(proto)};
	}

	return undefined;
};

const expose: Check = value => {
	if (value.includes(':')) {
		return {kind: 'expose', docker: `invalid port format for --expose: ${value}`};
	}

	const port = value.split('/')[0]!;
	const parts = port.split('-');
	for (const part of port.includes('-') ? parts.slice(0, 2) : [port]) {
		const parsed = parseGoInteger(part, {base: 10, bits: 16, unsigned: true});
		if ('error' in parsed) {
			return {kind: 'expose', docker: `invalid range format for --expose: ${value}, error: ${goNumberError('ParseUint', part, parsed.error === 'range')}`};
		}
	}

	if (port === '') {
		return {kind: 'expose', docker: `invalid range format for --expose: ${value}, error: empty string specified for ports`};
	}

	const range = portRange(port);
	return range ? undefined : {kind: 'expose', docker: `invalid range format for --expose: ${value}, error: invalid range specified for port: ${port}`};
};

const env: Check = (value, flag) => value.split('=')[0] === '' ? pflag('env', flag, value, `invalid environment variable: ${value}`) : undefined;

const whiteSpace = ' \t';
const label: Check = (value, flag) => {
	const key = value.split('=')[0]!.replace(/^[ \t]+/, '');
	if (key === '') {
		return pflag('label', flag, value, `invalid label '${value}': empty name`);
	}

	return [...key].some(character => whiteSpace.includes(character)) ? pflag('label', flag, value, `label '${key}' contains whitespaces`) : undefined;
};

const ulimitNames = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);

/** go-units ParseUlimit. */
const ulimit: Check = (value, flag) => {
	const equals = value.indexOf('=');
	if (equals === -1) {
		return pflag('ulimit', flag, value, `invalid ulimit argument: ${value}`);
	}

	const name = value.slice(0, equals);
	if (!ulimitNames.has(name)) {
		return pflag('ulimit', flag, value, `invalid ulimit type: ${name}`);
	}

	const limits = value.slice(equals + 1).split(':');
	if (limits.length > 2) {
		return pflag('ulimit', flag, value, `too many limit value arguments - ${value.slice(equals + 1)}, can only have up to two, \`soft[:hard]\``);
	}

	const numbers: bigint[] = [];
	for (const limit of [...limits].reverse()) {
		const parsed = parseGoInteger(limit, {base: 10, bits: 64, unsigned: false});
		if ('error' in parsed) {
			return pflag('ulimit', flag, value, goNumberError('ParseInt', limit, parsed.error === 'range'));
		}

		numbers.unshift(parsed.value);
	}

	const soft = numbers[0]!;
	const hard = numbers[1] ?? soft;
	if (hard !== -1n) {
		if (soft === -1n) {
			return pflag('ulimit', flag, value, `ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: ${hard}`);
		}

		if (soft > hard) {
			return pflag('ulimit', flag, value, `ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`);
		}
	}

	return undefined;
};

/** The client's ParseRestartPolicy, then the engine's check of the policy. */
const restart: Check = value => {
	if (value === '') {
		return undefined;
	}

	const colon = value.indexOf(':');
	const name = colon === -1 ? value : value.slice(0, colon);
	const count = colon === -1 ? '' : value.slice(colon + 1);
	if (colon !== -1 && name === '') {
		return {kind: 'restart', docker: 'invalid restart policy format: no policy provided before colon'};
	}

	let retries = 0;
	if (count !== '') {
		const parsed = parseGoInteger(count, {base: 10, bits: 64, unsigned: false});
		if ('error' in parsed) {
			return {kind: 'restart', docker: 'invalid restart policy format: maximum retry count must be an integer'};
		}

		retries = Number(parsed.value);
	}

	if (!['no', 'always', 'unless-stopped', 'on-failure'].includes(name)) {
		return {kind: 'restart', docker: `invalid restart policy '${name}'`, from: 0, to: name.length};
	}

	if (retries !== 0 && name !== 'on-failure') {
		return {kind: 'restart', docker: `maximum retry count cannot be used with restart policy '${name}'`, from: 0, to: name.length};
	}

	return retries < 0 ? {kind: 'restart', docker: 'maximum retry count cannot be negative'} : undefined;
};

const containerName: Check = value => value === '' || /^\/?[a-zA-Z\d][\w.-]+$/.test(value)
	? undefined
	: {kind: 'container-name', docker: `Invalid container name (${value}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`};

const addHost: Check = (value, flag) => {
	let separator = value.indexOf('=');
	if (separator === -1) {
		separator = value.indexOf(':');
	}

	const name = separator === -1 ? '' : value.slice(0, separator);
	if (separator === -1 || name === '' || name.includes(':')) {
		return pflag('host', flag, value, `bad format for add-host: ${goQuote(value)}`);
	}

	let address = value.slice(separator + 1);
	if (address === 'host-gateway') {
		return undefined;
	}

	if (address.length > 2 && address.startsWith('[') && address.endsWith(']')) {
		address = address.slice(1, -1);
	}

	return isIpAddress(address) ? undefined : pflag('host', flag, value, `invalid IP address in add-host: ${goQuote(address)}`);
};

const ipAddress: Check = (value, flag) => isIpAddress(value.trim()) ? undefined : pflag('ip', flag, value, `IP address is not correctly formatted: ${value}`);

const dnsSearch: Check = (value, flag) => {
	if (value === '.') {
		return undefined;
	}

	const domain = value.endsWith('.') ? value.slice(0, -1) : value;
	return /^(?:[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?\.)*[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?$/.test(domain) && domain.length <= 255
		? undefined
		: pflag('domain', flag, value, `${value} is not a valid domain`);
};

const attach: Check = (value, flag) => ['stdin', 'stdout', 'stderr'].includes(value.toLowerCase()) ? undefined : pflag('attach', flag, value, 'valid streams are STDIN, STDOUT and STDERR');

const deviceCgroupRule: Check = (value, flag) => /^[acb] (?:\d+|\*):(?:\d+|\*) [rwm]{1,3}$/.test(value) ? undefined : pflag('option', flag, value, `invalid device cgroup format '${value}'`);

const link: Check = (value, flag) => {
	const parts = value.split(':');
	return parts.length > 2 || parts[0] === '' ? pflag('option', flag, value, `bad format for links: ${value}`) : undefined;
};

const sysctlNames = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);
const sysctl: Check = (value, flag) => {
	const equals = value.indexOf('=');
	const key = equals === -1 ? '' : value.slice(0, equals);
	return key !== '' && (sysctlNames.has(key) || key.startsWith('net.') || key.startsWith('fs.mqueue.'))
		? undefined
		: pflag('option', flag, value, `sysctl '${value}' is not allowed`);
};

function namespaceMode(option: string, label: string, extra: readonly string[], container: boolean): Check {
	return value => {
		const valid = value === '' || value === 'host' || extra.includes(value) || (container && /^container:./.test(value));
		return valid ? undefined : {kind: 'mode', docker: `--${option}: invalid ${label} mode`, onFlag: true};
	};
}

const securityOpt: Check = value => {
	let separator = value.indexOf('=');
	let key = separator === -1 ? value : value.slice(0, separator);
	if (separator === -1 && key !== 'no-new-privileges') {
		separator = value.indexOf(':');
		key = separator === -1 ? value : value.slice(0, separator);
	}

	const optionValue = separator === -1 ? '' : value.slice(separator + 1);
	return (separator === -1 || optionValue === '') && key !== 'no-new-privileges' ? {kind: 'option', docker: `Invalid --security-opt: ${goQuote(value)}`} : undefined;
};

const storageOpt: Check = value => value.includes('=') ? undefined : {kind: 'option', docker: 'invalid storage option'};

const validDeviceMode = (mode: string) => mode !== '' && [...mode].every(character => 'rwm'.includes(character)) && new Set(mode).size === mode.length;

/** validateLinuxPath for `--device`. */
const device: Check = value => {
	if (/^[a-z][a-z\d.-]*\/[a-z\d.-]+=/i.test(value)) {
		// A CDI device name (vendor.com/class=name): the engine's business.
		return undefined;
	}

	const parts = value.split(':');
	if (parts.length > 3 || parts[0] === '') {
		return {kind: 'path', docker: `bad format for path: ${value}`};
	}

	let containerPath = parts[0]!;
	if (parts.length === 2 && !validDeviceMode(parts[1]!)) {
		containerPath = parts[1]!;
	} else if (parts.length === 3) {
		if (!validDeviceMode(parts[2]!)) {
			return {kind: 'mode', docker: `bad mode specified: ${parts[2]}`, from: value.length - parts[2]!.length, to: value.length};
		}

		containerPath = parts[1]!;
	}

	if (!containerPath.startsWith('/')) {
		const from = value.indexOf(containerPath, parts[0]!.length);
		return {kind: 'path', docker: `${containerPath} is not an absolute path`, ...(from === -1 || containerPath === '' ? {} : {from, to: from + containerPath.length})};
	}

	return undefined;
};

const pull: Check = value => ['always', 'missing', 'never'].includes(value) ? undefined : {kind: 'pull', docker: `invalid pull option: '${value}': must be one of "always", "missing" or "never"`};

const signals = new Set([
	'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT', 'SEGV',
	'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ', 'UNUSED',
	...Array.from({length: 31}, (_, index) => `RTMIN+${index + 1}`),
	...Array.from({length: 31}, (_, index) => `RTMAX-${index + 1}`),
	'RTMIN', 'RTMAX',
]);
/** The engine's signal.ParseSignal. */
const stopSignal: Check = value => {
	const number = parseGoInteger(value, {base: 10, bits: 32, unsigned: false});
	if (!('error' in number)) {
		return number.value > 0n && number.value < 65n ? undefined : {kind: 'signal', docker: `Invalid signal: ${value}`};
	}

	const name = value.toUpperCase().replace(/^SIG/, '');
	return signals.has(name) ? undefined : {kind: 'signal', docker: `Invalid signal: ${value}`};
};

const cpuset: Check = value => {
	if (value === '') {
		return undefined;
	}

	const valid = value.split(',').every(part => /^\d+(?:-\d+)?$/.test(part) && (!part.includes('-') || Number(part.split('-')[0]) <= Number(part.split('-')[1])));
	return valid ? undefined : {kind: 'cpuset', docker: `Invalid value ${value} for cpuset cpus: invalid format: ${value}`};
};

const workdir: Check = value => value === '' || value.startsWith('/') ? undefined : {kind: 'path', docker: `the working directory '${value}' is invalid, it needs to be an absolute path`};

const operatingSystems = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos', 'wasip1']);
const architectures = new Set([
	'386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32',
	'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel', 'i386',
]);
/** containerd's platforms.Parse, roughly: os[/arch[/variant]], or an architecture alone. */
const platform: Check = value => {
	if (value === '') {
		return undefined;
	}

	const parts = value.toLowerCase().split('/');
	const valid = parts.length === 1
		? operatingSystems.has(parts[0]!) || architectures.has(parts[0]!)
		: parts.length <= 3 && operatingSystems.has(parts[0]!.replace(/\(.*\)$/, '')) && architectures.has(parts[1]!);
	if (valid) {
		return undefined;
	}

	const reason = parts.length === 1 ? 'unknown operating system or architecture' : (parts.length > 3 ? 'cannot parse platform' : 'unknown operating system or architecture');
	return {kind: 'platform', docker: `error parsing specified platform: ${goQuote(value)}: ${reason}: invalid argument`};
};

const macAddress: Check = (value, _flag, facts) => {
	if (value === '') {
		return undefined;
	}

	if (!/^(?:[\da-fA-F]{2}[:-]){5}[\da-fA-F]{2}$/.test(value)) {
		return {kind: 'mac', docker: `${value} is not a valid mac address`};
	}

	// Since client 25, the address goes per network, which older engines do not read.
	return facts.apiVersion !== undefined && compareVersions(facts.apiVersion, '1.44') < 0
		? {kind: 'mac', docker: `"specify mac-address per network" requires API version 1.44, but the Docker daemon API version is ${facts.apiVersion}`}
		: undefined;
};

/** The endpoint's IPAM check: `--ip` takes an IPv4 address, `--ip6` an IPv6 one, neither unspecified. */
function endpointAddress(family: 4 | 6): Check {
	return value => {
		const ipv4 = isIpAddress(value) && !value.includes(':');
		const mapped = /^::ffff:/i.test(value) && isIpAddress(value);
		const valid = value === '' || (family === 4 ? (ipv4 || mapped) && value !== '0.0.0.0' : isIpAddress(value) && !ipv4 && !mapped && !/^[0:]+$/.test(value));
		return valid ? undefined : {kind: 'ip', docker: `invalid IPv${family} address: ${value}`};
	};
}

/** GpuOpts: `all`, a count, or count=, driver=, device=, capabilities=, options= fields. */
const gpus: Check = (value, flag) => {
	const seen = new Set<string>();
	for (const field of value.split(',')) {
		const equals = field.indexOf('=');
		const key = equals === -1 ? field : field.slice(0, equals);
		if (seen.has(key)) {
			return pflag('option', flag, value, `gpu request key '${key}' can be specified only once`);
		}

		seen.add(key);
		const count = equals === -1 ? key : (key === 'count' ? field.slice(equals + 1) : undefined);
		if (count !== undefined) {
			seen.add('count');
			if (count !== 'all' && 'error' in parseGoInteger(count, {base: 10, bits: 64, unsigned: false})) {
				const reason = /^[+-]?\d+$/.test(count) ? 'value out of range' : 'invalid syntax';
				return pflag('option', flag, value, `invalid count (${count}): value must be either "all" or an integer: ${reason}`);
			}

			continue;
		}

		if (!['driver', 'device', 'capabilities', 'options'].includes(key)) {
			return pflag('option', flag, value, `unexpected key '${key}' in '${field}'`);
		}
	}

	return undefined;
};

const isolation: Check = value => ['', 'default'].includes(value.toLowerCase()) ? undefined : {kind: 'option', docker: `Invalid isolation: ${goQuote(value)} - linux only supports 'default'`};

const oomScoreAdj: Check = (value, flag, facts) => {
	const problem = int64(value, flag, facts);
	if (problem) {
		return problem;
	}

	const number = Number((parseGoInteger(value, {base: 0, bits: 64, unsigned: false}) as {value: bigint}).value);
	return number < -1000 || number > 1000 ? {kind: 'integer', docker: `Invalid value ${number}, range for oom score adj is [-1000, 1000]`} : undefined;
};

const swappiness: Check = (value, flag, facts) => {
	const problem = int64(value, flag, facts);
	if (problem) {
		return problem;
	}

	const number = Number((parseGoInteger(value, {base: 0, bits: 64, unsigned: false}) as {value: bigint}).value);
	return number !== -1 && (number < 0 || number > 100) ? {kind: 'integer', docker: `invalid value: ${number}. Valid memory swappiness range is 0-100`} : undefined;
};

const healthRetries: Check = (value, flag, facts) => {
	const problem = int64(value, flag, facts);
	return problem ?? (value.startsWith('-') && value !== '-0' ? {kind: 'integer', docker: '--health-retries cannot be negative', onFlag: true} : undefined);
};

const memorySwap: Check = (value, flag, facts) => value === '-1' ? undefined : size(value, flag, facts);

/** Checks of `docker run` / `docker create` flag values, by long flag name. */
export const containerValueChecks: ReadonlyMap<string, Check> = new Map<string, Check>([
	['memory', size],
	['memory-reservation', size],
	['kernel-memory', size],
	['shm-size', size],
	['memory-swap', memorySwap],
	['cpus', cpus],
	['cpu-shares', int64],
	['cpu-period', int64],
	['cpu-quota', int64],
	['cpu-rt-period', int64],
	['cpu-rt-runtime', int64],
	['cpu-count', int64],
	['cpu-percent', int64],
	['pids-limit', int64],
	['stop-timeout', int64],
	['oom-score-adj', oomScoreAdj],
	['memory-swappiness', swappiness],
	['health-retries', healthRetries],
	['blkio-weight', integer(16, true)],
	['io-maxiops', integer(64, true)],
	['health-interval', duration('health-interval')],
	['health-timeout', duration('health-timeout')],
	['health-start-period', duration('health-start-period')],
	['health-start-interval', duration('health-start-interval')],
	['publish', publish],
	['expose', expose],
	['env', env],
	['label', label],
	['ulimit', ulimit],
	['restart', restart],
	['name', containerName],
	['add-host', addHost],
	['dns', ipAddress],
	['dns-search', dnsSearch],
	['attach', attach],
	['device-cgroup-rule', deviceCgroupRule],
	['link', link],
	['sysctl', sysctl],
	['pid', namespaceMode('pid', 'PID', [], true)],
	['uts', namespaceMode('uts', 'UTS', [], false)],
	['userns', namespaceMode('userns', 'USER', [], false)],
	['cgroupns', namespaceMode('cgroupns', 'CGROUP', ['private'], false)],
	['security-opt', securityOpt],
	['storage-opt', storageOpt],
	['device', device],
	['pull', pull],
	['stop-signal', stopSignal],
	['cpuset-cpus', cpuset],
	['cpuset-mems', cpuset],
	['workdir', workdir],
	['platform', platform],
	['mac-address', macAddress],
	['isolation', isolation],
	['ip', endpointAddress(4)],
	['ip6', endpointAddress(6)],
	['gpus', gpus],
]);

const logLevels = new Set(['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']);

/** Checks of the global options' values (`docker --log-level x ...`). */
export const globalValueChecks: ReadonlyMap<string, Check> = new Map<string, Check>([
	['log-level', value => logLevels.has(value.toLowerCase()) ? undefined : {kind: 'log-level', docker: `Unable to parse logging level: ${value}`}],
	// Without a scheme the address is tcp.
	['host', value => !value.includes('://') || /^(?:unix|tcp|fd|ssh|npipe):\/\//.test(value)
		? undefined
		: {kind: 'option', docker: `Failed to initialize: unable to resolve docker endpoint: invalid bind address format: ${value}`}],
]);
