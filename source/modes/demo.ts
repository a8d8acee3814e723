import {readFile, writeFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {resolveDockerBinary} from '../docker/binary.js';
import {pseudoTerminalSupport} from '../docker/pseudo-terminal.js';
import {formatCast, type CastFormat} from '../demo/cast-format.js';
import {demoMessages, type DemoTranslate} from '../demo/messages.js';
import {demoNames, lessonSteps} from '../demo/lesson-steps.js';
import {playDemo, type PlayOptions} from '../demo/player.js';
import {secretValues} from '../demo/secrets.js';
import {isLang, type Lang} from '../i18n/catalogue.js';
import {detectLang} from '../i18n/detect-lang.js';
import {lessonsFolder, loadLesson} from '../lesson/lesson-files.js';
import {parseDemoScript} from '../script/parse-demo-script.js';
import {ScriptError} from '../script/script-error.js';
import type {DemoScript, Step} from '../script/types.js';

export type DemoIo = {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WritableStream;
	env: NodeJS.ProcessEnv;
	cwd: string;
	/** How to start dockwise itself in the pseudo-terminal. */
	repl: {file: string; args: readonly string[]};
};

type DemoOptions = {
	record?: string;
	format: CastFormat;
	seed: number;
	speed: number;
	idleLimit: number;
	redact: boolean;
	manual: boolean;
	lang?: Lang;
	docker?: string;
};

/**
`dockwise demo SCRIPT [options]`: plays a demo script through the REPL, live or
recorded as an asciicast. Resolves to the exit code: 0 played, 1 a step failed
(the cast is still written up to it), 2 usage or script errors.
*/
export async function runDemo(args: string[], io: DemoIo): Promise<number> {
	let t = demoMessages(detectLang(io.env));
	const parsed = parseDemoArgs(args, t);
	if ('error' in parsed) {
		io.stderr.write(`${parsed.error}\n`);
		return 2;
	}

	if ('help' in parsed) {
		io.stdout.write(`${t('usage')}\n`);
		return 0;
	}

	const {file, options} = parsed;
	const messageLang = options.lang ?? detectLang(io.env);
	t = demoMessages(messageLang);
	let script: DemoScript;
	try {
		script = parseDemoScript(await readFile(file, 'utf8'), file, messageLang);
	} catch (error) {
		io.stderr.write(`${describeLoadError(error, file, t)}\n`);
		return 2;
	}

	const lang = options.lang ?? script.lang ?? detectLang(io.env);
	t = demoMessages(lang);
	let played: {file: string; steps: Step[]; title: string};
	try {
		played = await playedSteps(script, file, lang, io.env);
	} catch (error) {
		io.stderr.write(`${describeLoadError(error, file, t)}\n`);
		return 2;
	}

	const support = await pseudoTerminalSupport();
	if (support.kind !== 'ready') {
		io.stderr.write(`${support.kind === 'missing' ? t('needsPty') : t('brokenPty', {reason: support.reason})}\n`);
		return 2;
	}

	const live = options.record === undefined;
	const {steps, title} = played;
	const playOptions: PlayOptions = {
		file: played.file,
		steps,
		size: live && io.stdout.isTTY ? {columns: io.stdout.columns, rows: io.stdout.rows} : script.size,
		lang,
		repl: io.repl,
		env: io.env,
		cwd: io.cwd,
		docker: resolveDockerBinary(options.docker, io.env),
		shell: io.env['SHELL'] || '/bin/sh',
		seed: options.seed,
		speed: options.speed,
		idleLimit: options.idleLimit,
		secrets: secretValues(steps, io.env),
		redactIds: options.redact,
	};
	if (live) {
		playOptions.live = {
			write(data) {
				io.stdout.write(data);
			},
			...(options.manual ? {waitForEnter: async () => waitForEnter(io.stdin)} : {}),
		};
	}

	const {recorder, failure} = await playDemo(playOptions);
	if (options.record !== undefined) {
		const cast = formatCast({columns: playOptions.size.columns, rows: playOptions.size.rows, title}, recorder.events, options.format);
		try {
			await writeFile(options.record, cast);
		} catch (error) {
			io.stderr.write(`${t('unwritable', {file: options.record, reason: reasonOf(error)})}\n`);
			return 1;
		}
	}

	if (failure) {
		io.stderr.write(`${failure}\n`);
		if (options.record !== undefined) {
			io.stderr.write(`${t('failedRecorded', {file: options.record})}\n`);
		}

		return 1;
	}

	if (options.record !== undefined) {
		io.stderr.write(`${t('recorded', {file: options.record, events: recorder.events.length, markers: recorder.markers, seconds: recorder.duration.toFixed(1)})}\n`);
	}

	return 0;
}

/** The steps to play: the script's own, or its lesson's stages with demo names (errors then point into the lesson file). */
async function playedSteps(script: DemoScript, file: string, lang: Lang, env: NodeJS.ProcessEnv): Promise<{file: string; steps: Step[]; title: string}> {
	if (script.play.kind === 'steps') {
		return {file, steps: script.play.steps, title: script.title};
	}

	const lesson = await loadLesson(lessonsFolder(env), script.play.name, lang);
	return {file: lesson.file, steps: lessonSteps(lesson, demoNames(lesson.names)), title: script.title || lesson.title};
}

function parseDemoArgs(args: string[], t: DemoTranslate): {file: string; options: DemoOptions} | {help: true} | {error: string} {
	let values;
	let positionals;
	try {
		({values, positionals} = parseArgs({
			args,
			strict: true,
			allowPositionals: true,
			options: {
				help: {type: 'boolean', short: 'h'},
				record: {type: 'string'},
				format: {type: 'string'},
				seed: {type: 'string'},
				speed: {type: 'string'},
				'idle-limit': {type: 'string'},
				redact: {type: 'boolean'},
				manual: {type: 'boolean'},
				lang: {type: 'string'},
				docker: {type: 'string'},
			},
		}));
	} catch (error) {
		return {error: t('badOption', {problem: reasonOf(error).split('\n')[0]!.replace(/\.$/, '')})};
	}

	if (values.help) {
		return {help: true};
	}

	if (positionals.length === 0) {
		return {error: t('missingScript')};
	}

	if (positionals.length > 1) {
		return {error: t('tooManyScripts', {count: positionals.length})};
	}

	if (values.lang !== undefined && !isLang(values.lang)) {
		return {error: t('badOption', {problem: `unknown language "${values.lang}" (use en or fr)`})};
	}

	const format = values.format ?? 'v2';
	if (format !== 'v2' && format !== 'v3') {
		return {error: t('badFormat', {value: format})};
	}

	const numbers: Record<string, number> = {};
	for (const [option, fallback, integer] of [['seed', 1, true], ['speed', 1, false], ['idle-limit', 1, false]] as const) {
		const text = values[option];
		const value = text === undefined ? fallback : Number(text);
		if (!Number.isFinite(value) || value < 0 || (option !== 'seed' && value === 0) || (integer && !Number.isInteger(value))) {
			return {error: t('badNumber', {option, value: text ?? ''})};
		}

		numbers[option] = value;
	}

	const options: DemoOptions = {
		format,
		seed: numbers['seed']!,
		speed: numbers['speed']!,
		idleLimit: numbers['idle-limit']!,
		redact: values.redact ?? false,
		manual: values.manual ?? false,
	};
	if (values.record !== undefined) {
		options.record = values.record;
	}

	if (values.lang !== undefined) {
		options.lang = values.lang;
	}

	if (values.docker !== undefined) {
		options.docker = values.docker;
	}

	return {file: positionals[0]!, options};
}

function describeLoadError(error: unknown, file: string, t: DemoTranslate): string {
	if (error instanceof ScriptError) {
		return error.message;
	}

	return t('unreadable', {file, reason: reasonOf(error)});
}

function reasonOf(error: unknown): string {
	const {code, message} = error as {code?: string; message?: string};
	if (code === 'ENOENT') {
		return 'no such file';
	}

	return message ?? String(error);
}

/** Presenter mode: the next step starts when the presenter presses Enter (Ctrl-C stops). */
async function waitForEnter(stdin: NodeJS.ReadStream): Promise<void> {
	if (!stdin.isTTY) {
		return;
	}

	stdin.setRawMode(true);
	stdin.resume();
	try {
		await new Promise<void>(resolve => {
			const onData = (data: Buffer) => {
				const text = data.toString();
				if (text.includes('\u0003')) {
					process.exit(130);
				}

				if (text.includes('\r') || text.includes('\n')) {
					stdin.off('data', onData);
					resolve();
				}
			};

			stdin.on('data', onData);
		});
	} finally {
		stdin.setRawMode(false);
		stdin.pause();
	}
}
