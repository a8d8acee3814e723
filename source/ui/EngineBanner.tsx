import {Box, Text} from 'ink';
import type {EngineStatus} from '../docker/engine-status.js';
import type {Lang} from '../i18n/catalogue.js';
import type {ReplTranslate} from '../repl/messages.js';
import {describeFailureReason} from '../state/failure-reason.js';
import {escapeControls} from '../text/escape-controls.js';

/** What is wrong with the engine, and what to do about it; nothing when all is well. */
export function engineProblem(engine: EngineStatus, t: ReplTranslate, lang: Lang): string | undefined {
	switch (engine.state) {
		case 'checking':
		case 'ready': {
			return undefined;
		}

		case 'missing-binary': {
			return engine.reason === 'not-found' ? t('engineMissingBinary', {binary: engine.binary}) : t('engineNotExecutable', {binary: engine.binary});
		}

		case 'unreachable': {
			return t('engineUnreachable', {context: engine.context ?? 'default', detail: describeFailureReason(engine.detail, lang)});
		}

		case 'permission-denied': {
			return t('enginePermission', {detail: describeFailureReason(engine.detail, lang)});
		}

		case 'failed': {
			return t('engineFailed', {detail: describeFailureReason(engine.detail, lang)});
		}
	}
}

type Props = {problem: string | undefined; width: number};

/** A framed warning above the prompt while the engine cannot be used. */
export function EngineBanner({problem, width}: Props) {
	if (!problem) {
		return null;
	}

	return (
		<Box width={width} borderStyle="round" borderColor="yellow" paddingX={1}>
			<Text color="yellow">{escapeControls(problem, {keepNewlines: true})}</Text>
		</Box>
	);
}
