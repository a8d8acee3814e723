import {access} from 'node:fs/promises';

/**
Which host paths exist, for the bind-source warnings: pure code asks
`exists(path)` and gets `undefined` until `check` has looked.
*/
export class HostPathCache {
	private readonly known = new Map<string, boolean>();

	readonly exists = (path: string): boolean | undefined => this.known.get(path);

	/** Forgets every answer: after a command, the filesystem may have changed. */
	clear(): void {
		this.known.clear();
	}

	/** Looks at the paths not known yet; resolves true when it learned something. */
	async check(paths: readonly string[]): Promise<boolean> {
		const unknown = paths.filter(path => !this.known.has(path));
		await Promise.all(unknown.map(async path => {
			try {
				await access(path);
				this.known.set(path, true);
			} catch (error) {
				// Only "no such file" means absent; a permission problem says nothing either way.
				if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
					this.known.set(path, false);
				}
			}
		}));
		return unknown.some(path => this.known.has(path));
	}
}
