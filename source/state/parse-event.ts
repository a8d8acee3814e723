import type {DockerEvent} from './types.js';

/**
Reads one line of `docker events --format '{{json .}}'`. Engines before API 1.44
also send the legacy `status`/`id`/`from` fields; newer ones only `Type`, `Action`
and `Actor`. Returns undefined for a line that is not an event (blank, garbage).
*/
export function parseEventLine(line: string): DockerEvent | undefined {
	const trimmed = line.trim();
	if (!trimmed.startsWith('{')) {
		return undefined;
	}

	let raw: unknown;
	try {
		raw = JSON.parse(trimmed);
	} catch {
		return undefined;
	}

	if (!isRecord(raw)) {
		return undefined;
	}

	if (!isRecord(raw['Actor']) && typeof raw['Time'] === 'string') {
		return podmanEvent(raw);
	}

	const actor = isRecord(raw['Actor']) ? raw['Actor'] : {};
	const type = stringField(raw, 'Type') ?? stringField(raw, 'type');
	const action = stringField(raw, 'Action') ?? stringField(raw, 'status');
	const id = stringField(actor, 'ID') ?? stringField(raw, 'id');
	if (!type || !action || !id) {
		return undefined;
	}

	const attributes: Record<string, string> = {};
	if (isRecord(actor['Attributes'])) {
		for (const [key, value] of Object.entries(actor['Attributes'])) {
			if (typeof value === 'string') {
				attributes[key] = value;
			}
		}
	}

	const timestamp = exactTimestamp(trimmed, raw);
	return {
		type,
		// `exec_start: sh -c ...`, `health_status: healthy`: keep the verb only.
		action: action.split(':')[0]!.trim(),
		id,
		attributes,
		time: Math.round(Number(timestamp) * 1000),
		timestamp,
	};
}

/** Podman's verbs for docker's `die` and `destroy`. */
const podmanActions: Record<string, string> = {died: 'die', remove: 'destroy'};

/**
`podman events --format '{{json .}}'`: `{ID, Name, Image, Status, Type,
Attributes, Time}` with an RFC 3339 time; a volume has only its Name. Read as
docker's events, verbs translated (`died`, `remove`). Podman sends no volume
`mount`/`unmount` events.
*/
function podmanEvent(raw: Record<string, unknown>): DockerEvent | undefined {
	const type = stringField(raw, 'Type');
	const status = stringField(raw, 'Status');
	const name = stringField(raw, 'Name');
	const id = stringField(raw, 'ID') ?? name;
	const timestamp = rfc3339Timestamp(stringField(raw, 'Time') ?? '');
	if (!type || !status || !id || timestamp === undefined) {
		return undefined;
	}

	const attributes: Record<string, string> = {};
	if (isRecord(raw['Attributes'])) {
		for (const [key, value] of Object.entries(raw['Attributes'])) {
			if (typeof value === 'string') {
				attributes[key] = value;
			}
		}
	}

	if (name && type === 'container') {
		attributes['name'] ??= name;
	}

	const image = stringField(raw, 'Image');
	if (image && type === 'container') {
		attributes['image'] ??= image;
	}

	return {type, action: podmanActions[status] ?? status, id, attributes, time: Math.round(Number(timestamp) * 1000), timestamp};
}

/** `2026-12-02T15:29:54.703078271Z` → `seconds.nanoseconds`, exactly (a Date keeps milliseconds only). */
function rfc3339Timestamp(time: string): string | undefined {
	const match = /^(.+?T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(time);
	if (!match) {
		return undefined;
	}

	const seconds = Date.parse(`${match[1]}${match[3]}`) / 1000;
	if (!Number.isFinite(seconds)) {
		return undefined;
	}

	return `${seconds}.${(match[2] ?? '').padEnd(9, '0').slice(0, 9)}`;
}

/**
`timeNano` has 19 digits, more than a double holds exactly, so it is read from
the text itself. Falls back to `time` (seconds).
*/
function exactTimestamp(line: string, raw: Record<string, unknown>): string {
	const nano = /"timeNano"\s*:\s*(\d{10,})/.exec(line)?.[1];
	if (nano) {
		return `${nano.slice(0, -9)}.${nano.slice(-9)}`;
	}

	const seconds = raw['time'];
	return typeof seconds === 'number' ? String(seconds) : '0';
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
	const value = record[key];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
