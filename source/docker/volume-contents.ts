import {constants} from 'node:fs';
import {access, lstat, readdir} from 'node:fs/promises';
import path from 'node:path';
import type {Lang} from '../i18n/catalogue.js';
import {describeFailureReason, ownFailureReasons} from '../state/failure-reason.js';
import {stateMessages, type StateMessageKey} from '../state/messages.js';
import {helperLabel, type VolumeContents, type VolumeFile} from '../state/types.js';
import {helperListingScript, parseHelperListing} from '../state/parse-queries.js';
import type {DockerRunner} from './state-runner.js';

export type ContentsVia = 'auto' | 'mountpoint' | 'helper';

export type ReadVolumeContentsOptions = {
	runner: DockerRunner;
	name: string;
	/** The volume's Mountpoint as the engine reports it (a path on the engine's machine). */
	mountpoint?: string;
	/** `auto` reads the Mountpoint when the engine is local and the path readable, else runs a helper. */
	via?: ContentsVia;
	/** Image of the helper container; it needs `sh`, `find`, `stat` and `awk`. */
	helperImage?: string;
	/** Asked only when `via` is `auto` and there is a Mountpoint. */
	isLocalEngine?: () => Promise<boolean>;
	/** Files listed by name (all are counted). */
	maxListed?: number;
	timeoutMs?: number;
	/** Stops the helper's docker client (the tracker's `dispose()`). */
	signal?: AbortSignal;
	now?: () => number;
};

/** A reading that failed; `describe(lang)` gives the user-facing sentence. */
export class VolumeContentsError extends Error {
	override name = 'VolumeContentsError';

	constructor(readonly key: Extract<StateMessageKey, `contents-${string}`>, readonly params: Record<string, string>) {
		super(stateMessages('en')(key, params));
	}

	describe(lang: Lang): string {
		const {reason} = this.params;
		// Only the helper container's failures come from docker; a folder's come from this machine.
		const fromDocker = this.key === 'contents-helper-failed' && reason !== undefined;
		return stateMessages(lang)(this.key, fromDocker ? {...this.params, reason: describeFailureReason(reason, lang)} : this.params);
	}
}

/** Where the helper container mounts the volume. */
const helperRoot = '/dockwise-volume';
/** Bounds a direct walk of a huge volume; beyond it the counts are marked partial. */
const maxVisitedEntries = 200_000;

/**
Counts a volume's files and bytes and lists the first ones. The caller must know
the volume exists: mounting a missing name in a helper container would create it.
*/
export async function readVolumeContents(options: ReadVolumeContentsOptions): Promise<VolumeContents> {
	const {name, mountpoint, via = 'auto', maxListed = 200, now = Date.now} = options;
	if (via !== 'helper' && mountpoint && (via === 'mountpoint' || await canReadDirectly(mountpoint, options))) {
		try {
			return {...await readMountpoint(mountpoint, {maxListed}), via: 'mountpoint', readAt: now()};
		} catch (error) {
			if (via === 'mountpoint') {
				throw new VolumeContentsError('contents-mountpoint-failed', {name, path: mountpoint, reason: errorText(error)});
			}
		}
	}

	return readThroughHelper(options);
}

async function canReadDirectly(mountpoint: string, {isLocalEngine}: ReadVolumeContentsOptions): Promise<boolean> {
	if (!isLocalEngine || !await isLocalEngine()) {
		return false;
	}

	try {
		await access(mountpoint, constants.R_OK | constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Walks a folder on this machine: regular files counted and summed, symbolic links not followed. */
export async function readMountpoint(root: string, {maxListed}: {maxListed: number}): Promise<Omit<VolumeContents, 'via' | 'readAt'>> {
	const files: VolumeFile[] = [];
	let fileCount = 0;
	let totalBytes = 0;
	let partial = false;
	let visited = 0;
	const folders = [''];
	// The root itself must be readable: a failure there is an error, not a partial count.
	let first = true;
	while (folders.length > 0) {
		const relative = folders.pop()!;
		let entries;
		try {
			entries = await readdir(path.join(root, relative), {withFileTypes: true});
		} catch (error) {
			if (first) {
				throw error;
			}

			partial = true;
			continue;
		}

		first = false;
		for (const entry of entries) {
			if (++visited > maxVisitedEntries) {
				partial = true;
				folders.length = 0;
				break;
			}

			const entryPath = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				folders.push(entryPath);
			} else if (entry.isFile()) {
				let size = 0;
				try {
					size = (await lstat(path.join(root, entryPath))).size;
				} catch {
					partial = true;
				}

				fileCount++;
				totalBytes += size;
				if (files.length < maxListed) {
					files.push({path: entryPath, size});
				}
			}
		}
	}

	files.sort((a, b) => a.path.localeCompare(b.path));
	return {fileCount, totalBytes, files, truncated: fileCount > files.length, partial};
}

/**
Reads the volume from inside a short-lived container that mounts it read-only,
without network, never pulling: the way to see volumes of a remote engine or of
Docker Desktop's virtual machine.
*/
export async function readThroughHelper({runner, name, helperImage, maxListed = 200, timeoutMs = 30_000, signal, now = Date.now}: ReadVolumeContentsOptions): Promise<VolumeContents> {
	if (!helperImage) {
		throw new VolumeContentsError('contents-no-image', {name});
	}

	const result = await runner.run([
		'run',
		'--rm',
		'--pull',
		'never',
		'--network',
		'none',
		'--user',
		'0:0',
		'--label',
		`${helperLabel}=volume-contents`,
		'--mount',
		// `volume-nocopy`: never let the engine copy image files into the user's volume.
		`type=volume,src=${name},dst=${helperRoot},readonly,volume-nocopy`,
		'--entrypoint',
		'sh',
		helperImage,
		'-c',
		helperListingScript(helperRoot, maxListed),
	], {timeoutMs, ...(signal ? {signal} : {})});
	const listing = parseHelperListing(result.stdout, helperRoot);
	if (!listing) {
		throw new VolumeContentsError('contents-helper-failed', {name, image: helperImage, reason: result.reason || result.stderr.trim() || ownFailureReasons.noListing});
	}

	return {
		fileCount: listing.fileCount,
		totalBytes: listing.totalBytes,
		files: listing.files.sort((a, b) => a.path.localeCompare(b.path)),
		truncated: listing.fileCount > listing.files.length,
		// `find` complains on stderr about folders it cannot enter.
		partial: !result.ok,
		via: 'helper',
		readAt: now(),
	};
}

function errorText(error: unknown): string {
	const {code, message} = error as {code?: string; message?: string};
	return code ?? message ?? String(error);
}
