import {escapeControls, hasControls} from '../text/escape-controls.js';

/* One rule for control bytes in engine text: source/text/escape-controls.ts. These names stay for their callers. */

/** Text from the engine or a container (names, file names) with its control characters shown as escapes, safe to draw. */
export function printable(text: string): string {
	return escapeControls(text);
}

/** Whether the text holds a control character (a name that cannot be typed back). */
export function hasControlBytes(text: string): boolean {
	return hasControls(text);
}
