import test from 'ava';
import {execa} from 'execa';
import {createDockerRunner} from '../../source/docker/state-runner.js';
import {StateTracker} from '../../source/docker/state-tracker.js';
import {engineBanner} from '../../source/state/panel-lines.js';
import {volumePanelView} from '../../source/state/panel-view.js';
import {dockerBinary} from '../helpers/engine.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {waitForState} from './state-helpers.js';


let privateEngine: PrivateEngine | undefined;
let tracker: StateTracker | undefined;

test.after.always(async () => {
	await tracker?.dispose();
	await privateEngine?.remove();
});

privateEngineTest('engine away at start, then up; stopped mid-session: banner; restarted: recovery without a new tracker', async t => {
	privateEngine = await PrivateEngine.create();
	const runner = createDockerRunner({binary: dockerBinary, env: privateEngine.env});
	const docker = async (...args: string[]) => (await execa(dockerBinary, args, {env: privateEngine!.env})).stdout;
	tracker = new StateTracker({runner, backoff: {initialMs: 100, maxMs: 1000}});

	await tracker.start();
	t.like(tracker.getState().engine, {kind: 'away'});
	t.false(tracker.getState().loaded);

	await privateEngine.start();
	await waitForState(tracker, state => state.engine.kind === 'up' && state.loaded, 30_000);
	await docker('volume', 'create', 'before_restart');
	await waitForState(tracker, state => state.volumes['before_restart']?.detailed === true, 30_000);

	await privateEngine.stop();
	const away = await waitForState(tracker, state => state.engine.kind === 'away', 30_000);
	t.regex(away.engine.kind === 'away' ? away.engine.reason : '', /Cannot connect to the Docker daemon/);
	t.regex(engineBanner(volumePanelView(away), 'en', Date.now()) ?? '', /^Docker engine not answering; retrying.*Docker said: Cannot connect/);
	t.regex(engineBanner(volumePanelView(away), 'fr', Date.now()) ?? '', /^Le moteur Docker ne répond pas/);
	// What was known stays on screen while the engine is away.
	t.truthy(away.volumes['before_restart']);

	await privateEngine.start();
	await waitForState(tracker, state => state.engine.kind === 'up', 15_000);
	t.truthy(tracker.getState().volumes['before_restart']);
	await docker('volume', 'create', 'after_restart');
	await waitForState(tracker, state => state.volumes['after_restart']?.detailed === true, 30_000);
	t.is(engineBanner(volumePanelView(tracker.getState()), 'en', Date.now()), undefined);
});
