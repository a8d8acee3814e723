import {printable} from '../state/printable.js';

/** What an error says, safe to draw: its message may quote docker's stderr or an engine name. */
export function errorReason(error: unknown): string {
	return printable(error instanceof Error ? error.message : String(error));
}
