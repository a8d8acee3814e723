import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {dockerBinary, engineTest, testLabel, uniqueName} from '../helpers/engine.js';
import {dockwiseBin} from '../helpers/pty.js';
import {readCast, screensAtMarkers} from '../helpers/cast-replay.js';

const volumes = [uniqueName('same-a'), uniqueName('same-b')];
let directory: string;

test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'dockwise-demo-same-'));
});

test.after.always(async () => {
	for (const volume of volumes) {
		await execa(dockerBinary, ['volume', 'rm', '-f', volume], {reject: false});
	}

	await rm(directory, {recursive: true, force: true});
});

/** The same script with its own volume name: each recording makes and removes its own. */
async function record(volume: string) {
	const file = path.join(directory, `${volume}.yaml`);
	const cast = path.join(directory, `${volume}.cast`);
	await writeFile(file, `title: Same
size: 100x30
lang: en
steps:
  - say: Create a volume, then list it.
  - run: docker volume create --label ${testLabel} ${volume}
    expect: ^${volume}$
  - run: docker volume ls --filter name=${volume}
  - run: docker volume rm -f ${volume}
    hidden: true
`);
	const result = await execa(process.execPath, [dockwiseBin, 'demo', file, '--record', cast, '--seed', '5', '--speed', '4', '--redact'], {reject: false, env: {CI: 'true', LANG: 'en_US.UTF-8'}, timeout: 240_000});
	return {result, cast: readCast(await readFile(cast, 'utf8'))};
}

/**
What may differ between two recordings: the volume's name, durations such as `0.4 s`, ids;
and, on this engine shared with other tests, the volume panel (everyone's volumes,
their sizes as `system df` answers, so its height) and the "meanwhile elsewhere" note: a recording
against a private engine (npm run demo:record) has the same panel each time.
*/
function mask(text: string, volume: string): string {
	return text
		.replaceAll(/^ *Volumes {2}[\s\S]*?^docker /gm, 'PANEL\ndocker ')
		.replaceAll(/^ *◇ meanwhile elsewhere.*\n/gm, '')
		.replaceAll(volume, 'VOLUME')
		.replaceAll(/\b\d+(?:\.\d+)? ?m?s\b/g, 'N s')
		.replaceAll(/\b[\da-f]{12,64}\b/g, 'ID')
		// A panel of another height leaves more or fewer empty rows below it.
		.replace(/(?:\n *)+$/, '\n');
}

engineTest('same script, same seed, same engine state: the same markers and screens at each, except names, ids, times and objects of other tests', async t => {
	const first = await record(volumes[0]!);
	t.is(first.result.exitCode, 0, first.result.stderr);
	const second = await record(volumes[1]!);
	t.is(second.result.exitCode, 0, second.result.stderr);

	const markers = (cast: typeof first.cast, volume: string) => cast.events.filter(event => event.code === 'm').map(event => mask(event.data, volume));
	t.deepEqual(markers(second.cast, volumes[1]!), markers(first.cast, volumes[0]!));

	const screens = async (cast: typeof first.cast, volume: string) => {
		const {markers, end} = await screensAtMarkers(cast);
		return [...markers.map(marker => mask(marker.screen, volume)), mask(end, volume)];
	};

	t.deepEqual(await screens(second.cast, volumes[1]!), await screens(first.cast, volumes[0]!));
});
