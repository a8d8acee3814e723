import {Box, Text} from 'ink';
import type {EngineStatus} from '../docker/engine-status.js';
import type {ReplTranslate} from '../repl/messages.js';
import {escapeControls} from '../text/escape-controls.js';

type Props = {
	engine: EngineStatus;
	t: ReplTranslate;
	width: number;
};

/** One dim line at the bottom: which docker, which engine (and where, when not here), which context. */
export function StatusBar({engine, t, width}: Props) {
	const left = engine.state === 'ready'
		? readyText(engine, t)
		: (engine.state === 'checking' ? t('checkingEngine') : t('statusEngineDown'));
	const right = t('helpTip');
	return (
		<Box width={width}>
			<Box flexGrow={1} flexShrink={1}>
				<Text dimColor wrap="truncate-end">{escapeControls(left)}</Text>
			</Box>
			<Box flexShrink={0} marginLeft={1}>
				<Text dimColor>{right}</Text>
			</Box>
		</Box>
	);
}

function readyText(engine: Extract<EngineStatus, {state: 'ready'}>, t: ReplTranslate): string {
	const remote = engine.place?.kind === 'remote' ? engine.place : undefined;
	if (engine.product === 'podman') {
		return remote ? t('enginePodmanRemote', {client: engine.clientVersion, host: remote.host}) : t('enginePodman', {client: engine.clientVersion});
	}

	const params = {client: engine.clientVersion, server: engine.serverVersion, api: engine.apiVersion, context: engine.context};
	return remote ? t('engineReadyRemote', {...params, host: remote.host, via: remote.via}) : t('engineReady', params);
}
