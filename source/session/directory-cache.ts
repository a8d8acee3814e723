import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import type {DirectoryEntry} from '../complete/types.js';

/** Folders kept at most, and entries read per folder: completion never needs more. */
const maxFolders = 200;
const maxEntries = 5000;

/**
Host folders' entries for Tab completion of bind sources: pure completion asks
`list(path)` and gets undefined until `read` has looked. Cleared after each
command, which may have created or removed files.
*/
export class DirectoryCache {
	private readonly known = new Map<string, readonly DirectoryEntry[]>();

	readonly list = (folder: string): readonly DirectoryEntry[] | undefined => this.known.get(folder);

	clear(): void {
		this.known.clear();
	}

	/** Reads the folders not known yet; resolves true when it learned something. */
	async read(folders: readonly string[]): Promise<boolean> {
		const unknown = folders.filter(folder => !this.known.has(folder));
		await Promise.all(unknown.map(async folder => {
			try {
				const entries = (await readdir(folder, {withFileTypes: true})).slice(0, maxEntries);
				const listed = await Promise.all(entries.map(async entry => ({
					name: entry.name,
					// A link to a folder is a folder for completion, as in a shell.
					directory: entry.isDirectory() || (entry.isSymbolicLink() && await isFolder(path.join(folder, entry.name))),
				})));
				if (this.known.size >= maxFolders) {
					this.known.clear();
				}

				this.known.set(folder, listed);
			} catch {
				// Missing or unreadable: nothing to complete there, and nothing to remember.
				this.known.set(folder, []);
			}
		}));
		return unknown.length > 0;
	}
}

async function isFolder(target: string): Promise<boolean> {
	try {
		return (await stat(target)).isDirectory();
	} catch {
		return false;
	}
}
