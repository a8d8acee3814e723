import test from 'ava';
import type {EngineStatus} from '../../source/docker/engine-status.js';
import {isSettledForDemo} from '../../source/demo/repl-ready.js';
import type {DockerState} from '../../source/state/types.js';

const checked: EngineStatus = {state: 'ready', clientVersion: '28.2.2', serverVersion: '20.10.24', apiVersion: '1.41', context: 'default'};
const located: EngineStatus = {...checked, place: {kind: 'local'}};
const up: Pick<DockerState, 'engine' | 'loaded'> = {engine: {kind: 'up', since: 1}, loaded: true};

test('settled: engine checked and located, model loaded and followed', t => {
	t.true(isSettledForDemo(located, up));
	t.true(isSettledForDemo({...checked, place: {kind: 'remote', host: 'builder', via: 'tcp'}}, up));
});

test('not settled while the engine is checked, or the model is not loaded yet', t => {
	t.false(isSettledForDemo({state: 'checking'}, up));
	t.false(isSettledForDemo(located, {engine: {kind: 'connecting'}, loaded: false}));
	// The load is applied before the follower says the engine is up.
	t.false(isSettledForDemo(located, {engine: {kind: 'connecting'}, loaded: true}));
	t.false(isSettledForDemo(located, {engine: {kind: 'away', since: 1, reason: 'refused'}, loaded: true}));
});

test('not settled before the engine is located: the status bar would change under the first step', t => {
	t.false(isSettledForDemo(checked, up));
});

test('without an engine: settled once the tracker\'s first attempt said so, not while it still connects', t => {
	const unreachable: EngineStatus = {state: 'unreachable', clientVersion: '28.2.2', context: 'default', detail: 'connection refused'};
	t.false(isSettledForDemo(unreachable, {engine: {kind: 'connecting'}, loaded: false}));
	t.true(isSettledForDemo(unreachable, {engine: {kind: 'away', since: 1, reason: 'refused', retryAt: 2}, loaded: false}));
});
