import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import type {CommandOutcome, CommandRunner, OutputStream} from '../../source/docker/run-command.js';
import type {LossPreview} from '../../source/guard/index.js';
import {createMemoryHistory} from '../../source/history/history-store.js';
import type {ReplOptions} from '../../source/repl/session-context.js';
import {CommandPipeline, type CommandPipelineOptions, type HandOverRequest, type PipelineEvent, type PipelinePolicy} from '../../source/session/command-pipeline.js';
import {Session} from '../../source/session/session.js';
import {initialState} from '../../source/state/reducer.js';
import type {DockerState} from '../../source/state/types.js';

/** A process the test ends by hand: output, then an exit. */
class FakeProcess {
	interrupts = 0;
	private finish!: (outcome: CommandOutcome) => void;
	readonly done = new Promise<CommandOutcome>(resolve => {
		this.finish = resolve;
	});

	constructor(readonly file: string, readonly args: readonly string[], private readonly onOutput: (text: string, stream: OutputStream) => void) {}

	out(text: string, stream: OutputStream = 'stdout'): void {
		this.onOutput(text, stream);
	}

	exit(exitCode = 0): void {
		this.finish(outcome({exitCode}));
	}

	interrupt(): void {
		this.interrupts++;
		this.finish(outcome({exitCode: undefined, signal: 'SIGINT', interrupted: true}));
	}
}

function outcome(extra: Partial<CommandOutcome> = {}): CommandOutcome {
	return {exitCode: 0, signal: undefined, durationMs: 12, interrupted: false, spawnError: undefined, ...extra};
}

/** No process: piped commands wait for the test (or print `ran <args>` and exit 0 when `auto`). */
class FakeRunner implements CommandRunner {
	readonly piped: FakeProcess[] = [];
	readonly inTerminal: Array<{file: string; args: readonly string[]}> = [];
	private waiting: Array<(process: FakeProcess) => void> = [];

	constructor(private readonly auto = false) {}

	runPiped(file: string, args: readonly string[], onOutput: (text: string, stream: OutputStream) => void): FakeProcess {
		const process = new FakeProcess(file, args, onOutput);
		this.piped.push(process);
		if (this.auto) {
			queueMicrotask(() => {
				process.out(`ran ${args.join(' ')}\n`);
				process.exit(0);
			});
		}

		for (const resolve of this.waiting.splice(0)) {
			resolve(process);
		}

		return process;
	}

	runInTerminal(file: string, args: readonly string[]): Promise<CommandOutcome> {
		this.inTerminal.push({file, args});
		return Promise.resolve(outcome());
	}

	/** The next piped process started (or the last one, if it is still to be taken). */
	async started(count: number): Promise<FakeProcess> {
		if (this.piped.length >= count) {
			return this.piped[count - 1]!;
		}

		return new Promise((resolve, reject) => {
			this.waiting.push(() => {
				if (this.piped.length >= count) {
					resolve(this.piped[count - 1]!);
				} else {
					this.started(count).then(resolve, reject);
				}
			});
		});
	}
}

const options: ReplOptions = {
	lang: 'en',
	docker: 'docker',
	env: {},
	home: '/home/user',
	cwd: '/tmp',
	shell: '/bin/sh',
	prompt: 'dockwise> ',
	assumeYes: false,
};

const replPolicy: PipelinePolicy = {loss: 'ask', terminal: 'hand-over', keepRefusedLines: true};
const plainPolicy: PipelinePolicy = {loss: 'refuse', terminal: 'refuse', keepRefusedLines: false};

function volumeState(...names: string[]): DockerState {
	return {
		...initialState(),
		engine: {kind: 'up', since: 0},
		loaded: true,
		volumes: Object.fromEntries(names.map(name => [name, {name, driver: 'local', labels: {}, anonymous: false, detailed: true}])),
	};
}

const preview = (confirmedArgs?: string[]): LossPreview => ({
	severity: 'danger',
	headline: 'This deletes 1 volume for good.',
	lines: [{text: 'data: 3 files', kind: 'lost', depth: 0}],
	volumesToRead: [],
	containersToRead: [],
	...(confirmedArgs ? {confirmedArgs} : {}),
});

type Setup = Partial<Omit<CommandPipelineOptions, 'session' | 'runner'>> & {
	runner?: FakeRunner;
	/** Narration of each command: the volumes that exist after it (none changed by default). */
	after?: () => DockerState;
};

/** A session that starts no process: the tracker's command windows and the engine check are faked. */
function setup({runner = new FakeRunner(), after, ...rest}: Setup = {}) {
	const session = new Session(options, createMemoryHistory());
	const written: Array<{text: string; stream: OutputStream | 'transcript'}> = [];
	session.transcript.attach(text => written.push({text: stripVTControlCharacters(text), stream: 'transcript'}));
	let engineChecks = 0;
	session.refreshEngine = () => {
		engineChecks++;
		return Promise.resolve();
	};

	let state = initialState();
	session.tracker.beginCommand = () => {
		const before = state;
		return {
			before,
			end() {
				state = after ? after() : state;
				return Promise.resolve({before, after: state});
			},
		};
	};

	const pipeline = new CommandPipeline({
		session,
		runner,
		policy: replPolicy,
		handOver: async request => request.run(),
		checkLoss: () => Promise.resolve(undefined),
		...rest,
	});
	const events: PipelineEvent[] = [];
	pipeline.on(event => events.push(event));
	return {
		session,
		pipeline,
		runner,
		events,
		/** Event types, in order. */
		types: (filter?: (event: PipelineEvent) => boolean) => events.filter(filter ?? (() => true)).map(event => event.type),
		/** The transcript (and, with a `write` option, what it got), ANSI codes removed, one entry per line. */
		text: () => written.map(entry => entry.text).join('').split('\n').filter(line => line !== ''),
		written,
		engineChecks: () => engineChecks,
	};
}

test('a piped docker line: echo, output, outcome, narration, in that order, and its events', async t => {
	let count = 0;
	const {pipeline, runner, text, types, events} = setup({after: () => volumeState(...Array.from({length: ++count}, (_, index) => `vol${index}`))});
	t.is(pipeline.submit('docker volume create vol0'), 'taken');
	const process = await runner.started(1);
	t.deepEqual(process.args, ['volume', 'create', 'vol0']);
	t.like(pipeline.getPhase(), {kind: 'running', line: 'docker volume create vol0', interrupting: false});
	process.out('vol0\n');
	process.exit(0);
	await pipeline.whenIdle();
	const lines = text();
	t.is(lines[0], 'dockwise> docker volume create vol0');
	t.is(lines[1], 'vol0');
	t.regex(lines[2]!, /^✓ exit 0/);
	t.regex(lines[3]!, /^◆ .*vol0/);
	t.deepEqual(types(), ['echoed', 'planned', 'started', 'output', 'ended', 'done', 'narrated', 'idle']);
	const narrated = events.find(event => event.type === 'narrated');
	t.truthy(narrated?.type === 'narrated' && narrated.after?.volumes.vol0);
	const planned = events.find(event => event.type === 'planned');
	t.true(planned?.type === 'planned' && planned.plan.kind === 'docker');
	t.deepEqual(pipeline.getPhase(), {kind: 'prompt'});
	t.true(pipeline.isIdle());
});

test('lines typed ahead wait for the command and its narration; pasted lines run in order', async t => {
	let count = 0;
	const {pipeline, runner, text, events} = setup({after: () => volumeState(...Array.from({length: ++count}, (_, index) => `v${index}`))});
	pipeline.submit('docker volume create v0');
	const first = await runner.started(1);
	t.is(pipeline.submit('docker volume create v1\ndocker volume create v2'), 'queued');
	t.is(pipeline.submit('docker volume \\\n  create v3'), 'queued');
	t.deepEqual(events.filter(event => event.type === 'queued').map(event => event.type === 'queued' && event.lines), [['docker volume create v1', 'docker volume create v2'], ['docker volume \\\n  create v3']]);
	first.exit(0);
	for (const index of [2, 3, 4]) {
		(await runner.started(index)).exit(0);
	}

	await pipeline.whenIdle();
	t.deepEqual(runner.piped.map(process => process.args.at(-1)), ['v0', 'v1', 'v2', 'v3']);
	const lines = text();
	// Each echo comes after the previous command's narration.
	const echoes = lines.flatMap((line, index) => line.startsWith('dockwise>') ? [index] : []);
	t.is(echoes.length, 4);
	for (const echo of echoes.slice(1)) {
		t.regex(lines[echo - 1]!, /^◆/);
	}

	t.is(lines.at(-3), '>   create v3');
	t.is(events.filter(event => event.type === 'idle').length, 1);
});

test('Ctrl-C stops the running command and drops the queue, naming the lines dropped', async t => {
	const {pipeline, runner, types, events, text} = setup();
	t.false(pipeline.interrupt(), 'nothing to stop at the prompt');
	pipeline.submit('docker run --rm alpine sleep 20');
	const process = await runner.started(1);
	pipeline.submit('docker version');
	t.is(pipeline.queueLength, 1);
	t.true(pipeline.interrupt());
	t.is(pipeline.queueLength, 0);
	await pipeline.whenIdle();
	t.is(process.interrupts, 1);
	t.is(runner.piped.length, 1, 'the queued line was dropped');
	t.deepEqual(types(event => event.type !== 'queued'), ['echoed', 'planned', 'started', 'message', 'ended', 'done', 'narrated', 'idle']);
	t.true(text().some(line => line.includes('Not run, because of Ctrl-C (typed ahead): ‘docker version’')), text().join('\n'));
	t.like(events.find(event => event.type === 'ended'), {outcome: {interrupted: true}, summary: {ok: false, exitCode: 130}});
});

test('Ctrl-C while the phase is running marks it interrupting until the command ends', async t => {
	const runner = new FakeRunner();
	const {pipeline, events} = setup({runner});
	pipeline.submit('docker run --rm alpine sleep 20');
	const process = await runner.started(1);
	process.interrupt = () => {
		process.interrupts++;
	};

	pipeline.interrupt();
	t.like(pipeline.getPhase(), {kind: 'running', interrupting: true});
	process.exit(130);
	await pipeline.whenIdle();
	const ended = events.find(event => event.type === 'ended');
	t.true(ended?.type === 'ended' && !ended.summary.ok);
});

test('Ctrl-C while checking what a line would delete cancels it; the pipeline lives on', async t => {
	let release!: () => void;
	const check = new Promise<undefined>(resolve => {
		release = () => resolve(undefined);
	});
	const runner = new FakeRunner(true);
	let checks = 0;
	const {pipeline, text, types} = setup({runner, checkLoss: () => Promise.resolve(++checks === 1 ? check : undefined)});
	pipeline.submit('docker volume rm data');
	await pipeline.next('planned');
	t.like(pipeline.getPhase(), {kind: 'checking', line: 'docker volume rm data'});
	pipeline.submit('docker version');
	t.true(pipeline.interrupt());
	t.true(text().includes('Cancelled: nothing was run.'));
	release();
	await pipeline.whenIdle();
	t.is(runner.piped.length, 0, 'neither the checked line nor the queued one ran');
	t.true(types().includes('cancelled'));
	pipeline.submit('docker version');
	await pipeline.whenIdle();
	t.deepEqual(runner.piped.map(process => process.args), [['version']]);
});

test('the loss question: yes runs the confirmed args (--force added), after the preview', async t => {
	const runner = new FakeRunner(true);
	const {pipeline, text, events} = setup({runner, checkLoss: () => Promise.resolve(preview(['volume', 'prune', '--force']))});
	pipeline.submit('docker volume prune');
	const question = await pipeline.next('question');
	t.is(question.preview.headline, 'This deletes 1 volume for good.');
	t.like(pipeline.getPhase(), {kind: 'confirming', line: 'docker volume prune'});
	t.true(pipeline.isBusy());
	pipeline.answer(true);
	await pipeline.whenIdle();
	t.deepEqual(runner.piped.map(process => process.args), [['volume', 'prune', '--force']], 'piped, not handed over: docker will not ask again');
	const lines = text();
	const headline = lines.indexOf('This deletes 1 volume for good.');
	const output = lines.indexOf('ran volume prune --force');
	t.true(headline > 0 && headline < output, lines.join('\n'));
	const started = events.find(event => event.type === 'started');
	t.true(started?.type === 'started' && started.args.includes('--force') && !started.terminal);
	t.like(events.find(event => event.type === 'answered'), {yes: true, by: 'user'});
});

test('the loss question: no cancels, drops the queue, and nothing runs', async t => {
	const runner = new FakeRunner(true);
	const {pipeline, text, types} = setup({runner, checkLoss: explanation => Promise.resolve(explanation.command === 'volume rm' ? preview() : undefined)});
	pipeline.submit('docker volume rm data\ndocker version');
	await pipeline.next('question');
	pipeline.answer(false);
	await pipeline.whenIdle();
	t.is(runner.piped.length, 0);
	t.true(text().includes('Cancelled: nothing was run.'));
	t.true(text().some(line => line.includes('Not run, because you answered no (typed ahead): ‘docker version’')), text().join('\n'));
	t.deepEqual(types(event => event.type !== 'message'), ['queued', 'echoed', 'planned', 'question', 'answered', 'cancelled', 'done', 'idle']);
});

test('a step that throws is told, and the line is over: the next one runs, the prompt is not left busy', async t => {
	const runner = new FakeRunner(true);
	const {pipeline, text} = setup({runner, checkLoss: explanation => explanation.command === 'volume rm' ? Promise.reject(new Error('broken\u001B[2J port')) : Promise.resolve(undefined)});
	pipeline.submit('docker volume rm data\ndocker version');
	await pipeline.whenIdle();
	t.false(pipeline.isBusy());
	t.true(text().some(line => line.includes('dockwise could not finish this line: broken\\x1b[2J port')), text().join('\n'));
	t.deepEqual(runner.piped.map(process => process.args), [['version']]);
});

test('Ctrl-C on the question answers no, and names the lines dropped as interrupted', async t => {
	const runner = new FakeRunner(true);
	const {pipeline, text} = setup({runner, checkLoss: () => Promise.resolve(preview())});
	pipeline.submit('docker volume rm data');
	await pipeline.next('question');
	pipeline.submit('docker version');
	pipeline.interrupt();
	await pipeline.whenIdle();
	t.is(runner.piped.length, 0);
	t.true(text().some(line => line.includes('Not run, because of Ctrl-C (typed ahead): ‘docker version’')), text().join('\n'));
});

test('piped output: modes it changed are put back and told; --strip-osc removes titles and clipboard writes', async t => {
	const raw: string[] = [];
	const {pipeline, runner, events} = setup({
		bufferOutput: false,
		stripOsc: true,
		restoreTerminal: {bracketedPaste: true, cursorVisible: false},
		write(text) {
			raw.push(text);
		},
	});
	pipeline.submit('docker version');
	const process = await runner.started(1);
	process.out('a\u001B]0;pwned\u0007b\u001B[?100');
	process.out('0h\n');
	process.exit(0);
	await pipeline.whenIdle();
	const all = raw.join('');
	t.false(all.includes('pwned'), 'title stripped');
	t.true(all.includes('ab\u001B[?1000h'), 'the split sequence passes whole');
	t.true(all.includes('\u001B[?1000l'), 'mouse reporting turned off again');
	t.true(all.includes('\u001B[?2004h\u001B[?25l'), 'bracketed paste on, cursor hidden (Ink)');
	const output = events.filter(event => event.type === 'output').map(event => event.type === 'output' ? event.text : '').join('');
	t.true(output.includes('pwned'), 'output events carry the raw chunks');
	const messages = events.flatMap(event => event.type === 'message' ? event.lines : []).join('\n');
	t.regex(messages, /mouse/i);
	t.regex(messages, /Removed 1 title/);
});

test('piped output without restoreTerminal: passed as it is, nothing restored', async t => {
	const raw: string[] = [];
	const {pipeline, runner} = setup({
		bufferOutput: false,
		write(text) {
			raw.push(text);
		},
	});
	pipeline.submit('docker version');
	const process = await runner.started(1);
	process.out('a\u001B]0;title\u0007\u001B[?1000h\n');
	process.exit(0);
	await pipeline.whenIdle();
	const all = raw.join('');
	t.true(all.includes('a\u001B]0;title\u0007\u001B[?1000h'));
	t.false(all.includes('\u001B[?1000l'));
});

test('a refused line stays in the prompt (REPL): not echoed, its message after the last narration', async t => {
	const {pipeline, text, events, runner} = setup({runner: new FakeRunner(true), after: () => volumeState('fresh')});
	pipeline.submit('docker volume create fresh');
	await pipeline.next('done');
	t.is(pipeline.submit('foo bar'), 'kept');
	await pipeline.next('refused');
	await pipeline.whenIdle();
	const lines = text();
	t.false(lines.includes('dockwise> foo bar'), 'not echoed');
	t.regex(lines.at(-2)!, /"foo" is not a docker command/);
	t.regex(lines.at(-3)!, /^◆/, 'after the narration');
	t.like(events.find(event => event.type === 'refused'), {kept: true, reason: 'line'});
	t.is(runner.piped.length, 1);
});

test('a refused line pasted with others, or typed ahead, is echoed and refused in its turn', async t => {
	const {pipeline, text} = setup({runner: new FakeRunner(true)});
	t.is(pipeline.submit('foo\ndocker version'), 'taken');
	await pipeline.whenIdle();
	const lines = text();
	t.is(lines[0], 'dockwise> foo');
	t.regex(lines[1]!, /"foo" is not a docker command/);
	t.is(lines[3], 'dockwise> docker version');
});

test('a line ending with a backslash continues: nothing is done', t => {
	const {pipeline, text, events} = setup();
	t.is(pipeline.submit('docker run \\'), 'continue');
	t.deepEqual(text(), []);
	t.deepEqual(events, []);
	t.false(pipeline.isBusy());
});

test('builtins: echoed, done in turn; :lang changes the language of what follows', async t => {
	let cleared = 0;
	const {pipeline, session, text, events} = setup({clearScreen() {
		cleared++;
	}});
	pipeline.submit(':lang fr\n:clear\n');
	await pipeline.whenIdle();
	t.is(session.getSnapshot().lang, 'fr');
	t.is(cleared, 1);
	t.deepEqual(events.filter(event => event.type === 'builtin').map(event => event.type === 'builtin' && event.name), ['lang', 'clear']);
	t.is(text()[0], 'dockwise> :lang fr');
	t.is(text()[2], 'dockwise> :clear', 'the message of :lang, in French, comes between');
});

test(':quit says goodbye, then quit; whenIdle resolves and queued lines stay unrun', async t => {
	const runner = new FakeRunner(true);
	const {pipeline, types, text} = setup({runner});
	pipeline.submit(':quit\ndocker version');
	await pipeline.whenIdle();
	t.true(pipeline.quitRequested);
	t.deepEqual(pipeline.getPhase(), {kind: 'quitting'});
	t.deepEqual(types(event => event.type !== 'message'), ['queued', 'echoed', 'planned', 'builtin', 'quit']);
	t.is(runner.piped.length, 0);
	t.regex(text().at(-1)!, /Bye|bye/);
});

test('a line needing the terminal is handed over, then its outcome and narration follow', async t => {
	const runner = new FakeRunner(true);
	const requests: HandOverRequest[] = [];
	let phaseDuring: string | undefined;
	const {pipeline, text, types} = setup({
		runner,
		after: () => volumeState('shell-data'),
		async handOver(request) {
			requests.push(request);
			phaseDuring = pipeline.getPhase().kind;
			return request.run();
		},
	});
	pipeline.submit('docker run -it -v shell-data:/data alpine sh\n!ls -l');
	await pipeline.whenIdle();
	t.is(phaseDuring, 'terminal');
	// `docker run` gets a `--cidfile` of dockwise's own (see planRunRewrite): the id of the container it creates.
	const withoutCidfile = (args: readonly string[]) => args.filter((arg, index) => arg !== '--cidfile' && args[index - 1] !== '--cidfile');
	t.regex(requests[0]?.args.join(' ') ?? '', /^run --cidfile \S+ -it/);
	t.deepEqual(requests.map(request => [request.file, withoutCidfile(request.args), request.wasDockerRun]), [
		['docker', ['run', '-it', '-v', 'shell-data:/data', 'alpine', 'sh'], true],
		['/bin/sh', ['-c', 'ls -l'], false],
	]);
	t.deepEqual(runner.inTerminal.map(run => run.file), ['docker', '/bin/sh']);
	t.is(runner.piped.length, 0);
	const lines = text();
	t.regex(lines[1]!, /^✓ exit 0/);
	t.regex(lines[2]!, /^◆ .*shell-data/);
	t.is(lines[3], 'dockwise> !ls -l');
	t.deepEqual(types(event => event.type !== 'queued').slice(0, 7), ['echoed', 'planned', 'started', 'ended', 'done', 'narrated', 'echoed']);
});

test('the engine is checked again after a command when it was not ready', async t => {
	const {pipeline, engineChecks} = setup({runner: new FakeRunner(true)});
	pipeline.submit('docker version');
	await pipeline.whenIdle();
	t.is(engineChecks(), 1);
});

test('plain policy: a terminal line is refused before any loss check, to stderr', async t => {
	const runner = new FakeRunner(true);
	let checks = 0;
	const {pipeline, written, events} = setup({
		runner,
		policy: plainPolicy,
		write(text, stream) {
			written.push({text: stripVTControlCharacters(text), stream});
		},
		bufferOutput: false,
		checkLoss() {
			checks++;
			return Promise.resolve(preview());
		},
	});
	pipeline.submit('docker run -it alpine sh');
	await pipeline.whenIdle();
	t.is(checks, 0);
	t.is(runner.piped.length, 0);
	t.deepEqual(written.map(entry => entry.stream), ['stdout', 'stderr']);
	t.regex(written[1]!.text, /needs a terminal/);
	t.like(events.find(event => event.type === 'refused'), {reason: 'terminal', kept: false});
});

test('plain policy: a bad line is echoed, then refused; the next one runs', async t => {
	const runner = new FakeRunner(true);
	const {pipeline, written} = setup({
		runner,
		policy: plainPolicy,
		write(text, stream) {
			written.push({text: stripVTControlCharacters(text), stream});
		},
		bufferOutput: false,
	});
	t.is(pipeline.submit('foo'), 'taken');
	await pipeline.whenIdle();
	t.is(pipeline.submit('!echo hi'), 'taken');
	await pipeline.whenIdle();
	t.deepEqual(written.map(entry => entry.stream), ['stdout', 'stderr', 'stdout', 'stdout', 'stdout']);
	t.deepEqual(runner.piped.map(process => [process.file, process.args]), [['/bin/sh', ['-c', 'echo hi']]], 'host lines run piped');
	t.is(written[3]!.text, 'ran -c echo hi\n');
});

test('plain policy: a loss is printed and refused without --yes, run with --force with it', async t => {
	for (const loss of ['refuse', 'yes'] as const) {
		const runner = new FakeRunner(true);
		const {pipeline, written, events} = setup({
			runner,
			policy: {...plainPolicy, loss},
			write(text, stream) {
				written.push({text: stripVTControlCharacters(text), stream});
			},
			bufferOutput: false,
			checkLoss: () => Promise.resolve(preview(['volume', 'prune', '--force', '--all'])),
		});
		pipeline.submit('docker volume prune --all --force');
		await pipeline.whenIdle();
		t.regex(written[1]!.text, /This deletes 1 volume for good/);
		t.like(events.find(event => event.type === 'answered'), {yes: loss === 'yes', by: 'policy'});
		if (loss === 'refuse') {
			t.is(runner.piped.length, 0);
			t.is(written[2]!.stream, 'stderr');
			t.like(events.find(event => event.type === 'refused'), {reason: 'loss'});
		} else {
			t.deepEqual(runner.piped.map(process => process.args), [['volume', 'prune', '--force', '--all']]);
		}
	}
});

test('output chunks pass through unbuffered, each to its stream, when asked', async t => {
	const runner = new FakeRunner();
	const {pipeline, written, events} = setup({
		runner,
		policy: plainPolicy,
		write(text, stream) {
			written.push({text: stripVTControlCharacters(text), stream});
		},
		bufferOutput: false,
	});
	pipeline.submit('docker version');
	const process = await runner.started(1);
	process.out('part');
	process.out('oops\n', 'stderr');
	process.exit(3);
	await pipeline.whenIdle();
	t.deepEqual(written.slice(1, 3), [{text: 'part', stream: 'stdout'}, {text: 'oops\n', stream: 'stderr'}]);
	t.deepEqual(events.filter(event => event.type === 'output').map(event => event.type === 'output' && event.stream), ['stdout', 'stderr']);
	t.like(events.find(event => event.type === 'ended'), {summary: {ok: false, exitCode: 3}});
});

test('resume takes what was queued when nothing runs; next() awaits a given event', async t => {
	const runner = new FakeRunner(true);
	const {pipeline} = setup({runner});
	const started = pipeline.next('started', event => event.args[0] === 'info');
	pipeline.submit('docker version\ndocker info');
	t.deepEqual((await started).args, ['info']);
	pipeline.resume();
	await pipeline.whenIdle();
	t.is(runner.piped.length, 2);
});
