import {anonymousVolumeNamePattern} from '../line/docker-rules.js';
import {isRecord} from './parse-event.js';
import {pendingRmLabel} from './run-rewrite.js';
import {
	anonymousVolumeLabel,
	type ContainerDetails,
	type ContainerStatus,
	type ContainerSummary,
	type LayerChange,
	type Mount,
	type VolumeDetails,
	type VolumeSize,
	type VolumeSummary,
} from './types.js';

/**
Parsers for the output of the batched queries. Every query prints one JSON
document per line (`--format '{{json .}}'`), a form all CLI versions since 1.13
understand; lines that are not JSON objects are skipped.
*/

export function parseJsonLines(stdout: string): Array<Record<string, unknown>> {
	const array = jsonArray(stdout);
	if (array) {
		return array;
	}

	const records: Array<Record<string, unknown>> = [];
	for (const line of stdout.split('\n')) {
		const trimmed = line.trim();
		if (!trimmed.startsWith('{')) {
			continue;
		}

		try {
			const value: unknown = JSON.parse(trimmed);
			if (isRecord(value)) {
				records.push(value);
			}
		} catch {
			// Not a record: docker mixes warnings into its output; only the JSON lines are data.
			continue;
		}
	}

	return records;
}

/** Podman prints lists and inspects as one JSON array, pretty-printed, whatever the template. */
function jsonArray(stdout: string): Array<Record<string, unknown>> | undefined {
	const trimmed = stdout.trim();
	if (!trimmed.startsWith('[')) {
		return undefined;
	}

	try {
		const value: unknown = JSON.parse(trimmed);
		return Array.isArray(value) ? value.filter(item => isRecord(item)) : undefined;
	} catch {
		return undefined;
	}
}

/** `docker volume ls --format '{{json .}}'`. */
export function parseVolumeList(stdout: string): VolumeSummary[] {
	return volumesFromRecords(parseJsonLines(stdout));
}

function volumesFromRecords(records: readonly unknown[]): VolumeSummary[] {
	return records.flatMap(record => {
		const volume = isRecord(record) ? volumeFromRecord(record) : undefined;
		return volume ? [volume] : [];
	});
}

/** `docker volume inspect --format '{{json .}}' NAME...`: the same fields, and the creation date. */
export function parseVolumeInspect(stdout: string): VolumeDetails[] {
	return parseJsonLines(stdout).flatMap(record => {
		const volume = volumeFromRecord(record);
		return volume ? [{...volume, ...optional('createdAt', text(record['CreatedAt']))}] : [];
	});
}

function volumeFromRecord(record: Record<string, unknown>): VolumeSummary | undefined {
	const name = text(record['Name']);
	if (!name) {
		return undefined;
	}

	return {
		name,
		driver: text(record['Driver']) ?? 'local',
		labels: parseLabels(record['Labels']),
		...optional('mountpoint', text(record['Mountpoint'])),
		...optional('scope', text(record['Scope'])),
	};
}

/** `docker ps -a --no-trunc --format '{{json .}}'`. */
export function parseContainerList(stdout: string): ContainerSummary[] {
	return containersFromRecords(parseJsonLines(stdout));
}

function containersFromRecords(records: readonly unknown[]): ContainerSummary[] {
	return records.filter(record => isRecord(record)).flatMap(record => {
		// Podman: `Id`, `Names` a list, `CreatedAt` in words ("7 seconds ago") and `Created` in seconds.
		const id = text(record['ID']) ?? text(record['Id']);
		if (!id) {
			return [];
		}

		const names = Array.isArray(record['Names']) ? record['Names'].filter(name => typeof name === 'string').join(',') : text(record['Names']);
		return [{
			id,
			name: firstName(names ?? id.slice(0, 12)),
			image: text(record['Image']) ?? '',
			status: parseStatus(text(record['State']), text(record['Status'])),
			labels: parseLabels(record['Labels']),
			...optional('createdAt', psDate(text(record['CreatedAt'])) ?? epochDate(record['Created'])),
		}];
	});
}

/**
The Go template `docker inspect --type container` is given: only the fields the
model needs, one JSON object per line. `index` keeps a missing map key from
failing the whole template (older engines omit empty `HostConfig.Tmpfs`).
*/
/** The same fields from Podman, whose `HostConfig` is a struct `index` refuses, and whose `json .Id` fails (`.ID` works). */
export const podmanInspectTemplate = '{"Id":{{json .ID}},"Name":{{json .Name}},"Image":{{json .ImageName}},"Created":{{json .Created}},"State":{{json .State}},"AutoRemove":{{json .HostConfig.AutoRemove}},"Tmpfs":{{json .HostConfig.Tmpfs}},"Labels":{{json .Config.Labels}},"Tty":{{json .Config.Tty}},"Mounts":{{json .Mounts}}}';

export const containerInspectTemplate = '{"Id":{{json .Id}},"Name":{{json .Name}},"Image":{{json .Config.Image}},"Created":{{json .Created}},"State":{{json .State}},"AutoRemove":{{json (index .HostConfig "AutoRemove")}},"Tmpfs":{{json (index .HostConfig "Tmpfs")}},"Labels":{{json (index .Config "Labels")}},"Tty":{{json (index .Config "Tty")}},"Mounts":{{json .Mounts}}}';

/** Output of `docker inspect --type container --format containerInspectTemplate ID...`. */
export function parseContainerInspect(stdout: string): ContainerDetails[] {
	return parseJsonLines(stdout).flatMap(record => {
		const container = containerFromInspect(record);
		return container ? [container] : [];
	});
}

/**
Output of an untyped `docker inspect --format '{{json .}}' ID... NAME...` (the
whole objects): containers and volumes; anything else a name resolved to (an
image, a network) is left out.
*/
export function parseMixedInspect(stdout: string): {volumes: VolumeDetails[]; containers: ContainerDetails[]} {
	const volumes: VolumeDetails[] = [];
	const containers: ContainerDetails[] = [];
	for (const record of parseJsonLines(stdout)) {
		if (typeof record['Id'] === 'string' && isRecord(record['State'])) {
			const config = isRecord(record['Config']) ? record['Config'] : {};
			const host = isRecord(record['HostConfig']) ? record['HostConfig'] : {};
			const container = containerFromInspect({
				...record,
				Image: config['Image'],
				Labels: config['Labels'],
				AutoRemove: host['AutoRemove'],
				Tmpfs: host['Tmpfs'],
				Tty: config['Tty'],
			});
			if (container) {
				containers.push(container);
			}
		} else if (record['Id'] === undefined && typeof record['Mountpoint'] === 'string') {
			volumes.push(...parseVolumeInspect(JSON.stringify(record)));
		}
	}

	return {volumes, containers};
}

/**
`docker system df -v --format '{{json .}}'`: one document listing every volume
(as `volume ls` does, with its size) and every container (as `ps -a --no-trunc`).
Undefined when the output is not that document.
*/
export function parseSystemDf(stdout: string): {volumes: VolumeSummary[]; containers: ContainerSummary[]; sizes: VolumeSize[]; unmounted: Set<string>} | undefined {
	const [document] = parseJsonLines(stdout);
	if (!document || !Array.isArray(document['Volumes']) || !Array.isArray(document['Containers'])) {
		return undefined;
	}

	// One JSON.parse for the whole answer: 2,000 volumes make half a megabyte.
	return {
		volumes: volumesFromRecords(document['Volumes']),
		containers: containersFromRecords(document['Containers']),
		sizes: sizesFromRecords(document['Volumes']),
		unmounted: unmountedContainers(document['Containers']),
	};
}

/** Ids of the listed containers docker shows with no volume and no bind mount (`Mounts` empty, `LocalVolumes` 0; tmpfs are not listed). */
function unmountedContainers(records: readonly unknown[]): Set<string> {
	const ids = new Set<string>();
	for (const record of records) {
		const id = isRecord(record) ? text(record['ID']) : undefined;
		if (id && isRecord(record) && record['Mounts'] === '' && record['LocalVolumes'] === '0') {
			ids.add(id);
		}
	}

	return ids;
}

function containerFromInspect(record: Record<string, unknown>): ContainerDetails | undefined {
	const id = text(record['Id']);
	if (!id) {
		return undefined;
	}

	const state = isRecord(record['State']) ? record['State'] : {};
	const mounts = parseInspectMounts(record['Mounts']);
	if (isRecord(record['Tmpfs'])) {
		for (const [destination, options] of Object.entries(record['Tmpfs'])) {
			if (!mounts.some(mount => mount.destination === destination)) {
				mounts.push({type: 'tmpfs', destination, ...optional('options', text(options))});
			}
		}
	}

	const exitCode = state['ExitCode'];
	return {
		id,
		name: (text(record['Name']) ?? id.slice(0, 12)).replace(/^\//, ''),
		image: text(record['Image']) ?? '',
		status: parseStatus(text(state['Status']), undefined),
		labels: parseLabels(record['Labels']),
		// dockwise removes these itself, as `--rm` would (see `planRunRewrite`).
		autoRemove: record['AutoRemove'] === true || parseLabels(record['Labels'])[pendingRmLabel] !== undefined,
		mounts,
		...optional('exitCode', typeof exitCode === 'number' ? exitCode : undefined),
		...optional('createdAt', text(record['Created'])),
		...optional('tty', typeof record['Tty'] === 'boolean' ? record['Tty'] : undefined),
	};
}

function parseInspectMounts(value: unknown): Mount[] {
	if (!Array.isArray(value)) {
		return [];
	}

	return value.filter(item => isRecord(item)).flatMap((mount): Mount[] => {
		const destination = text(mount['Destination']);
		if (!destination) {
			return [];
		}

		const readOnly = mount['RW'] === false;
		const source = text(mount['Source']);
		switch (mount['Type']) {
			case 'volume': {
				const name = text(mount['Name']);
				return name ? [{type: 'volume', name, destination, readOnly, ...optional('driver', text(mount['Driver']))}] : [];
			}

			case 'bind': {
				return [{type: 'bind', source: source ?? '', destination, readOnly, ...optional('propagation', text(mount['Propagation']))}];
			}

			case 'tmpfs': {
				return [{type: 'tmpfs', destination}];
			}

			default: {
				return [{type: 'other', kind: text(mount['Type']) ?? 'unknown', destination, readOnly, ...optional('source', source)}];
			}
		}
	});
}

/**
`docker system df -v --format '{{json .}}'`: one document whose `Volumes` carry
a human size (`24B`, `1.5kB`, `N/A`), turned back into bytes (approximately:
the engine rounds to a few digits).
*/
export function parseVolumeSizes(stdout: string): VolumeSize[] {
	const [document] = parseJsonLines(stdout);
	const volumes = document?.['Volumes'];
	return Array.isArray(volumes) ? sizesFromRecords(volumes) : [];
}

function sizesFromRecords(volumes: readonly unknown[]): VolumeSize[] {
	return volumes.filter(item => isRecord(item)).flatMap(volume => {
		const name = text(volume['Name']);
		const size = parseHumanSize(text(volume['Size']));
		return name && size !== undefined ? [{name, size}] : [];
	});
}

const sizeUnits: Record<string, number> = {
	b: 1,
	kb: 1e3,
	mb: 1e6,
	gb: 1e9,
	tb: 1e12,
	pb: 1e15,
	kib: 1024,
	mib: 1024 ** 2,
	gib: 1024 ** 3,
	tib: 1024 ** 4,
};

export function parseHumanSize(value: string | undefined): number | undefined {
	const match = /^\s*([\d.]+)\s*([a-z]*)\s*$/i.exec(value ?? '');
	if (!match) {
		return undefined;
	}

	const unit = sizeUnits[(match[2] ?? '').toLowerCase() || 'b'];
	const amount = Number(match[1]);
	return unit === undefined || Number.isNaN(amount) ? undefined : Math.round(amount * unit);
}

/** `docker diff ID`: `A /path`, `C /path`, `D /path` lines. */
export function parseDiff(stdout: string): LayerChange[] {
	const changes: LayerChange[] = [];
	for (const line of stdout.split('\n')) {
		const match = /^([ACD]) (\/.*)$/.exec(line.trimEnd());
		if (match) {
			changes.push({kind: match[1] as LayerChange['kind'], path: match[2]!});
		}
	}

	return changes;
}

/**
Labels as `volume ls` and `ps` print them: `a=1,b=2` (a value holding a comma
is ambiguous there; such a piece is glued back to the previous value). Objects
(from `inspect`) pass through.
*/
export function parseLabels(value: unknown): Record<string, string> {
	const labels: Record<string, string> = {};
	if (isRecord(value)) {
		for (const [key, labelValue] of Object.entries(value)) {
			labels[key] = typeof labelValue === 'string' ? labelValue : String(labelValue);
		}

		return labels;
	}

	if (typeof value !== 'string' || value === '') {
		return labels;
	}

	let previous: string | undefined;
	for (const piece of value.split(',')) {
		const equals = piece.indexOf('=');
		if (equals > 0) {
			previous = piece.slice(0, equals);
			labels[previous] = piece.slice(equals + 1);
		} else if (previous === undefined) {
			if (piece !== '') {
				labels[piece] = '';
			}
		} else {
			labels[previous] += `,${piece}`;
		}
	}

	return labels;
}

/**
Engines before API 1.44 put no label on anonymous volumes; their names are then
the only sign: 64 hexadecimal digits, which `docker volume create` never picks
for a named volume unless a user types one.
*/
export function isAnonymousVolume(name: string, labels: Record<string, string>): boolean {
	return anonymousVolumeLabel in labels || anonymousVolumeNamePattern.test(name);
}

const statuses = new Set<ContainerStatus>(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']);

/** `State` of `ps` (newer CLIs) or of inspect; older CLIs only give the human `Status`. */
export function parseStatus(state: string | undefined, humanStatus: string | undefined): ContainerStatus {
	const lower = state?.toLowerCase();
	if (lower && statuses.has(lower as ContainerStatus)) {
		return lower as ContainerStatus;
	}

	const human = humanStatus?.toLowerCase() ?? '';
	if (human.includes('(paused)')) {
		return 'paused';
	}

	if (human.startsWith('up')) {
		return 'running';
	}

	if (human.startsWith('restarting')) {
		return 'restarting';
	}

	if (human.startsWith('removal')) {
		return 'removing';
	}

	if (human.startsWith('dead')) {
		return 'dead';
	}

	return human.startsWith('created') ? 'created' : 'exited';
}

function firstName(names: string): string {
	// Legacy links add `other/alias` names; the container's own has no slash.
	const all = names.split(',').map(name => name.replace(/^\//, ''));
	return all.find(name => !name.includes('/')) ?? all[0] ?? names;
}

/** `2026-11-27 18:39:20 +0000 UTC` -> ISO. */
function psDate(value: string | undefined): string | undefined {
	const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})/.exec(value ?? '');
	if (!match) {
		return undefined;
	}

	const date = new Date(`${match[1]}T${match[2]}${match[3]}:${match[4]}`);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function epochDate(value: unknown): string | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000).toISOString() : undefined;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' && value !== 'N/A' ? value : undefined;
}

/** `{key: value}` when the value is defined, `{}` otherwise: keeps absent fields absent. */
export function optional<Key extends string, Value>(key: Key, value: Value | undefined): Partial<Record<Key, Value>> {
	return value === undefined ? {} : ({[key]: value} as Record<Key, Value>);
}

/** Marker line ending the helper's listing: `TOTAL <files> <bytes>`. */
const totalMarker = 'TOTAL';
const totalPattern = /^TOTAL (\d+) ([\d.e+]+)$/;

/**
The POSIX shell program a helper container runs to list a volume mounted at
`root`: one `SIZE PATH` line for each of the first `maxListed` regular files, then
the totals. Works with the busybox and GNU userlands of Linux images (find, stat, awk).
*/
export function helperListingScript(root: string, maxListed: number): string {
	return `find ${root} -type f -exec stat -c '%s %n' {} + | awk -v max=${maxListed} '{ n++; s += $1; if (n <= max) print } END { print "${totalMarker}", n + 0, s + 0 }'`;
}

export type HelperListing = {
	files: Array<{path: string; size: number}>;
	fileCount: number;
	totalBytes: number;
};

/** Reads what `helperListingScript` printed; undefined when the totals line is missing. */
export function parseHelperListing(stdout: string, root: string): HelperListing | undefined {
	const files: HelperListing['files'] = [];
	let totals: {fileCount: number; totalBytes: number} | undefined;
	for (const line of stdout.split('\n')) {
		const total = totalPattern.exec(line.trim());
		if (total) {
			totals = {fileCount: Number(total[1]), totalBytes: Math.round(Number(total[2]))};
			continue;
		}

		const file = /^(\d+) (.+)$/.exec(line);
		if (file) {
			files.push({path: relativeTo(root, file[2]!), size: Number(file[1])});
		}
	}

	return totals ? {files, ...totals} : undefined;
}

function relativeTo(root: string, path: string): string {
	const prefix = root.endsWith('/') ? root : `${root}/`;
	return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
