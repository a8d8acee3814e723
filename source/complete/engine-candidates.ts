import type {Lang} from '../i18n/catalogue.js';
import {formatBytes} from '../state/format-size.js';
import {isLive} from '../state/select.js';
import type {Container, ContainerStatus, DockerState, Volume} from '../state/types.js';
import type {CompleteTranslate} from './messages.js';
import {compareNames, containerIndex, volumeIndex, withPrefix} from './model-index.js';
import type {Candidate} from './types.js';

type Context = {lang: Lang; t: CompleteTranslate};

/** How many users a description names before it stops. */
const namedUsers = 3;

/**
Volumes whose name starts with `prefix`, named ones first; anonymous ones only
once something is typed (their 64-digit names would fill the list).
Described with their size and who mounts them, from the model only.
*/
export function volumeCandidates(state: DockerState | undefined, prefix: string, suffix: string, {lang, t}: Context): Candidate[] {
	if (!state) {
		return [];
	}

	const {named, anonymous} = volumeIndex(state);
	const matching = prefix === '' ? named : [...withPrefix(named, prefix), ...withPrefix(anonymous, prefix)];
	if (matching.length === 0) {
		return [];
	}

	const {users} = containerIndex(state);
	return matching.map(volume => lazyCandidate(volume.name, suffix, () => describeVolume(volume, users.get(volume.name) ?? [], {lang, t})));
}

function describeVolume(volume: Volume, users: readonly Container[], {lang, t}: Context): string {
	const parts = [t(volume.anonymous ? 'volumeAnonymous' : 'volumeNamed')];
	const size = volume.contents?.totalBytes ?? volume.size;
	if (size !== undefined) {
		parts.push(volume.contents ? `${formatBytes(size, lang)}, ${t('volumeFiles', {count: volume.contents.fileCount})}` : formatBytes(size, lang));
	}

	parts.push(users.length > 0 ? t('volumeUsers', {names: listNames(users.map(user => user.name + (isLive(user.status) ? ' ▶' : '')))}) : t('volumeDangling'));
	return parts.join(' · ');
}

export type ContainerFilter = 'any' | 'running' | 'live' | 'stopped' | 'paused';

/** Containers whose name starts with `prefix` and whose status fits, running ones first. */
export function containerCandidates(state: DockerState | undefined, prefix: string, filter: ContainerFilter, exclude: ReadonlySet<string>, {t}: Context): Candidate[] {
	if (!state) {
		return [];
	}

	const matching = containerIndex(state).containers.filter(container => container.name.startsWith(prefix) && !exclude.has(container.name) && fits(container.status, filter));
	return matching.map(container => lazyCandidate(container.name, ' ', () => describeContainer(container, t)));
}

function fits(status: ContainerStatus, filter: ContainerFilter): boolean {
	switch (filter) {
		case 'any': {
			return true;
		}

		case 'running': {
			return status === 'running';
		}

		case 'live': {
			return isLive(status);
		}

		case 'stopped': {
			return !isLive(status);
		}

		case 'paused': {
			return status === 'paused';
		}
	}
}

function describeContainer(container: Container, t: CompleteTranslate): string {
	const parts = [statusText(container, t), container.image];
	const volumes = container.mounts.flatMap(mount => mount.type === 'volume' ? [mount.name.length > 20 ? `${mount.name.slice(0, 12)}…` : mount.name] : []);
	if (volumes.length > 0) {
		parts.push(t('containerMounts', {names: listNames(volumes)}));
	}

	if (container.autoRemove) {
		parts.push(t('containerRm'));
	}

	return parts.join(' · ');
}

function statusText(container: Container, t: CompleteTranslate): string {
	switch (container.status) {
		case 'running': {
			return t('containerRunning');
		}

		case 'paused': {
			return t('containerPaused');
		}

		case 'exited': {
			return t('containerExited', {code: container.exitCode ?? '?'});
		}

		case 'created': {
			return t('containerCreated');
		}

		default: {
			return t('containerOther', {status: container.status});
		}
	}
}

/**
Images starting with `prefix`: the local ones when known, and those the
model's containers were made from. `alpine:latest` is offered as `alpine`
too, as people type it.
*/
export function imageCandidates(state: DockerState | undefined, images: readonly string[] | undefined, prefix: string, suffix: string, {t}: Context): Candidate[] {
	const usedBy = new Map<string, string[]>();
	for (const container of state ? containerIndex(state).containers : []) {
		const names = usedBy.get(container.image) ?? [];
		names.push(container.name);
		usedBy.set(container.image, names);
	}

	const names = new Set<string>();
	for (const image of [...(images ?? []), ...usedBy.keys(), ...(state?.lastImage ? [state.lastImage] : [])]) {
		if (image === '' || image.includes('<none>') || /^sha256:/.test(image)) {
			continue;
		}

		names.add(image);
		if (image.endsWith(':latest')) {
			names.add(image.slice(0, -':latest'.length));
		}
	}

	return [...names].filter(name => name.startsWith(prefix)).sort(compareNames).map(name => {
		const users = usedBy.get(name) ?? usedBy.get(`${name}:latest`) ?? [];
		return {value: name, suffix, description: users.length > 0 ? t('imageUsedBy', {names: listNames(users)}) : t('image')};
	});
}

/**
A candidate whose description is written only when read: the list shows a
few of maybe thousands of volumes, and a Tab must stay instant. A class, since
V8 builds objects with their own getters far more slowly.
*/
class LazyCandidate implements Candidate {
	private written: string | undefined;

	constructor(readonly value: string, readonly suffix: string, private readonly describe: () => string) {}

	get description(): string {
		this.written ??= this.describe();
		return this.written;
	}
}

function lazyCandidate(value: string, suffix: string, describe: () => string): Candidate {
	return new LazyCandidate(value, suffix, describe);
}

function listNames(names: readonly string[]): string {
	return names.length > namedUsers ? `${names.slice(0, namedUsers).join(', ')}, +${names.length - namedUsers}` : names.join(', ');
}

