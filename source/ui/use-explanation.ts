import {useEffect, useMemo} from 'react';
import {mayBeLocalEngine} from '../docker/engine-location.js';
import {explainLine, type Explanation} from '../explain/index.js';
import {classifyLine} from '../line/classify.js';
import type {SessionSnapshot, Session} from '../session/session.js';

/**
The explanation of the line being typed, recomputed on every keystroke (it is
cheap: pure, indexes built once). What would sharpen it (docker's help for an
uncurated command, whether a bind source exists) is fetched in the background,
and the session's knowledge revision brings a fresh explanation when it arrives.
*/
export function useExplanation(session: Session, snapshot: SessionSnapshot, text: string): Explanation | undefined {
	const {options} = session;
	const apiVersion = snapshot.engine.state === 'ready' ? snapshot.engine.apiVersion : undefined;
	const engineIsHere = snapshot.engine.state === 'ready' && mayBeLocalEngine(options.env, snapshot.engine.context);
	const explanation = useMemo(() => {
		if (classifyLine(text).kind !== 'docker') {
			return undefined;
		}

		return explainLine(text, {
			lang: snapshot.lang,
			env: options.env,
			home: options.home,
			cwd: options.cwd,
			catalogue: session.help.snapshot(),
			...(apiVersion ? {engine: {apiVersion}} : {}),
			...(engineIsHere ? {pathExists: session.hostPaths.exists} : {}),
		});
	}, [text, snapshot.lang, snapshot.knowledgeRevision, apiVersion, engineIsHere]);

	useEffect(() => {
		if (explanation && explanation.catalogueWanted.length > 0) {
			session.loadHelp(explanation.catalogueWanted);
		}

		if (explanation && engineIsHere && explanation.hostPathsToCheck.length > 0) {
			session.checkHostPaths(explanation.hostPathsToCheck);
		}
	}, [explanation]);

	return explanation;
}
