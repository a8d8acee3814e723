import type {Explanation} from '../explain/index.js';
import {assessLoss, type LossPreview} from '../guard/index.js';
import type {Session} from './session.js';

/**
What running this explained docker line would delete, as far as dockwise can
tell. Every volume and running container's writable layer it would delete is
read again first, so a volume believed empty that something filled since (the
host writing into `_data`, a bind mount of it) is not deleted unasked; what
could not be read stays "unknown", and unknown asks. Undefined when nothing
the user could lose is at stake.
*/
export async function previewLoss(session: Session, explanation: Explanation): Promise<LossPreview | undefined> {
	const {lang, engine} = session.getSnapshot();
	const apiVersion = engine.state === 'ready' ? engine.apiVersion : undefined;
	const freshSince = Date.now();
	const assess = () => assessLoss(explanation, session.tracker.getState(), {lang, freshSince, ...(apiVersion ? {apiVersion} : {})});
	const first = assess();
	if (!first || (first.volumesToRead.length === 0 && first.containersToRead.length === 0)) {
		return first;
	}

	// A failed read leaves the contents unknown, which the preview says plainly.
	await Promise.all([
		...first.volumesToRead.map(async name => session.tracker.volumeContents(name).catch(() => undefined)),
		...first.containersToRead.map(async id => session.tracker.writableLayer(id).catch(() => undefined)),
	]);
	return assess();
}
