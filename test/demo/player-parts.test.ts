import test from 'ava';
import {CastClock} from '../../source/demo/cast-clock.js';
import {FrameCollector, type Frame} from '../../source/demo/frame-collector.js';
import {keyBytes} from '../../source/demo/key-bytes.js';
import {createSyncFilter, syncMark} from '../../source/demo/control-protocol.js';
import {toReport} from '../../source/demo/repl-control.js';
import {createRedactor, envAssignments, secretValues} from '../../source/demo/secrets.js';
import {createRhythm} from '../../source/demo/typing-rhythm.js';
import type {Step} from '../../source/script/types.js';

test('same seed, same rhythm; another seed, another one', t => {
	const typeLine = (seed: number) => {
		const rhythm = createRhythm({seed, speed: 1});
		let previous: string | undefined;
		return [...'docker volume ls\r'].map(character => {
			const delay = rhythm(previous, character);
			previous = character;
			return delay;
		});
	};

	t.deepEqual(typeLine(7), typeLine(7));
	t.notDeepEqual(typeLine(7), typeLine(8));
});

test('typing slows after spaces and punctuation, speeds up with --speed', t => {
	const average = (previous: string, speed = 1) => {
		const rhythm = createRhythm({seed: 3, speed});
		let sum = 0;
		for (let index = 0; index < 200; index++) {
			sum += rhythm(previous, 'a');
		}

		return sum / 200;
	};

	t.true(average(' ') > average('a') * 1.5);
	t.true(average('.') > average(' '));
	t.true(Math.abs(average('a', 2) - (average('a') / 2)) < 1e-9);
});

test('the clock caps idle gaps and adds scripted time', t => {
	let real = 100;
	const clock = new CastClock(1, () => real);
	real += 0.3;
	t.is(Number(clock.now().toFixed(6)), 0.3);
	real += 50;
	t.is(Number(clock.now().toFixed(6)), 1.3);
	clock.advance(2);
	t.is(Number(clock.now().toFixed(6)), 3.3);
});

test('frames: chunks close together make one event; a synchronized block is never cut', async t => {
	const frames: Frame[] = [];
	let now = 0;
	const collector = new FrameCollector({now: () => now++, emit: frame => frames.push(frame), quietMs: 20});
	collector.push('a');
	collector.push('b');
	await collector.nextFrame();
	t.deepEqual(frames, [{time: 0, data: 'ab'}]);
	collector.push('\u001B[?2026hhalf');
	await new Promise(resolve => {
		setTimeout(resolve, 60);
	});
	t.is(frames.length, 1);
	collector.push(' frame\u001B[?2026l');
	await collector.nextFrame();
	t.deepEqual(frames[1], {time: 1, data: '\u001B[?2026hhalf frame\u001B[?2026l'});
});

test('named keys are the bytes a terminal sends', t => {
	t.is(keyBytes({kind: 'key', name: 'Enter'}), '\r');
	t.is(keyBytes({kind: 'key', name: 'Ctrl-D'}), '\u0004');
	t.is(keyBytes({kind: 'key', name: 'Up'}), '\u001B[A');
	t.is(keyBytes({kind: 'text', text: 'Enter'}), 'Enter');
});

test('secrets: -e values of the script, secret-looking variables, home and user; masked at the same width', t => {
	t.deepEqual(envAssignments('docker run -e A=1 --env B="two words" --env=C=3 -eD=4 -e PLAIN alpine'), ['A=1', 'B=two words', 'C=3', 'D=4', 'PLAIN']);
	const steps: Step[] = [{kind: 'run', command: 'run --rm -e DB_PASS=hunter22 -e FORWARDED alpine env', hidden: false, timeoutSeconds: 60, line: 1}];
	const values = secretValues(steps, {FORWARDED: 'forwarded-value', GITHUB_TOKEN: 'ghp_abcdef', HOME: '/home/ada', USER: 'ada', SHORT_KEY: 'ab', PATH: '/usr/bin'});
	t.deepEqual(values.sort(), ['/home/ada', 'forwarded-value', 'ghp_abcdef', 'hunter22']);
	const redact = createRedactor({values, containerIds: true});
	t.is(redact('DB_PASS=hunter22 in /home/ada/x'), 'DB_PASS=******** in *********/x');
	t.is(redact(`id 3f4e5d6c7b8a and ${'0123456789abcdef'.repeat(4)} done`), `id ${'x'.repeat(12)} and ${'x'.repeat(64)} done`);
	t.is(createRedactor({values: [], containerIds: false})('3f4e5d6c7b8a'), '3f4e5d6c7b8a');
});

test('pipeline events become reports; others are not sent', t => {
	t.deepEqual(toReport({type: 'started', line: 'run -it alpine', terminal: true}), {type: 'started', line: 'run -it alpine', terminal: true});
	t.deepEqual(toReport({type: 'ended', line: 'x', outcome: {exitCode: 1}, summary: {ok: false}}), {type: 'ended', line: 'x', exitCode: 1, ok: false});
	t.is(toReport({type: 'planned', line: 'x'}), undefined);
});

test('sync marks are taken out of the output, even split across chunks', t => {
	const seen: number[] = [];
	const strip = createSyncFilter(sync => seen.push(sync));
	const mark = syncMark(12);
	t.is(strip(`a${mark}b`), 'ab');
	t.is(strip(`c${mark.slice(0, 5)}`), 'c');
	t.is(strip(`${mark.slice(5)}d\u001B[0m`), 'd\u001B[0m');
	t.is(strip('e\u001B'), 'e');
	t.is(strip('[1m'), '\u001B[1m');
	t.deepEqual(seen, [12, 12]);
});
