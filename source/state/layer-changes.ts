import type {Container, LayerChange, Mount, WritableLayer} from './types.js';

/**
What a user wrote in a container's writable layer, without the noise `docker diff`
adds: the folders the engine creates as mount points (and their parents), and
folders listed as changed only because something inside them changed.
*/
export function meaningfulChanges(changes: readonly LayerChange[], mounts: readonly Mount[]): LayerChange[] {
	const mountPoints = mounts.map(mount => mount.destination);
	const isMountScaffolding = (change: LayerChange) => change.kind !== 'D'
		&& mountPoints.some(destination => destination === change.path || isInside(destination, change.path));
	const kept = changes.filter(change => !isMountScaffolding(change));
	const paths = kept.map(change => change.path);
	return kept
		.filter(change => change.kind === 'D' || !paths.some(path => isInside(path, change.path)))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** Whether `path` lies strictly inside the folder `folder`. */
function isInside(path: string, folder: string): boolean {
	return folder === '/' ? path !== '/' : path.startsWith(`${folder}/`);
}

export type CaptureContext = {
	/** The container had stopped when the capture came back. */
	afterDeath: boolean;
	/** The engine deletes the container when it stops (`--rm`). */
	autoRemove: boolean;
	at: number;
};

/**
Decides what a new `docker diff` capture is worth. While a container runs, and
after a kept container stops, `docker diff` is exact. After a `--rm` container
stops the engine tears its layer down while `docker diff` reads it, and the answer
can be garbage (every top-level folder "deleted") or empty. Such a capture is only
believed when it adds nothing but additions and changes to the last trusted one;
otherwise the last trusted capture stays (returns undefined).
*/
export function acceptCapture(previous: WritableLayer | undefined, changes: readonly LayerChange[], context: CaptureContext): WritableLayer | undefined {
	if (!context.afterDeath) {
		return {changes: [...changes], capturedAt: context.at, final: false};
	}

	if (!context.autoRemove) {
		return {changes: [...changes], capturedAt: context.at, final: true};
	}

	if (changes.length === 0) {
		return undefined;
	}

	const known = new Set((previous?.changes ?? []).map(change => `${change.kind} ${change.path}`));
	const current = new Set(changes.map(change => `${change.kind} ${change.path}`));
	const keepsEverything = [...known].every(change => current.has(change));
	const noNewDeletion = changes.every(change => change.kind !== 'D' || known.has(`D ${change.path}`));
	return keepsEverything && noNewDeletion ? {changes: [...changes], capturedAt: context.at, final: true} : undefined;
}

/**
Whether the engine may be tearing a stopped container's layer down. Unknown counts
as yes: a container seen only through events (not yet inspected, which a burst can
delay past a short `--rm` run) may well be a `--rm` one.
*/
export function mayBeAutoRemoved(container: Container | undefined): boolean {
	return container === undefined || !container.detailed || container.autoRemove;
}
