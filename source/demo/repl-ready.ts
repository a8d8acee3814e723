import type {EngineStatus} from '../docker/engine-status.js';
import type {DockerState} from '../state/types.js';

/**
Whether the REPL shows its settled first picture, the one a demo's first step
starts on: the engine check is done, and so is the tracker's first attempt. With
an engine that answers: the model is loaded and followed, and where the engine
runs is known (the status bar names a remote host; it is located after the check).
Without one, its problem is what the demo shows.
*/
export function isSettledForDemo(engine: EngineStatus, docker: Pick<DockerState, 'engine' | 'loaded'>): boolean {
	if (engine.state === 'checking' || docker.engine.kind === 'connecting') {
		return false;
	}

	if (engine.state !== 'ready') {
		return true;
	}

	return engine.place !== undefined && docker.loaded && docker.engine.kind === 'up';
}
