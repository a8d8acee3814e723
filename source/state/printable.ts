// Matching control bytes is the point here (no-control-regex guards against them slipping in by accident).
// eslint-disable-next-line no-control-regex
const controlBytes = /[\u0000-\u001F\u007F-\u009F]/g;

/** Text from the engine or a container (names, file names) with its control bytes shown as `\xNN`, safe to draw. */
export function printable(text: string): string {
	return text.replaceAll(controlBytes, char => `\\x${char.codePointAt(0)!.toString(16).padStart(2, '0')}`);
}

/** Whether the text holds a control byte (a name that cannot be typed back). */
export function hasControlBytes(text: string): boolean {
	return text.search(controlBytes) !== -1;
}
