import {diffStates, type StateChange} from '../state/diff.js';
import type {Container, DockerState, Mount, VolumeContents} from '../state/types.js';
import type {Check} from './check-kinds.js';
import {requestedMounts, runsContainer, type RequestedMount} from './command-mounts.js';

/** What one command did, as the lesson sees it once the engine has settled. */
export type CommandObservation = {
	/** The docker arguments (without `docker`); empty for `!host` lines. */
	args: readonly string[];
	exitCode: number | undefined;
	before: DockerState;
	after: DockerState;
	/** The contents of the volume the check names (`volumeToRead`), read after the command; undefined when it does not exist. */
	contents?: VolumeContents;
};

export type CheckResult =
	| {status: 'pass'; found?: string}
	/** `code` is one of the check's hint codes; `found` fills the hint's `{found}`. */
	| {status: 'fail'; code: string; found?: string}
	/** The command had nothing to do with this stage. */
	| {status: 'pending'};

const pending: CheckResult = {status: 'pending'};

/** Decides whether a command completed a stage, failed it in a known way, or was beside the point. Pure. */
export function evaluateCheck(check: Check, observation: CommandObservation): CheckResult {
	const changes = diffStates(observation.before, observation.after);
	switch (check.kind) {
		case 'none': {
			return pending;
		}

		case 'lost-file': {
			return lostFile(check, changes);
		}

		case 'volume-inspected': {
			return volumeInspected(check, observation, changes);
		}

		case 'volume-file': {
			return volumeFile(check, observation, changes);
		}

		case 'shared-volume': {
			return sharedVolume(check, observation, changes);
		}

		case 'bind-mount': {
			return bindMount(check, observation);
		}
	}
}

function lostFile(check: Extract<Check, {kind: 'lost-file'}>, changes: readonly StateChange[]): CheckResult {
	for (const change of changes) {
		if (change.kind === 'container-removed' && change.container.name === check.container) {
			if (change.capture === 'none') {
				return {status: 'fail', code: 'not-read'};
			}

			const written = (change.changes ?? []).filter(entry => entry.kind !== 'D');
			if (written.some(entry => entry.path === check.path)) {
				return {status: 'pass', found: check.path};
			}

			return written.length > 0
				? {status: 'fail', code: 'wrong-path', found: written.map(entry => entry.path).join(', ')}
				: {status: 'fail', code: 'no-loss'};
		}

		if (change.kind === 'container-stopped' && change.container.name === check.container && !change.container.autoRemove) {
			return {status: 'fail', code: 'not-removed'};
		}
	}

	return pending;
}

function volumeInspected(check: Extract<Check, {kind: 'volume-inspected'}>, {args, exitCode, after}: CommandObservation, changes: readonly StateChange[]): CheckResult {
	const exists = after.volumes[check.volume] !== undefined;
	const [group, action, ...rest] = args;
	if (group === 'volume' && action === 'inspect' && rest.includes(check.volume)) {
		return exists && exitCode === 0 ? {status: 'pass'} : {status: 'fail', code: 'missing'};
	}

	const other = changes.find(change => change.kind === 'volume-created' && change.volume.name !== check.volume && !change.volume.anonymous);
	if (other?.kind === 'volume-created' && !exists) {
		return {status: 'fail', code: 'other-name', found: other.volume.name};
	}

	return pending;
}

function volumeFile(check: Extract<Check, {kind: 'volume-file'}>, observation: CommandObservation, changes: readonly StateChange[]): CheckResult {
	if (!runsContainer(observation.args)) {
		return pending;
	}

	const requested = requestedMounts(observation.args);
	const relative = requested.find(mount => mount.problems.includes('relative-target'));
	if (relative) {
		return {status: 'fail', code: 'relative-target', found: relative.target ?? ''};
	}

	const started = startedContainers(changes);
	const mounts = [...started.flatMap(container => container.mounts), ...requested.map(asMount)];
	const ours = mounts.find(mount => mount.type === 'volume' && mount.name === check.volume);
	if (!ours) {
		const other = mounts.find(mount => mount.type === 'volume' && mount.name !== '');
		return other?.type === 'volume' && !isAnonymous(other.name) && requested.some(mount => mount.type === 'volume' && mount.source === other.name)
			? {status: 'fail', code: 'wrong-volume', found: other.name}
			: {status: 'fail', code: 'no-mount'};
	}

	if (ours.destination !== check.target) {
		return {status: 'fail', code: 'wrong-target', found: ours.destination};
	}

	if (observation.contents?.files.some(file => file.path === check.file)) {
		return {status: 'pass'};
	}

	const outside = lostPaths(changes).find(path => path.endsWith(`/${check.file}`));
	return outside ? {status: 'fail', code: 'wrote-outside', found: outside} : {status: 'fail', code: 'no-file'};
}

function sharedVolume(check: Extract<Check, {kind: 'shared-volume'}>, observation: CommandObservation, changes: readonly StateChange[]): CheckResult {
	if (!runsContainer(observation.args)) {
		return pending;
	}

	const second = startedContainers(changes).find(container => container.name === check.second);
	if (!second && !namesContainer(observation.args, check.second)) {
		return pending;
	}

	const secondMounts = [...(second?.mounts ?? []), ...requestedMounts(observation.args).map(asMount)];
	if (!secondMounts.some(mount => mount.type === 'volume' && mount.name === check.volume)) {
		return {status: 'fail', code: 'not-mounted'};
	}

	const {before, after} = observation;
	const known = [before, after].flatMap(state => [...Object.values(state.containers), ...state.removedContainers]);
	const firstMounted = known.some(container => container.name === check.first && container.mounts.some(mount => mount.type === 'volume' && mount.name === check.volume));
	if (!firstMounted) {
		return {status: 'fail', code: 'no-first'};
	}

	return observation.contents?.files.some(file => file.path === check.file) ? {status: 'pass'} : {status: 'fail', code: 'no-file'};
}

function bindMount(check: Extract<Check, {kind: 'bind-mount'}>, {args, exitCode}: CommandObservation): CheckResult {
	if (!runsContainer(args)) {
		return pending;
	}

	const requested = requestedMounts(args);
	const atTarget = requested.find(mount => mount.target === check.target);
	if (atTarget?.type === 'volume' && atTarget.source) {
		return {status: 'fail', code: 'named-volume', found: atTarget.source};
	}

	const bind = requested.find(mount => mount.type === 'bind');
	if (!bind) {
		return pending;
	}

	if (bind.target !== check.target) {
		return {status: 'fail', code: 'wrong-target', found: bind.target ?? ''};
	}

	return exitCode === 0 ? {status: 'pass', found: bind.source ?? ''} : {status: 'fail', code: 'failed'};
}

/** Containers this command created, whether still there or already removed (`--rm`). */
function startedContainers(changes: readonly StateChange[]): Container[] {
	const found = new Map<string, Container>();
	for (const change of changes) {
		if (change.kind === 'mounted' || change.kind === 'container-created-without-volume' || change.kind === 'container-removed' || change.kind === 'container-stopped') {
			const existing = found.get(change.container.id);
			// The richest view wins: a removed container keeps the mounts it had.
			if (!existing || change.container.mounts.length > existing.mounts.length) {
				found.set(change.container.id, change.container);
			}
		}
	}

	return [...found.values()];
}

function lostPaths(changes: readonly StateChange[]): string[] {
	return changes.flatMap(change => change.kind === 'container-removed' ? (change.changes ?? []).filter(entry => entry.kind !== 'D').map(entry => entry.path) : []);
}

/** A mount as the line asked for it: the model may not have seen a short-lived container's own. */
function asMount(mount: RequestedMount): Mount {
	return mount.type === 'volume'
		? {type: 'volume', name: mount.source ?? '', destination: mount.target ?? '', readOnly: false}
		: {type: 'bind', source: mount.source ?? '', destination: mount.target ?? '', readOnly: false};
}

function isAnonymous(name: string): boolean {
	return /^[\da-f]{64}$/.test(name);
}

function namesContainer(args: readonly string[], name: string): boolean {
	return args.some((arg, index) => (arg === '--name' && args[index + 1] === name) || arg === `--name=${name}`);
}
