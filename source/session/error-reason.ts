import {EngineQueryError} from '../docker/state-queries.js';
import {VolumeContentsError} from '../docker/volume-contents.js';
import type {Lang} from '../i18n/catalogue.js';
import {describeFailureReason} from '../state/failure-reason.js';
import {escapeControls} from '../text/escape-controls.js';

/** What an error says, safe to draw: its message may quote docker's stderr or an engine name. */
export function errorReason(error: unknown): string {
	return escapeControls(error instanceof Error ? error.message : String(error));
}

/** What an error says in the user's language, when it is one of ours (a volume's files, a query the engine refused); safe to draw. */
export function describeError(error: unknown, lang: Lang): string {
	if (error instanceof VolumeContentsError) {
		return escapeControls(error.describe(lang));
	}

	if (error instanceof EngineQueryError) {
		return escapeControls(describeFailureReason(error.reason, lang));
	}

	return errorReason(error);
}
