import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {dockwiseBin} from '../helpers/pty.js';
import {readCast, screensAtMarkers} from '../helpers/cast-replay.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import type {ParsedCast} from '../../source/demo/cast-check.js';

// A private engine: the same engine state for both recordings (the shared one holds other tests' objects).
let directory: string;
let engine: PrivateEngine | undefined;

test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'dockwise-demo-same-'));
});

test.after.always(async () => {
	await engine?.remove();
	await rm(directory, {recursive: true, force: true});
});

const script = `title: Same
size: 100x30
lang: en
steps:
  - say: Create a volume, then list it.
  - run: docker volume create same_vol
    expect: ^same_vol$
  - run: docker volume ls
  - say: Remove it.
  - run: docker volume rm same_vol
    answer: y
`;

async function record(name: string): Promise<ParsedCast> {
	const file = path.join(directory, 'same.yaml');
	const cast = path.join(directory, `${name}.cast`);
	await writeFile(file, script);
	const result = await execa(process.execPath, [dockwiseBin, 'demo', file, '--record', cast, '--seed', '5', '--speed', '4', '--redact'], {reject: false, env: {...engine!.env, CI: 'true', LANG: 'en_US.UTF-8'}, timeout: 240_000});
	if (result.exitCode !== 0) {
		throw new Error(`dockwise demo exited ${result.exitCode}: ${result.stderr}`);
	}

	return readCast(await readFile(cast, 'utf8'));
}

/**
What may differ (the issue: ids, names, times): durations such as `0.4 s`; ids (--redact masks
container ids; a volume's or an image's would show as hex too); the spinner's frame, which
follows the clock.
*/
function mask(text: string): string {
	return text
		.replaceAll(/\b\d+(?:\.\d+)? ?m?s\b/g, 'N s')
		.replaceAll(/\b[\da-f]{12,64}\b/g, 'ID')
		.replaceAll(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/g, '⠿');
}

/**
The events' shape: markers with their labels, in order, and where output comes between them.
How many frames a stretch of output takes is time (a spinner redraws every 100 ms; a slow
engine shows more of them), so a run of output events counts as one.
*/
function shape(cast: ParsedCast): string[] {
	const shapes: string[] = [];
	for (const event of cast.events) {
		const item = event.code === 'm' ? `m ${mask(event.data)}` : event.code;
		if (item !== shapes.at(-1) || item !== 'o') {
			shapes.push(item);
		}
	}

	return shapes;
}

async function screens(cast: ParsedCast): Promise<string[]> {
	const {markers, end} = await screensAtMarkers(cast);
	return [...markers.map(marker => `${marker.label}\n${mask(marker.screen)}`), `end\n${mask(end)}`];
}

privateEngineTest('same script, same seed, same engine state: the same screen at every marker and the same event shape, except ids and times', async t => {
	engine = await PrivateEngine.create();
	await engine.start();
	const first = await record('first');
	const second = await record('second');
	t.deepEqual(shape(second), shape(first));
	const firstScreens = await screens(first);
	t.deepEqual(await screens(second), firstScreens);
	// The first step starts on the settled picture: engine known, panel loaded.
	t.notRegex(firstScreens[0]!, /Connecting to the Docker engine|reading the engine|checking the Docker engine/);
	t.regex(firstScreens[0]!, /no volumes yet/);
});
