/** True when an image reference names no tag and no digest, so docker uses `:latest`. */
export function impliesLatest(reference: string): boolean {
	if (reference.includes('@')) {
		return false;
	}

	const lastSlash = reference.lastIndexOf('/');
	return !reference.slice(lastSlash + 1).includes(':');
}
