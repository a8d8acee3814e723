import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {checkEngine, engineStatusFrom} from '../../source/docker/engine-status.js';
import {engine, engineTest} from '../helpers/engine.js';

const client = '{"Client":{"Version":"28.2.2","Context":"default"},"Server":null}';

test('ready when the server answers', t => {
	const status = engineStatusFrom({stdout: '{"Client":{"Version":"28.2.2","Context":"ctx"},"Server":{"Version":"20.10.24","ApiVersion":"1.41"}}', stderr: '', exitCode: 0});
	t.deepEqual(status, {state: 'ready', clientVersion: '28.2.2', serverVersion: '20.10.24', apiVersion: '1.41', context: 'ctx'});
});

test('unreachable daemon and permission problems are told apart', t => {
	t.like(engineStatusFrom({stdout: client, stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', exitCode: 1}), {state: 'unreachable', clientVersion: '28.2.2'});
	t.like(engineStatusFrom({stdout: client, stderr: 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock', exitCode: 1}), {state: 'permission-denied'});
	t.like(engineStatusFrom({stdout: '', stderr: 'something odd', exitCode: 1}), {state: 'failed', detail: 'something odd'});
});

test('a missing or non-executable binary is named', async t => {
	t.deepEqual(await checkEngine('/nonexistent/docker', process.env), {state: 'missing-binary', binary: '/nonexistent/docker', reason: 'not-found'});
	const directory = mkdtempSync(path.join(tmpdir(), 'dockwise-status-'));
	t.teardown(() => {
		rmSync(directory, {recursive: true, force: true});
	});
	const notExecutable = path.join(directory, 'docker');
	writeFileSync(notExecutable, 'not a program', {mode: 0o644});
	t.like(await checkEngine(notExecutable, process.env), {state: 'missing-binary', reason: 'not-executable'});
});

test('a daemon that does not listen is unreachable', async t => {
	const status = await checkEngine('docker', {...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock', DOCKER_CONTEXT: ''});
	t.true(status.state === 'unreachable' || status.state === 'missing-binary');
});

engineTest('the real engine is ready', async t => {
	const status = await checkEngine('docker', process.env);
	t.like(status, {state: 'ready'});
	t.is(status.state === 'ready' && status.serverVersion, engine.ok && engine.serverVersion);
});
