import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {spawnInPseudoTerminal, type PseudoTerminal} from '../docker/pseudo-terminal.js';
import type {Lang} from '../i18n/catalogue.js';
import {defaultGraceMs} from '../repl/question-keys.js';
import type {Key, RunStep, SayStep, Step, TerminalSize} from '../script/types.js';
import {CastClock} from './cast-clock.js';
import {CastRecorder} from './cast-recorder.js';
import {controlVariable, createSyncFilter, type ReplReport} from './control-protocol.js';
import {ControlServer, TimeoutError} from './control-server.js';
import {FrameCollector} from './frame-collector.js';
import {runHiddenStep} from './hidden-step.js';
import {keyBytes} from './key-bytes.js';
import {demoMessages, type DemoTranslate} from './messages.js';
import {createRedactor} from './secrets.js';
import {createRhythm} from './typing-rhythm.js';

export type PlayOptions = {
	/** The script's path, for messages `FILE:LINE`. */
	file: string;
	steps: readonly Step[];
	size: TerminalSize;
	/** dockwise's language in the REPL (and of the player's messages). */
	lang: Lang;
	/** How to start dockwise: node and its bin script. */
	repl: {file: string; args: readonly string[]};
	env: Readonly<Record<string, string | undefined>>;
	cwd: string;
	docker: string;
	shell: string;
	seed: number;
	speed: number;
	idleLimit: number;
	/** Values masked in the recording. */
	secrets: readonly string[];
	redactIds: boolean;
	/** Live: the REPL's output goes there as it comes, delays are waited for real. */
	live?: {write(data: string): void; waitForEnter?: () => Promise<void>};
};

export type PlayResult = {recorder: CastRecorder; failure?: string};

const readyTimeoutMs = 60_000;
const sayTimeoutMs = 10_000;
/** After a keystroke, how long to wait for its echo before typing on. */
const echoTimeoutMs = 400;
/** In an interactive container, how long to wait for its shell's prompt before typing anyway. */
const promptTimeoutMs = 8000;
const shellPrompt = /[#$>%]\s*$/;

class StepFailure extends Error {}

/**
Plays a demo's steps through the real REPL in a pseudo-terminal of the
script's size, typing like a person, and records what the terminal shows.
It waits on what the REPL reports (prompt back, question shown, terminal
handed over), never on fixed sleeps.
*/
export async function playDemo(options: PlayOptions): Promise<PlayResult> {
	const player = new Player(options);
	try {
		await player.play();
	} catch (error) {
		if (!(error instanceof StepFailure)) {
			throw error;
		}

		player.failure = error.message;
	} finally {
		await player.close();
	}

	return {recorder: player.recorder, failure: player.failure};
}

class Player {
	readonly recorder: CastRecorder;
	failure: string | undefined;
	private readonly clock: CastClock;
	private readonly collector: FrameCollector;
	private readonly rhythm: ReturnType<typeof createRhythm>;
	private readonly t: DemoTranslate;
	private server: ControlServer | undefined;
	private terminal: PseudoTerminal | undefined;
	private stateHome: string | undefined;
	private raw = '';
	/** The last sync mark the terminal has shown, and who waits for the next ones. */
	private shownSync = 0;
	private readonly syncWaiters = new Set<() => void>();
	private readonly stripSync = createSyncFilter(sync => {
		this.shownSync = Math.max(this.shownSync, sync);
		for (const waiter of this.syncWaiters) {
			waiter();
		}
	});
	private exitCode: number | undefined;
	private exited: Promise<unknown> = new Promise(() => {});

	constructor(private readonly options: PlayOptions) {
		this.t = demoMessages(options.lang);
		this.clock = new CastClock(options.idleLimit);
		this.recorder = new CastRecorder(createRedactor({values: options.secrets, containerIds: options.redactIds}));
		this.collector = new FrameCollector({now: () => this.clock.now(), emit: frame => {
			this.recorder.output(frame.time, frame.data);
		}});
		this.rhythm = createRhythm({seed: options.seed, speed: options.speed});
	}

	async play(): Promise<void> {
		const {steps} = this.options;
		const lastVisible = steps.findLastIndex(step => !(step.kind === 'run' && step.hidden));
		try {
			for (const [index, step] of steps.entries()) {
				if (step.kind === 'run' && step.hidden) {
					await this.runHidden(step);
					continue;
				}

				await this.startRepl();
				await this.options.live?.waitForEnter?.();
				await this.playStep(step);
				if (index === lastVisible) {
					await this.stopRepl();
				}
			}
		} catch (error) {
			// Clean-up steps after the last visible one still run: they remove what the demo made.
			await this.stopRepl();
			for (const step of steps.slice(lastVisible + 1)) {
				if (step.kind === 'run' && step.hidden) {
					await this.runHidden(step).catch(() => {});
				}
			}

			throw error;
		}
	}

	async close(): Promise<void> {
		await this.stopRepl();
		await this.server?.close();
		if (this.stateHome) {
			await rm(this.stateHome, {recursive: true, force: true});
		}
	}

	private async playStep(step: Step): Promise<void> {
		switch (step.kind) {
			case 'say': {
				await this.say(step);
				break;
			}

			case 'pause': {
				await this.wait(step.seconds);
				break;
			}

			default: {
				await this.run(step);
			}
		}
	}

	private async startRepl(): Promise<void> {
		if (this.terminal) {
			return;
		}

		this.server = await ControlServer.open();
		// A private history: the demo's lines do not land in the presenter's.
		this.stateHome = await mkdtemp(path.join(tmpdir(), 'dockwise-demo-state-'));
		const {repl, size, env, cwd, lang} = this.options;
		this.terminal = await spawnInPseudoTerminal(repl.file, [...repl.args, '--lang', lang], {
			columns: size.columns,
			rows: size.rows,
			cwd,
			env: {
				...definedValues(env),
				// Ink renders every frame only outside CI.
				CI: 'false',
				TERM: 'xterm-256color',
				COLORTERM: 'truecolor',
				FORCE_COLOR: '3',
				XDG_STATE_HOME: this.stateHome,
				[controlVariable]: this.server.socketPath,
			},
		});
		this.exited = this.terminal.exited.then(({exitCode}) => {
			this.exitCode = exitCode;
		});
		this.terminal.onData(chunk => {
			const data = this.stripSync(chunk);
			if (data === '') {
				return;
			}

			this.raw += data;
			this.collector.push(data);
			this.options.live?.write(data);
		});
		let ready: ReplReport;
		try {
			({report: ready} = await this.server.next(0, report => report.type === 'ready', performance.now() + readyTimeoutMs, this.exited));
		} catch {
			throw new StepFailure(this.t('noControl', {seconds: readyTimeoutMs / 1000}));
		}

		// The first step starts on the settled picture, never on "Connecting to the Docker engine…".
		await this.shown(ready);
		await this.settle();
	}

	private async stopRepl(): Promise<void> {
		const terminal = this.terminal;
		if (!terminal) {
			return;
		}

		this.terminal = undefined;
		await this.settle();
		this.clock.advance(1);
		this.collector.flush();
		this.recorder.end(this.clock.now());
		this.recorder.recording = false;
		terminal.write(':quit\r');
		const timer = setTimeout(() => {
			terminal.kill();
		}, 5000);
		await this.exited;
		clearTimeout(timer);
	}

	private async say(step: SayStep): Promise<void> {
		const server = this.server!;
		this.marker(step.text);
		const from = server.mark();
		server.send({type: 'say', text: step.text});
		const said = await this.expectReport(step, from, report => report.type === 'said', sayTimeoutMs);
		await this.shown(said);
		await this.settle();
		// Time to read it: about a quarter second a word, between 1.5 and 6 seconds.
		const words = step.text.split(/\s+/).length;
		await this.wait(Math.min(6, Math.max(1.5, 0.8 + (words * 0.25))) / this.options.speed);
	}

	private async run(step: RunStep): Promise<void> {
		const server = this.server!;
		await this.settle();
		this.marker(step.command);
		await this.type(step.command);
		const from = server.mark();
		await this.press('\r');
		const deadline = performance.now() + (step.timeoutSeconds * 1000);
		let output = '';
		let terminalFrom: number | undefined;
		for (let index = from; ;) {
			const {report, index: found} = await this.nextReport(step, index, deadline);
			index = found + 1;
			if (report.type === 'output') {
				output += report.text;
			} else if (report.type === 'question') {
				await this.answer(step, index, deadline);
			} else if (report.type === 'refused') {
				throw this.fail('refused', step);
			} else if (report.type === 'started' && report.terminal) {
				terminalFrom = this.raw.length;
				await this.typeKeys(step.keys ?? [], terminalFrom, deadline);
			} else if (report.type === 'idle') {
				await this.shown(report);
				break;
			}
		}

		await this.settle();
		if (step.expect) {
			const text = output + (terminalFrom === undefined ? '' : stripVTControlCharacters(this.raw.slice(terminalFrom)));
			if (!step.expect.test(stripVTControlCharacters(text))) {
				throw this.fail('expectFailed', step, {pattern: step.expect.source});
			}
		}
	}

	/** Types the step's answer once the question is on screen, again if it was typed too early to count. */
	private async answer(step: RunStep, from: number, deadline: number): Promise<void> {
		if (!step.answer) {
			throw this.fail('unexpectedQuestion', step);
		}

		await this.settle();
		await this.wait(0.8);
		// Keys typed before the question has been shown this long do not answer it (see question-keys.ts).
		await sleep(defaultGraceMs + 100);
		for (let attempt = 0; ; attempt++) {
			await this.press(step.answer);
			try {
				await this.server!.next(from, report => ['answered', 'cancelled', 'started', 'idle'].includes(report.type), Math.min(deadline, performance.now() + defaultGraceMs + 300), this.exited);
				return;
			} catch (error) {
				if (!(error instanceof TimeoutError) || attempt >= 10 || performance.now() > deadline) {
					throw this.fail('stepTimeout', step, {seconds: step.timeoutSeconds});
				}
			}
		}
	}

	/** Keys for an interactive container: each line once its shell shows a prompt. */
	private async typeKeys(keys: readonly Key[], since: number, deadline: number): Promise<void> {
		let promptFrom = since;
		for (const key of keys) {
			if (key.kind === 'text') {
				await this.waitForShellPrompt(promptFrom, deadline);
				await this.type(key.text);
			} else {
				const before = this.raw.length;
				await this.press(keyBytes(key));
				if (key.name === 'Enter') {
					promptFrom = before;
				}
			}
		}
	}

	private async waitForShellPrompt(since: number, deadline: number): Promise<void> {
		const giveUp = Math.min(deadline, performance.now() + promptTimeoutMs);
		while (performance.now() < giveUp) {
			const shown = stripVTControlCharacters(this.raw.slice(since)).trimEnd();
			if (shown !== '' && shellPrompt.test(shown) && !this.collector.pending) {
				return;
			}

			await Promise.race([this.collector.nextFrame(), sleep(100)]);
		}
	}

	private async runHidden(step: RunStep): Promise<void> {
		const {docker, shell, env, cwd} = this.options;
		const outcome = await runHiddenStep(step.command, {docker, shell, env: definedValues(env), cwd, timeoutMs: step.timeoutSeconds * 1000});
		if (outcome.kind === 'not-runnable') {
			throw this.fail('hiddenNotDocker', step);
		}

		if (outcome.kind === 'failed') {
			throw this.fail('hiddenFailed', step, {reason: outcome.reason});
		}

		if (step.expect && !step.expect.test(stripVTControlCharacters(outcome.output))) {
			throw this.fail('expectFailed', step, {pattern: step.expect.source});
		}
	}

	private async nextReport(step: RunStep, from: number, deadline: number): Promise<{report: ReplReport; index: number}> {
		try {
			return await this.server!.next(from, report => ['output', 'question', 'refused', 'started', 'idle'].includes(report.type), deadline, this.exited);
		} catch {
			throw this.exitCode === undefined
				? this.fail('stepTimeout', step, {seconds: step.timeoutSeconds})
				: this.fail('replExited', step, {code: this.exitCode});
		}
	}

	/** Waits until the terminal has shown what the REPL wrote before this report. */
	private async shown(report: ReplReport): Promise<void> {
		const sync = 'sync' in report ? report.sync : 0;
		while (this.shownSync < sync && this.exitCode === undefined) {
			await new Promise<void>(resolve => {
				const waiter = () => {
					this.syncWaiters.delete(waiter);
					resolve();
				};

				this.syncWaiters.add(waiter);
				setTimeout(waiter, 1000);
			});
		}
	}

	private async expectReport(step: Step, from: number, match: (report: ReplReport) => boolean, timeoutMs: number): Promise<ReplReport> {
		try {
			return (await this.server!.next(from, match, performance.now() + timeoutMs, this.exited)).report;
		} catch {
			throw this.fail('stepTimeout', step, {seconds: timeoutMs / 1000});
		}
	}

	private async type(text: string): Promise<void> {
		for (const character of text) {
			await this.press(character);
		}
	}

	private previousKey: string | undefined;

	/** One keystroke after a human-looking delay; in a recording, waits for its echo. */
	private async press(bytes: string): Promise<void> {
		await this.wait(this.rhythm(this.previousKey, bytes));
		this.previousKey = bytes;
		this.terminal?.write(bytes);
		if (!this.options.live) {
			await Promise.race([this.collector.nextFrame(), sleep(echoTimeoutMs)]);
		}
	}

	/** Recording: the cast's clock moves on, nobody waits. Live: the audience waits for real. */
	private async wait(seconds: number): Promise<void> {
		if (this.options.live) {
			await sleep(seconds * 1000);
		} else {
			this.clock.advance(seconds);
		}
	}

	/** Lets the frame being written finish, so a marker never lands inside one. */
	private async settle(): Promise<void> {
		while (this.collector.pending) {
			await this.collector.nextFrame();
		}
	}

	private marker(label: string): void {
		this.recorder.marker(this.clock.now(), label);
	}

	private fail(key: 'stepTimeout' | 'expectFailed' | 'unexpectedQuestion' | 'refused' | 'replExited' | 'hiddenNotDocker' | 'hiddenFailed', step: Step, params: Record<string, string | number> = {}): StepFailure {
		const label = step.kind === 'run' ? step.command : (step.kind === 'say' ? step.text : `pause ${step.seconds}`);
		return new StepFailure(this.t(key, {file: this.options.file, line: step.line, step: label, ...params}));
	}
}

function definedValues(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

async function sleep(milliseconds: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, milliseconds);
	});
}
