import {useEffect, useMemo} from 'react';
import {explainLine, type Explanation} from '../explain/index.js';
import {classifyLine} from '../line/classify.js';
import {splitCommands} from '../repl/split-commands.js';
import type {Session, SessionSnapshot} from '../session/session.js';
import {knownEngineState} from '../state/known-state.js';
import type {DockerState} from '../state/types.js';

/**
The explanation of the command under the cursor, recomputed on every
keystroke (it is cheap: pure, indexes built once). Several pasted commands are
explained one at a time: the one holding the cursor. What would sharpen the
explanation (docker's help for an uncurated command, whether a bind source
exists) is fetched in the background, and the session's knowledge revision
brings a fresh explanation when it arrives.
*/
export function useExplanation(session: Session, snapshot: SessionSnapshot, dockerState: DockerState, text: string, cursor: number): {explanation: Explanation; cursor: number} | undefined {
	const piece = useMemo(() => commandAt(text, cursor), [text, cursor]);
	const explanation = useMemo(() => {
		if (classifyLine(piece.text).kind !== 'docker') {
			return undefined;
		}

		// The options come from the session's snapshot (language, engine, knowledge revision) and the engine's
		// state (names taken, volumes in use): a new snapshot or state, new options.
		return explainLine(piece.text, {...session.explainOptions(), lang: snapshot.lang, known: knownEngineState(dockerState)});
	}, [session, piece.text, snapshot, dockerState]);

	useEffect(() => {
		if (!explanation) {
			return;
		}

		if (explanation.catalogueWanted.length > 0) {
			session.loadHelp(explanation.catalogueWanted);
		}

		if (explanation.hostPathsToCheck.length > 0 && session.explainOptions().pathExists) {
			session.checkHostPaths(explanation.hostPathsToCheck);
		}
	}, [session, explanation]);

	return explanation ? {explanation, cursor: cursor - piece.start} : undefined;
}

/** The command of a multi-command text that holds the cursor, and where it starts. */
function commandAt(text: string, cursor: number): {text: string; start: number} {
	if (!text.includes('\n')) {
		return {text, start: 0};
	}

	let start = 0;
	for (const command of splitCommands(text, {keepBlank: true})) {
		const end = start + command.length;
		if (cursor <= end) {
			return {text: command, start};
		}

		start = end + 1;
	}

	return {text: '', start: text.length};
}
