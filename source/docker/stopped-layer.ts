import {lstat} from 'node:fs/promises';
import path from 'node:path';
import {parseDiff, parseJsonLines} from '../state/parse-queries.js';
import type {LayerChange} from '../state/types.js';
import {isPodmanBinary} from './binary.js';
import type {DockerRunner} from './state-runner.js';

/** What `inspect --size` tells about a container about to be removed. */
export type ContainerSize = {
	id: string;
	name: string;
	running: boolean;
	/** Bytes in its writable layer. */
	sizeRw?: number;
	/** The layer's folder on the engine's machine (overlay2 `UpperDir`). */
	upperDir?: string;
};

const sizeTemplate = '{"Id":{{json .Id}},"Name":{{json .Name}},"Running":{{json .State.Running}},"SizeRw":{{json .SizeRw}},"UpperDir":{{json (index .GraphDriver.Data "UpperDir")}}}';
/** Podman's inspect has `.ID` (its `json .Id` fails the whole template, so a `run --rm` in place was never removed). */
const podmanSizeTemplate = '{"Id":{{json .ID}},"Name":{{json .Name}},"Running":{{json .State.Running}},"SizeRw":{{json .SizeRw}},"UpperDir":{{json .GraphDriver.Data.UpperDir}}}';

/** `docker container inspect --size`: one process; undefined when the container is gone. */
export async function inspectSize(runner: DockerRunner, id: string): Promise<ContainerSize | undefined> {
	const template = isPodmanBinary(runner.binary) ? podmanSizeTemplate : sizeTemplate;
	const result = await runner.run(['container', 'inspect', '--size', '--format', template, id], {timeoutMs: 30_000});
	const [record] = result.ok ? parseJsonLines(result.stdout) : [];
	if (!record || typeof record['Id'] !== 'string') {
		return undefined;
	}

	const sizeRw = record['SizeRw'];
	const upperDir = record['UpperDir'];
	return {
		id: record['Id'],
		name: (typeof record['Name'] === 'string' ? record['Name'] : record['Id'].slice(0, 12)).replace(/^\//, ''),
		running: record['Running'] === true,
		...(typeof sizeRw === 'number' ? {sizeRw} : {}),
		...(typeof upperDir === 'string' && upperDir !== '' ? {upperDir} : {}),
	};
}

/**
The changes of a stopped container's writable layer (`docker diff`, exact once it
stopped), with the size of each added or changed file when its layer folder can
be read here (a local engine, read as root): no copy, no helper container.
*/
export async function readStoppedLayer(runner: DockerRunner, size: ContainerSize, {canReadHere}: {canReadHere: boolean}): Promise<LayerChange[] | undefined> {
	const result = await runner.run(['diff', size.id], {timeoutMs: 30_000});
	if (!result.ok) {
		return undefined;
	}

	const changes = parseDiff(result.stdout);
	if (!canReadHere || !size.upperDir) {
		return changes;
	}

	const root = size.upperDir;
	return Promise.all(changes.map(async change => {
		if (change.kind === 'D') {
			return change;
		}

		try {
			const stats = await lstat(path.join(root, change.path));
			return stats.isDirectory() ? {...change, folder: true} : {...change, size: stats.size};
		} catch {
			return change;
		}
	}));
}

/** `docker rm -v`: what `--rm` does when the container stops. */
export async function removeWithVolumes(runner: DockerRunner, id: string): Promise<boolean> {
	const result = await runner.run(['rm', '--volumes', id], {timeoutMs: 60_000});
	return result.ok;
}

