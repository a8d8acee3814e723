import type {Lang} from '../i18n/catalogue.js';
import {formatBytes} from './format-size.js';
import {meaningfulChanges} from './layer-changes.js';
import {describeFailureReason} from './failure-reason.js';
import {stateMessages} from './messages.js';
import {describeContents} from './narrate.js';
import {isLive, sortedContainers, sortedVolumes, volumeUsers} from './select.js';
import type {Container, DockerState, LayerChange, Mount, VolumeContents} from './types.js';

export type FormatOptions = {
	lang: Lang;
	/** Print times in UTC instead of the local zone (stable output for tests and demos). */
	utc?: boolean;
};

/** `:state`: the whole model as indented text. */
export function formatStateText(state: DockerState, {lang, utc = false}: FormatOptions): string {
	const t = stateMessages(lang);
	const time = (value: number | string | undefined) => value === undefined ? '?' : formatTime(value, utc);
	const lines: string[] = [engineLine(state, lang, time)];

	const users = volumeUsers(state);
	const volumes = sortedVolumes(state);
	lines.push('', t('state-volumes-title', {count: volumes.length}));
	if (volumes.length === 0) {
		lines.push(`  ${t('state-none')}`);
	}

	for (const volume of volumes) {
		const head = [volume.name, volume.anonymous ? `(${t('state-anonymous')})` : '', t('state-driver', {driver: volume.driver})];
		if (volume.createdAt) {
			head.push(t('state-created', {date: time(volume.createdAt)}));
		}

		lines.push(`  ${head.filter(Boolean).join('  ')}`);
		const labels = Object.entries(volume.labels).map(([key, value]) => value === '' ? key : `${key}=${value}`);
		if (labels.length > 0) {
			lines.push(`    ${t('state-labels', {labels: labels.join(', ')})}`);
		}

		if (volume.mountpoint) {
			lines.push(`    ${t('state-mountpoint', {path: volume.mountpoint})}`);
		}

		if (volume.size !== undefined) {
			lines.push(`    ${t('state-size', {size: formatBytes(volume.size, lang)})}`);
		}

		if (volume.contents) {
			const key = volume.contents.stale ? 'state-contents-stale' : 'state-contents';
			lines.push(`    ${t(key, {contents: describeContents(volume.contents, lang), time: time(volume.contents.readAt)})}`);
		}

		const usedBy = users.get(volume.name) ?? [];
		if (usedBy.length === 0) {
			lines.push(`    ${t('state-dangling')}`);
		}

		for (const user of usedBy) {
			lines.push(`    ${t('state-used-by', {
				container: user.containerName,
				destination: user.destination,
				access: t(user.readOnly ? 'state-read-only' : 'state-read-write'),
				status: t(user.running ? 'state-running' : 'state-stopped'),
			})}`);
		}
	}

	const containers = sortedContainers(state);
	lines.push('', t('state-containers-title', {count: containers.length}));
	if (containers.length === 0) {
		lines.push(`  ${t('state-none')}`);
	}

	for (const container of containers) {
		lines.push(...containerLines(container, lang, time));
	}

	if (state.removedContainers.length > 0) {
		lines.push('', t('state-removed-title', {count: state.removedContainers.length}));
		for (const container of state.removedContainers.slice(-10)) {
			lines.push(...containerLines(container, lang, time, t('state-removed-at', {time: time(container.removedAt)})));
		}
	}

	return lines.join('\n');
}

function engineLine(state: DockerState, lang: Lang, time: (value: number) => string): string {
	const t = stateMessages(lang);
	switch (state.engine.kind) {
		case 'up': {
			return t('state-engine-up', {time: time(state.engine.since)});
		}

		case 'away': {
			return t('state-engine-away', {time: time(state.engine.since), reason: describeFailureReason(state.engine.reason, lang)});
		}

		case 'connecting': {
			return t('state-engine-connecting');
		}
	}
}

function containerLines(container: Container, lang: Lang, time: (value: number) => string, extra?: string): string[] {
	const t = stateMessages(lang);
	const head = [container.name, container.id.slice(0, 12), t('state-image', {image: container.image}), t(`status-${container.status}`)];
	if (container.autoRemove) {
		head.push(t('state-auto-remove'));
	}

	if (extra) {
		head.push(extra);
	}

	const lines = [`  ${head.join('  ')}`];
	if (container.mounts.length === 0) {
		lines.push(`    ${t('state-no-mounts')}`);
	}

	for (const mount of container.mounts) {
		lines.push(`    ${describeMountShort(mount, lang)}`);
	}

	if (container.writableLayer) {
		const changes = meaningfulChanges(container.writableLayer.changes, container.mounts);
		lines.push(`    ${t('state-layer', {count: changes.length, time: time(container.writableLayer.capturedAt)})}`);
		for (const change of changes.slice(0, 20)) {
			lines.push(`      ${change.kind} ${change.path}`);
		}

		if (changes.length > 20) {
			lines.push(`      … ${changes.length - 20}`);
		}
	} else if (isLive(container.status) || 'removedAt' in container) {
		lines.push(`    ${t('state-layer-unknown')}`);
	}

	return lines;
}

function describeMountShort(mount: Mount, lang: Lang): string {
	const t = stateMessages(lang);
	const readOnly = 'readOnly' in mount && mount.readOnly ? t('read-only-note') : '';
	switch (mount.type) {
		case 'volume': {
			return t('state-mount-volume', {name: mount.name, destination: mount.destination, readOnly});
		}

		case 'bind': {
			return t('state-mount-bind', {source: mount.source, destination: mount.destination, readOnly});
		}

		case 'tmpfs': {
			return t('state-mount-tmpfs', {destination: mount.destination});
		}

		case 'other': {
			return t('state-mount-other', {kind: mount.kind, destination: mount.destination});
		}
	}
}

export type StateJson = ReturnType<typeof stateToJson>;

/** `:state --json`: the model with derived facts (users, dangling, meaningful changes) spelled out. */
export function stateToJson(state: DockerState) {
	const users = volumeUsers(state);
	const layer = (container: Container) => container.writableLayer
		? {
			changes: container.writableLayer.changes.map(formatChange),
			meaningfulChanges: meaningfulChanges(container.writableLayer.changes, container.mounts).map(formatChange),
			capturedAt: new Date(container.writableLayer.capturedAt).toISOString(),
			final: container.writableLayer.final,
		}
		: null;
	const container = (entry: Container) => ({
		id: entry.id,
		name: entry.name,
		image: entry.image,
		status: entry.status,
		running: isLive(entry.status),
		autoRemove: entry.autoRemove,
		exitCode: entry.exitCode ?? null,
		createdAt: entry.createdAt ?? null,
		labels: entry.labels,
		mounts: entry.mounts,
		writableLayer: layer(entry),
	});
	return {
		engine: {
			status: state.engine.kind,
			since: 'since' in state.engine ? new Date(state.engine.since).toISOString() : null,
			reason: state.engine.kind === 'away' ? state.engine.reason : null,
		},
		loaded: state.loaded,
		volumes: sortedVolumes(state).map(volume => ({
			name: volume.name,
			anonymous: volume.anonymous,
			driver: volume.driver,
			createdAt: volume.createdAt ?? null,
			labels: volume.labels,
			mountpoint: volume.mountpoint ?? null,
			scope: volume.scope ?? null,
			size: volume.size ?? null,
			fileCount: volume.contents?.fileCount ?? null,
			contents: volume.contents ?? null,
			dangling: (users.get(volume.name) ?? []).length === 0,
			usedBy: (users.get(volume.name) ?? []).map(user => ({
				container: user.containerName,
				containerId: user.containerId,
				destination: user.destination,
				readOnly: user.readOnly,
				running: user.running,
			})),
		})),
		containers: sortedContainers(state).map(entry => container(entry)),
		removedContainers: state.removedContainers.map(entry => ({...container(entry), removedAt: new Date(entry.removedAt).toISOString()})),
	};
}

function formatChange(change: LayerChange): string {
	return `${change.kind} ${change.path}`;
}

/** `2026-11-27 18:39:20`, local time or UTC. */
export function formatTime(value: number | string, utc: boolean): string {
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) {
		return String(value);
	}

	const parts = utc
		? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
		: [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
	const [year, month, day, hours, minutes, seconds] = parts.map(part => String(part).padStart(2, '0'));
	return `${year!}-${month!}-${day!} ${hours!}:${minutes!}:${seconds!}`;
}

/** `:volume NAME`: what a volume holds, file by file (as far as it was listed). */
export function formatVolumeContents(name: string, contents: VolumeContents, {lang, utc = false, maxFiles = 50}: FormatOptions & {maxFiles?: number}): string {
	const t = stateMessages(lang);
	const lines = [
		`${t('volume-contents-title', {name, contents: describeContents(contents, lang)})} ${t(contents.via === 'helper' ? 'volume-contents-via-helper' : 'volume-contents-via-mountpoint', {time: formatTime(contents.readAt, utc)})}`,
	];
	const shown = contents.files.slice(0, maxFiles);
	const width = Math.max(0, ...shown.map(file => formatBytes(file.size, lang).length));
	for (const file of shown) {
		lines.push(`  ${formatBytes(file.size, lang).padStart(width)}  ${file.path}`);
	}

	if (contents.fileCount > shown.length) {
		lines.push(`  ${t('volume-contents-more', {count: contents.fileCount - shown.length})}`);
	}

	if (contents.partial) {
		lines.push(t('volume-contents-partial'));
	}

	return lines.join('\n');
}
