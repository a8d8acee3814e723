/** Text from the engine or a container (names, file names) with its control bytes shown as `\xNN`, safe to draw. */
export function printable(text: string): string {
	return text.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, char => `\\x${char.codePointAt(0)!.toString(16).padStart(2, '0')}`);
}
