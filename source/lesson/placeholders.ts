/** `{name}` in a lesson text: letters and digits only, so `{{.Mountpoint}}` (a Go template) is left alone. */
const placeholderPattern = /\{([a-zA-Z]\w*)\}/g;

export function placeholdersIn(text: string): string[] {
	return [...text.matchAll(placeholderPattern)].map(match => match[1]!);
}

/** Replaces the placeholders `values` knows; the others stay as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
	return text.replaceAll(placeholderPattern, (whole, name: string) => values[name] ?? whole);
}
