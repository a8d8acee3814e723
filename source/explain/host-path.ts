/**
POSIX path helpers for host paths named on a docker line. Pure string work:
nothing here looks at the filesystem.
*/

/** Collapses `//`, `.` and `..` and drops a trailing slash; keeps a relative path relative. */
export function normalizePath(path: string): string {
	const absolute = path.startsWith('/');
	const parts: string[] = [];
	for (const part of path.split('/')) {
		if (part === '' || part === '.') {
			continue;
		}

		if (part === '..') {
			if (parts.length > 0 && parts.at(-1) !== '..') {
				parts.pop();
			} else if (!absolute) {
				parts.push('..');
			}

			continue;
		}

		parts.push(part);
	}

	const joined = parts.join('/');
	if (absolute) {
		return `/${joined}`;
	}

	return joined === '' ? '.' : joined;
}

/** Resolves `path` against `cwd` like the docker client does for `./data`; undefined when it cannot. */
export function resolveHostPath(path: string, cwd: string | undefined): string | undefined {
	if (path.startsWith('/')) {
		return normalizePath(path);
	}

	if (cwd === undefined || !cwd.startsWith('/')) {
		return undefined;
	}

	return normalizePath(`${cwd}/${path}`);
}

/** True when `inner` is `outer` or lies below it. Both must be normalised absolute paths. */
export function isSameOrInside(inner: string, outer: string): boolean {
	if (outer === '/') {
		return inner.startsWith('/');
	}

	return inner === outer || inner.startsWith(`${outer}/`);
}
