import {EventEmitter} from 'node:events';
import {useSyncExternalStore} from 'react';
import test from 'ava';
import stripAnsi from 'strip-ansi';
import {FrameBarrier} from '../../source/ui/frame-barrier.js';

// Ink draws no frame at all when it believes it runs in CI (it reads CI once, when loaded): this test
// needs its real, throttled frames, so Ink is loaded after CI is cleared for this process.
process.env['CI'] = 'false';
delete process.env['CONTINUOUS_INTEGRATION'];
const {render, Text} = await import('ink');
const {FrameProbe} = await import('../../source/ui/FrameProbe.js');

class Value {
	readonly #listeners = new Set<() => void>();
	constructor(private current: string) {}
	readonly subscribe = (listener: () => void) => {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	};

	readonly get = () => this.current;
	set(value: string): void {
		this.current = value;
		for (const listener of this.#listeners) {
			listener();
		}
	}
}

class Stdout extends EventEmitter {
	readonly columns = 60;
	readonly rows = 20;
	readonly writes: string[] = [];
	write = (data: string) => {
		this.writes.push(data);
		return true;
	};

	/** The text of the last frame written. */
	shown(): string {
		return stripAnsi(this.writes.findLast(data => /\w/.test(stripAnsi(data))) ?? '');
	}
}

class Stdin extends EventEmitter {
	isTTY = false;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read = () => null;
}

function Shown({state, other}: {state: Value; other: Value}) {
	const text = useSyncExternalStore(state.subscribe, state.get);
	const more = useSyncExternalStore(other.subscribe, other.get);
	return <Text>{`${text} ${more}`}</Text>;
}

async function sleep(ms: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

test('Ink\'s frame of a change that later changes keep postponing is on the terminal once next() resolves', async t => {
	const frames = new FrameBarrier();
	const state = new Value('connecting');
	const other = new Value('0');
	const stdout = new Stdout();
	const instance = render(<><Shown state={state} other={other}/><FrameProbe barrier={frames}/></>, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: new Stdin() as unknown as NodeJS.ReadStream,
		stderr: new Stdout() as unknown as NodeJS.WriteStream,
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: 30,
		onRender: frames.rendered,
	});
	try {
		await frames.next();
		t.regex(stdout.shown(), /connecting 0/);
		for (let round = 1; round <= 5; round++) {
			// Drawn at once (Ink drew long ago), then a change within Ink's throttle period: drawn later,
			// and every further change within the period postpones that frame (as the engine's place,
			// located just after the engine answered, did to the demo's first picture).
			state.set(`connecting ${round}`);
			await sleep(1);
			state.set(`loaded ${round}`);
			const postpone = (async () => {
				for (let step = 1; step <= 3; step++) {
					await sleep(20);
					other.set(`${round}.${step}`);
				}
			})();
			await frames.next();
			t.regex(stdout.shown(), new RegExp(`loaded ${round} `), `round ${round}`);
			await postpone;
			await frames.next();
			t.regex(stdout.shown(), new RegExp(`loaded ${round} ${round}\\.3`), `round ${round}`);
			await sleep(60);
		}
	} finally {
		instance.unmount();
	}
});

test('next() resolves on the first render after it, not on one before', async t => {
	const frames = new FrameBarrier();
	frames.rendered();
	let resolved = false;
	const next = frames.next().then(() => {
		resolved = true;
	});
	await sleep(5);
	t.false(resolved);
	frames.rendered();
	await next;
	t.true(resolved);
});

test('next() resolves at once when the probe\'s commit was drawn during the request', async t => {
	const frames = new FrameBarrier();
	// A probe whose re-render Ink draws synchronously (its throttle's leading edge).
	frames.subscribe(frames.rendered);
	await frames.next();
	t.pass();
});

test('with no probe mounted (Ink unmounted during a hand-over), the next mount\'s first render resolves it', async t => {
	const frames = new FrameBarrier();
	let resolved = false;
	const next = frames.next().then(() => {
		resolved = true;
	});
	await sleep(5);
	t.false(resolved);
	const stop = frames.subscribe(() => {});
	frames.rendered();
	await next;
	stop();
	t.true(resolved);
});
