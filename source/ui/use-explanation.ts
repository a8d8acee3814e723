import {useEffect, useMemo} from 'react';
import {explainLine, type Explanation} from '../explain/index.js';
import {classifyLine} from '../line/classify.js';
import {commandAt, explainLengthLimit} from '../repl/command-at.js';
import type {Session, SessionSnapshot} from '../session/session.js';
import {knownEngineState} from '../state/known-state.js';
import type {DockerState} from '../state/types.js';

/**
The explanation of the command under the cursor, recomputed on every
keystroke (it is cheap: pure, indexes built once), unless the command is longer
than `explainLengthLimit` (a paste, not something typed: no panel). Several pasted commands are
explained one at a time: the one holding the cursor. What would sharpen the
explanation (docker's help for an uncurated command, whether a bind source
exists) is fetched in the background, and the session's knowledge revision
brings a fresh explanation when it arrives.
*/
export function useExplanation(session: Session, snapshot: SessionSnapshot, dockerState: DockerState, text: string, cursor: number): {explanation: Explanation; cursor: number} | undefined {
	const piece = useMemo(() => commandAt(text, cursor), [text, cursor]);
	const explanation = useMemo(() => {
		if (piece.text.length > explainLengthLimit || classifyLine(piece.text).kind !== 'docker') {
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
