/*
Rules of docker itself that several parts of dockwise apply (the explanation,
the guard, the state model, the builtins): written once, here.
*/

/**
Engine API version from which `volume prune` deletes only anonymous volumes
unless `--all` is given, and from which `--all` exists (Docker 23). Older
engines delete unused named volumes too.
*/
export const pruneSparesNamedSinceApi = '1.42';

/** Names the `local` volume driver accepts: `[a-zA-Z0-9][a-zA-Z0-9_.-]+` (anonymous volumes' 64 hex digits fit). */
export const localVolumeNamePattern = /^[a-zA-Z\d][\w.-]+$/;

/** How docker names an anonymous volume: 64 lowercase hex digits. */
export const anonymousVolumeNamePattern = /^[\da-f]{64}$/;

/** Commands that ask "Are you sure you want to continue?" on the terminal unless `--force` is on. */
export const confirmsWithoutForce: ReadonlySet<string> = new Set([
	'container prune',
	'image prune',
	'network prune',
	'volume prune',
	'system prune',
	'builder prune',
	'buildx prune',
]);
