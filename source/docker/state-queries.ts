import {
	containerInspectTemplate,
	podmanInspectTemplate,
	parseContainerInspect,
	parseContainerList,
	parseMixedInspect,
	parseSystemDf,
	parseVolumeInspect,
	parseVolumeList,
	parseVolumeSizes,
} from '../state/parse-queries.js';
import type {ContainerDetails, ContainerSummary, VolumeDetails, VolumeSize, VolumeSummary} from '../state/types.js';
import {isPodmanBinary} from './binary.js';
import type {DockerRunner, RunOptions} from './state-runner.js';

/**
The batched queries behind the model: one process per list, one `inspect` for
many objects. Each throws `EngineQueryError` when the engine does not answer.
*/

export class EngineQueryError extends Error {
	override name = 'EngineQueryError';

	constructor(readonly reason: string, readonly args: readonly string[]) {
		super(reason);
	}
}

/**
Room for object names on one command line. Windows caps a whole command line
near 32,000 characters, macOS near 1 MB with the environment; Linux allows a
quarter of the stack limit (2 MB by default): 1 MB keeps about 25,000 volume
names in one `inspect`, so that a burst of events costs one process.
*/
export const argumentBudget = process.platform === 'win32' ? 24_000 : (process.platform === 'linux' ? 1_000_000 : 200_000);

export async function listVolumes(runner: DockerRunner, options?: RunOptions): Promise<VolumeSummary[]> {
	return parseVolumeList(await query(runner, ['volume', 'ls', '--format', '{{json .}}'], options));
}

export async function listContainers(runner: DockerRunner, options?: RunOptions): Promise<ContainerSummary[]> {
	return parseContainerList(await query(runner, ['ps', '--all', '--no-trunc', '--format', '{{json .}}'], options));
}

export async function inspectVolumes(runner: DockerRunner, names: readonly string[], options?: RunOptions): Promise<{volumes: VolumeDetails[]; missing: string[]}> {
	const volumes = await inspectInChunks(runner, ['volume', 'inspect', '--format', '{{json .}}'], names, parseVolumeInspect, options);
	const found = new Set(volumes.map(volume => volume.name));
	return {volumes, missing: names.filter(name => !found.has(name))};
}

export async function inspectContainers(runner: DockerRunner, ids: readonly string[], options?: RunOptions): Promise<{containers: ContainerDetails[]; missing: string[]}> {
	const containers = await inspectInChunks(runner, ['inspect', '--type', 'container', '--format', isPodmanBinary(runner.binary) ? podmanInspectTemplate : containerInspectTemplate], ids, parseContainerInspect, options);
	const found = containers.map(container => container.id);
	return {
		containers,
		missing: ids.filter(id => !found.some(full => full === id || full.startsWith(id))),
	};
}

/**
Every volume (with its size) and every container, listed by one process:
`docker system df -v`. Undefined when the engine refuses (20.10 runs one disk-usage
count at a time and answers "a disk usage operation is already running").
*/
export async function listEverything(runner: DockerRunner, options?: RunOptions): Promise<ReturnType<typeof parseSystemDf>> {
	const args = ['system', 'df', '--verbose', '--format', '{{json .}}'];
	const result = await runner.run(args, {timeoutMs: 60_000, ...options});
	if (!result.ok) {
		if (/already running/i.test(result.reason)) {
			return undefined;
		}

		throw new EngineQueryError(result.reason, args);
	}

	return parseSystemDf(result.stdout);
}

/**
Volumes and containers in one untyped `inspect`. Containers are given by full
id, which nothing else matches; a volume name that is also a container, image
or network name comes back as that object and is reported in `unresolved`.
*/
export async function inspectVolumesAndContainers(runner: DockerRunner, names: readonly string[], ids: readonly string[], options?: RunOptions): Promise<{
	volumes: VolumeDetails[]; containers: ContainerDetails[]; missingContainers: string[]; unresolved: string[];
}> {
	const parts = await inspectInChunks(runner, ['inspect', '--format', '{{json .}}'], [...ids, ...names], stdout => [parseMixedInspect(stdout)], options);
	const volumes = parts.flatMap(part => part.volumes);
	const containers = parts.flatMap(part => part.containers);
	const foundVolumes = new Set(volumes.map(volume => volume.name));
	const foundContainers = new Set(containers.map(container => container.id));
	return {
		volumes,
		containers,
		missingContainers: ids.filter(id => !foundContainers.has(id)),
		unresolved: names.filter(name => !foundVolumes.has(name)),
	};
}

/** `docker system df -v`: sizes of all volumes. Slow on big engines: callers debounce it. */
export async function volumeSizes(runner: DockerRunner, options?: RunOptions): Promise<VolumeSize[]> {
	return parseVolumeSizes(await query(runner, ['system', 'df', '--verbose', '--format', '{{json .}}'], options));
}

/** Splits names so that each command line stays within `budget` characters. */
export function chunkArguments(values: readonly string[], budget = argumentBudget): string[][] {
	const chunks: string[][] = [];
	let current: string[] = [];
	let length = 0;
	for (const value of values) {
		if (current.length > 0 && length + value.length + 1 > budget) {
			chunks.push(current);
			current = [];
			length = 0;
		}

		current.push(value);
		length += value.length + 1;
	}

	if (current.length > 0) {
		chunks.push(current);
	}

	return chunks;
}

async function query(runner: DockerRunner, args: readonly string[], options?: RunOptions): Promise<string> {
	const result = await runner.run(args, {timeoutMs: 60_000, ...options});
	if (!result.ok) {
		throw new EngineQueryError(result.reason, args);
	}

	return result.stdout;
}

/**
`inspect` prints what it found and exits 1 when any object is missing (it was
removed meanwhile): that is an answer, not a failure. Anything else is.
*/
async function inspectInChunks<Item>(
	runner: DockerRunner,
	command: readonly string[],
	values: readonly string[],
	parse: (stdout: string) => Item[],
	options?: RunOptions,
): Promise<Item[]> {
	const results = await Promise.all(chunkArguments(values).map(async chunk => {
		const args = [...command, ...chunk];
		const result = await runner.run(args, {timeoutMs: 60_000, ...options});
		if (!result.ok && !onlyMissingObjects(result.stderr)) {
			throw new EngineQueryError(result.reason, args);
		}

		return parse(result.stdout);
	}));
	return results.flat();
}

function onlyMissingObjects(stderr: string): boolean {
	const lines = stderr.split('\n').map(line => line.trim()).filter(Boolean);
	return lines.length > 0 && lines.every(line => /no such (?:object|container|volume)/i.test(line));
}
