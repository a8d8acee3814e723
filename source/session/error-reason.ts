import {escapeControls} from '../text/escape-controls.js';

/** What an error says, safe to draw: its message may quote docker's stderr or an engine name. */
export function errorReason(error: unknown): string {
	return escapeControls(error instanceof Error ? error.message : String(error));
}
