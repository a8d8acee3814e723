import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {dockerBinary, engineTest, testLabel, uniqueName} from '../helpers/engine.js';
import {dockwiseBin} from '../helpers/pty.js';
import {readCast, screensAtMarkers} from '../helpers/cast-replay.js';

const volume = uniqueName('demo-vol');
const container = uniqueName('demo-box');
let directory: string;

test.before(async () => {
	directory = await mkdtemp(path.join(tmpdir(), 'dockwise-demo-test-'));
});

test.after.always(async () => {
	await execa(dockerBinary, ['container', 'rm', '-f', container], {reject: false});
	await execa(dockerBinary, ['volume', 'rm', '-f', volume], {reject: false});
	await rm(directory, {recursive: true, force: true});
});

async function demo(script: string, args: string[], env: Record<string, string> = {}) {
	const file = path.join(directory, `${uniqueName('script')}.yaml`);
	await writeFile(file, script);
	const result = await execa(process.execPath, [dockwiseBin, 'demo', file, ...args], {reject: false, env: {CI: 'true', LANG: 'en_US.UTF-8', ...env}, timeout: 240_000});
	return {...result, file};
}

const script = `title: Volumes keep files
size: 100x30
lang: en
steps:
  - run: docker volume rm -f ${volume}
    hidden: true
  - say: Create a volume.
  - run: docker volume create --label ${testLabel} ${volume}
    expect: ^${volume}$
  - say: Write into it from an interactive container.
  - run: docker container run --rm -it --name ${container} --label ${testLabel} -v ${volume}:/data alpine:latest
    keys: ['echo kept > /data/kept.txt', Enter, 'cat /data/kept.txt', Enter, exit, Enter]
    expect: kept
  - run: docker volume rm ${volume}
    answer: y
  - pause: 1
  - run: docker volume rm -f ${volume}
    hidden: true
`;

engineTest('records a script as a valid v2 cast: one marker per say and run, the screen a viewer sees at each', async t => {
	const cast = path.join(directory, 'volumes.cast');
	const result = await demo(script, ['--record', cast, '--seed', '3', '--speed', '4']);
	t.is(result.exitCode, 0, result.stderr);
	const text = await readFile(cast, 'utf8');
	const parsed = readCast(text);
	t.is(parsed.version, 2);
	t.is(parsed.title, 'Volumes keep files');
	t.deepEqual([parsed.columns, parsed.rows], [100, 30]);
	t.deepEqual(parsed.events.filter(event => event.code === 'm').map(event => event.data), [
		'Create a volume.',
		`docker volume create --label ${testLabel} ${volume}`,
		'Write into it from an interactive container.',
		`docker container run --rm -it --name ${container} --label ${testLabel} -v ${volume}:/data alpine:latest`,
		`docker volume rm ${volume}`,
	]);
	// No event clears the screen (it would wipe the picture in a player).
	t.false(parsed.events.some(event => event.data.includes('\u001B[2J') || event.data.includes('\u001B[3J')));
	// Other tests' containers may run on this engine meanwhile (their narration scrolls by): read the scrollback too.
	const {markers, end, endAll} = await screensAtMarkers(parsed);
	const at = (index: number) => markers[index]!.all.replaceAll(/\s+/g, ' ');
	t.regex(at(1), /▍ Create a volume\./);
	t.regex(at(2), new RegExp(`◆ volume ${volume} created`));
	t.regex(at(4), /\/ # cat \/data\/kept\.txt kept \/ # exit/);
	t.regex(endAll.replaceAll(/\s+/g, ' '), /Confirmed: running it\./);
	t.regex(end, /dockwise> /);
	// The hidden clean-up ran, outside the recording.
	t.false(text.includes(`volume rm -f ${volume}`));
	t.is((await execa(dockerBinary, ['volume', 'inspect', volume], {reject: false})).exitCode, 1);

	// Debian's asciinema 2.2 plays it (it needs a terminal: script gives it one).
	const asciinema = await execa('sh', ['-c', 'command -v asciinema'], {reject: false});
	if (asciinema.exitCode !== 0) {
		if (process.env['CI']) {
			t.fail('asciinema is not installed (apt-get install asciinema)');
		} else {
			t.log('asciinema not installed: cast not played');
		}

		return;
	}

	const played = await execa('script', ['-qec', `asciinema cat ${cast}`, '/dev/null'], {reject: false, timeout: 60_000});
	t.is(played.exitCode, 0, played.stderr);
	t.true(played.stdout.includes('kept'));
});

engineTest('a failing expect: exit 1, the step named by file:line, the cast written up to it (v3)', async t => {
	const cast = path.join(directory, 'failing.cast');
	const result = await demo(`title: Fails
steps:
  - say: First.
  - run: docker volume ls --filter name=${volume}-none
    expect: this will not match
  - say: Never shown.
`, ['--record', cast, '--format', 'v3', '--speed', '4']);
	t.is(result.exitCode, 1);
	t.regex(result.stderr, new RegExp(`${result.file.replaceAll('.', '\\.')}:4: step "docker volume ls --filter name=${volume}-none": its output does not match /this will not match/\\.`));
	const parsed = readCast(await readFile(cast, 'utf8'));
	t.is(parsed.version, 3);
	t.deepEqual(parsed.events.filter(event => event.code === 'm').map(event => event.data), ['First.', `docker volume ls --filter name=${volume}-none`]);
});

const tinyLesson = `lesson: tiny
lang: en
title: Tiny lesson
summary: One stage.
intro: Nothing to say.
names:
  volume: my_volume
creates:
  volumes: ['{volume}']
  containers: []
stages:
  - id: list
    title: List {volume}
    say: Look for {volume}.
    try:
      - run: docker volume ls --filter name={volume}-${volume}
        expect: this will not match
    check: {kind: none}
    done: Done.
`;

engineTest('a script with lesson: NAME plays the lesson with demo names; a failing step points into the lesson file', async t => {
	const lessons = path.join(directory, 'lessons');
	await mkdir(lessons, {recursive: true});
	await writeFile(path.join(lessons, 'tiny.en.yaml'), tinyLesson);
	const cast = path.join(directory, 'lesson.cast');
	const result = await demo('lesson: tiny\nlang: en\n', ['--record', cast, '--speed', '4'], {DOCKWISE_LESSONS_DIR: lessons});
	t.is(result.exitCode, 1, result.stderr);
	t.regex(result.stderr, new RegExp(`tiny\\.en\\.yaml:16: step "docker volume ls --filter name=demo_volume-${volume}": its output does not match`));
	const parsed = readCast(await readFile(cast, 'utf8'));
	t.is(parsed.title, 'Tiny lesson');
	t.deepEqual(parsed.events.filter(event => event.code === 'm').map(event => event.data), ['List demo_volume\nLook for demo_volume.', `docker volume ls --filter name=demo_volume-${volume}`]);
});

test('a script naming an unknown lesson: exit 2, the known lessons listed, no REPL started', async t => {
	const result = await demo('lesson: no-such-lesson\n', ['--record', path.join(directory, 'none.cast')]);
	t.is(result.exitCode, 2);
	t.regex(result.stderr, /no-such-lesson/);
	t.regex(result.stderr, /persistence/);
	t.notRegex(result.stderr, /not available/);
});

test('a bad script: exit 2 and FILE:LINE: message, no REPL started', async t => {
	const result = await demo('title: Bad\nsteps:\n  - run: volume ls\n    expct: x\n', ['--record', path.join(directory, 'bad.cast')]);
	t.is(result.exitCode, 2);
	t.is(result.stderr, `${result.file}:4: unknown field "expct" in a run step (known: run, expect, keys, answer, hidden, timeout)`);
});

test('usage errors are one line', async t => {
	const result = await execa(process.execPath, [dockwiseBin, 'demo', 'x.yaml', '--format', 'v9'], {reject: false, env: {LANG: 'en_US.UTF-8'}});
	t.is(result.exitCode, 2);
	t.is(result.stderr, 'dockwise demo: --format must be v2 or v3, not "v9".');
});
