import test from 'ava';
import {freshCheck} from '../../source/session/fresh-check.js';

/** A check whose runs end when told, each recording the state of the world when it started. */
function controlledCheck() {
	let world = 'away';
	const runs: Array<{saw: string; timeoutMs: number | undefined; end: () => void; fail: (error: Error) => void}> = [];
	let answer = 'unknown';
	const check = freshCheck(async ({timeoutMs}: {timeoutMs?: number}) => {
		const saw = world;
		await new Promise<void>((resolve, reject) => {
			runs.push({saw, timeoutMs, end: resolve, fail: reject});
		});
		answer = saw;
	});
	return {
		check,
		runs,
		set world(value: string) {
			world = value;
		},
		get answer() {
			return answer;
		},
	};
}

async function tick(): Promise<void> {
	await new Promise(resolve => {
		setImmediate(resolve);
	});
}

test('a call made while a check runs gets the answer of a check started after it, not the stale one', async t => {
	const engine = controlledCheck();
	const heartbeat = engine.check({timeoutMs: 5000});
	engine.world = 'up';
	const cameBack = engine.check({});
	await tick();
	t.is(engine.runs.length, 1);
	engine.runs[0]!.end();
	await heartbeat;
	t.is(engine.answer, 'away');
	await tick();
	t.is(engine.runs.length, 2, 'a second run once the first ended');
	t.is(engine.runs[1]!.saw, 'up');
	t.is(engine.runs[1]!.timeoutMs, undefined, 'with the options of the call that asked for it');
	engine.runs[1]!.end();
	await cameBack;
	t.is(engine.answer, 'up');
});

test('calls made during one run share the next run; calls with none running start one', async t => {
	const engine = controlledCheck();
	const first = engine.check({});
	const second = engine.check({});
	const third = engine.check({});
	engine.runs[0]!.end();
	await first;
	await tick();
	t.is(engine.runs.length, 2);
	engine.runs[1]!.end();
	await Promise.all([second, third]);
	t.is(engine.runs.length, 2);
	const fourth = engine.check({});
	t.is(engine.runs.length, 3);
	engine.runs[2]!.end();
	await fourth;
});

test('a failed run still lets the next one start; its callers see its failure', async t => {
	const engine = controlledCheck();
	const first = engine.check({});
	const second = engine.check({});
	engine.runs[0]!.fail(new Error('docker hung'));
	await t.throwsAsync(first, {message: 'docker hung'});
	await tick();
	t.is(engine.runs.length, 2);
	engine.runs[1]!.end();
	await t.notThrowsAsync(second);
});
