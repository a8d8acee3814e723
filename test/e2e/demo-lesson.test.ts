import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {dockerBinary} from '../helpers/engine.js';
import {dockwiseBin} from '../helpers/pty.js';
import {readCast, screensAtMarkers} from '../helpers/cast-replay.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';

// A private engine: the lesson's demo names are fixed (demo_volume...), and what is left at the end is all there is.
let directory: string;
let engine: PrivateEngine | undefined;

test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'dockwise-demo-lesson-'));
});

test.after.always(async () => {
	await engine?.remove();
	await rm(directory, {recursive: true, force: true});
});

async function onEngine(args: string[]): Promise<string> {
	return (await execa(dockerBinary, args, {env: engine!.env})).stdout.trim();
}

privateEngineTest('the persistence lesson as a demo: plays without sudo (the host steps are said, not run), then removes every volume and container it made', async t => {
	// The whole lesson is played: minutes on a loaded machine.
	t.timeout(600_000);
	engine = await PrivateEngine.create();
	await engine.start();
	await execa(dockerBinary, ['save', 'alpine:latest']).pipe(dockerBinary, ['load'], {env: engine.env});
	// Taken already: the demo must not use (nor remove) it, but take the next free names.
	await onEngine(['volume', 'create', 'demo_volume']);
	const file = path.join(directory, 'lesson.yaml');
	const cast = path.join(directory, 'lesson.cast');
	await writeFile(file, 'lesson: persistence\nlang: en\nsize: 100x30\n');
	const result = await execa(process.execPath, [dockwiseBin, 'demo', file, '--record', cast, '--speed', '4', '--redact'], {reject: false, env: {...engine.env, CI: 'true', LANG: 'en_US.UTF-8'}, timeout: 600_000});
	t.is(result.exitCode, 0, result.stderr);
	const parsed = readCast(await readFile(cast, 'utf8'));
	const labels = parsed.events.filter(event => event.code === 'm').map(event => event.data);
	t.true(labels.includes('Not played in this demo (it needs sudo on the host): sudo ls /var/lib/docker/volumes/demo_volume_2/_data'), labels.join('\n'));
	t.false(labels.some(label => /^!\s*sudo/.test(label)));
	t.true(labels.includes(':volume demo_volume_2'));
	t.false(parsed.events.some(event => event.data.includes('[sudo] password')));
	const {endAll} = await screensAtMarkers(parsed);
	t.regex(endAll, /hello from demo_alpine2_2/);
	// Nothing of the demo's is left; the volume that was there before is.
	t.is(await onEngine(['container', 'ls', '--all', '--format', '{{.Names}}']), '');
	t.is(await onEngine(['volume', 'ls', '--format', '{{.Name}}']), 'demo_volume');
});
