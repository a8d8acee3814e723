import type {Session} from './session.js';
import {formatMessage, type MessageLevel} from './transcript-format.js';
import type {DockerState} from '../state/types.js';
import {volumeToRead} from '../lesson/check-kinds.js';
import {evaluateCheck, type CommandObservation} from '../lesson/evaluate-check.js';
import {lessonsFolder, loadLesson} from '../lesson/lesson-files.js';
import {lessonMessages, type LessonTranslate} from '../lesson/messages.js';
import {fillPlaceholders} from '../lesson/placeholders.js';
import {freeSuffix, suffixedNames, type LessonProgress} from '../lesson/progress.js';
import {conflictQuestion, keyForChoice, type ConflictChoice, type TakenName} from '../lesson/name-conflict.js';
import {forgetProgress, progressFile, readProgress, writeProgress} from '../lesson/progress-store.js';
import {commandText, createdNames, lessonForRemoteEngine, stageLines} from '../lesson/render-stage.js';
import {escapeControls} from '../text/escape-controls.js';
import {describeError} from './error-reason.js';
import type {Lesson} from '../lesson/types.js';

/** What the live area shows of a running lesson. */
export type LessonView = {
	name: string;
	title: string;
	number: number;
	total: number;
	stageTitle: string;
	readOnly: boolean;
};

/** A command as the session saw it end, with the engine's state before and after. */
export type SettledCommand = Omit<CommandObservation, 'contents'>;

const loadWaitMs = 10_000;

/**
One guided lesson running in a session: prints each stage, checks every command
the learner runs against the stage's check (on the real engine's state), gives
the stage's hint when it fails, moves on when it passes, saves where the learner
is after each move, and offers at the end to remove what it created.
*/
export class LessonRun {
	/** Loads the lesson and starts it (or resumes it); says why and returns undefined when it cannot. */
	static async start(session: Session, name: string): Promise<LessonRun | undefined> {
		const {lang} = session.getSnapshot();
		const {env, home} = session.options;
		let lesson: Lesson;
		try {
			lesson = await loadLesson(lessonsFolder(env), name, lang);
		} catch (error) {
			session.transcript.write(formatMessage([error instanceof Error ? error.message : String(error)], 'error', session.transcript.width()));
			return undefined;
		}

		const file = progressFile({env, home}, name);
		const saved = await readProgress(file);
		await session.refreshEngine();
		const engine = session.getSnapshot().engine;
		if (session.engineHost() !== undefined) {
			lesson = lessonForRemoteEngine(lesson);
		}

		const readOnly = engine.state !== 'ready';
		const state = readOnly ? undefined : await loadedState(session);
		const resumed = saved !== undefined && saved.stage > 0 && saved.stage < lesson.stages.length;
		const progress: LessonProgress = resumed ? saved : {stage: 0, suffix: '', passed: [], lostFiles: [], reused: []};
		const t = lessonMessages(lesson.lang);
		const say = (lines: readonly string[], level: MessageLevel = 'info') => {
			session.transcript.write(formatMessage(lines, level));
		};

		say([t('header', {title: lesson.title}), ...(resumed ? [] : lesson.intro.split('\n'))]);
		if (!resumed && state) {
			const choice = await askAboutTakenNames(session, lesson, state, progress);
			if (choice === 'quit') {
				say([t('declined', {name: lesson.name})]);
				return undefined;
			}
		}

		const run = new LessonRun(session, lesson, file, progress, readOnly);
		const names = run.ownNames();
		const creates = [...names.volumes, ...names.containers].join(', ');
		run.say([
			t(readOnly ? 'wouldCreate' : 'willCreate', {names: creates}),
			...(progress.reused.length > 0 ? [t('willUse', {names: progress.reused.join(', ')})] : []),
		]);
		if (readOnly) {
			run.say([t('readOnly', {reason: t(`engine-${engine.state}`)})], 'warning');
		}

		if (resumed) {
			run.say([t('resumed', {number: progress.stage + 1, total: lesson.stages.length})]);
		}

		await run.goTo(progress.stage);
		return run;
	}

	ended = false;
	private readonly t: LessonTranslate;
	private tryIndex = 0;

	private constructor(
		private readonly session: Session,
		readonly lesson: Lesson,
		private readonly file: string,
		private readonly progress: LessonProgress,
		readonly readOnly: boolean,
	) {
		this.t = lessonMessages(lesson.lang);
	}

	/** Placeholder values of this run: the lesson's names with the run's suffix. */
	get values(): Record<string, string> {
		return suffixedNames(this.lesson.names, this.progress.suffix);
	}

	get stageIndex(): number {
		return this.progress.stage;
	}

	view(): LessonView | undefined {
		if (this.ended) {
			return undefined;
		}

		const stage = this.lesson.stages[this.progress.stage]!;
		return {name: this.lesson.name, title: this.lesson.title, number: this.progress.stage + 1, total: this.lesson.stages.length, stageTitle: stage.title, readOnly: this.readOnly};
	}

	/** Checks what a command did against the current stage. */
	async observe(command: SettledCommand): Promise<void> {
		if (this.ended) {
			return;
		}

		if (this.readOnly) {
			// Said after each command, so that a docker error is not taken for the lesson's verdict.
			this.say([this.t('notChecked')]);
			return;
		}

		const stage = this.lesson.stages[this.progress.stage]!;
		if (stage.check.kind === 'none') {
			return;
		}

		const check = fillCheck(stage.check, this.values);
		const volume = volumeToRead(check);
		let contents;
		if (volume && command.after.volumes[volume]) {
			contents = await this.session.tracker.volumeContents(volume).catch(() => undefined);
		}

		const result = evaluateCheck(check, {...command, ...(contents ? {contents} : {})});
		if (result.status === 'pending') {
			return;
		}

		if (result.status === 'fail') {
			const hint = fillPlaceholders(stage.hints[result.code] ?? '', {...this.values, found: escapeControls(result.found ?? '')});
			this.say(this.t('failedHint', {hint: hint.replaceAll('\n', ' ')}).split('\n'), 'warning');
			return;
		}

		if (check.kind === 'lost-file') {
			this.progress.lostFiles = [...new Set([...this.progress.lostFiles, check.path])];
		}

		this.progress.passed = [...new Set([...this.progress.passed, stage.id])];
		this.say([this.t('passed', {title: stage.title}), ...fillPlaceholders(stage.done, this.values).split('\n')]);
		await this.goTo(this.progress.stage + 1);
	}

	async next(): Promise<void> {
		await this.goTo(this.progress.stage + 1);
	}

	async back(): Promise<void> {
		if (this.progress.stage === 0) {
			this.say([this.t('firstStage')]);
			return;
		}

		await this.goTo(this.progress.stage - 1);
	}

	/** The next command of the stage to put in the prompt (each call offers the following one). */
	tryCommand(): string | undefined {
		const stage = this.lesson.stages[this.progress.stage];
		if (!stage || stage.try.length === 0) {
			this.say([this.t('noCommand')]);
			return undefined;
		}

		const step = stage.try[this.tryIndex % stage.try.length]!;
		this.tryIndex++;
		return commandText(step, this.values);
	}

	/** `:quit` during the lesson: saves where the learner is, then offers to remove what the lesson created. */
	async quit(): Promise<void> {
		await this.save();
		this.say([this.t('quitLesson', {number: this.progress.stage + 1, total: this.lesson.stages.length, name: this.lesson.name})]);
		this.end();
	}

	/** The commands that remove what the lesson created and is still there: containers first, then volumes. */
	cleanupCommands(): string[] {
		const state = this.session.getDockerState();
		const {volumes, containers} = this.leftovers(state);
		return [
			...(containers.length > 0 ? [`docker container rm --force ${containers.join(' ')}`] : []),
			...volumes.map(volume => `docker volume rm ${volume}`),
		];
	}

	keep(): void {
		const {volumes, containers} = this.leftovers(this.session.getDockerState());
		this.say([this.t('kept', {names: [...containers, ...volumes].join(', ') || '-'})]);
	}

	/** What this run creates: the lesson's objects with the run's names, less the user's volumes it works in. */
	ownNames(): {volumes: string[]; containers: string[]} {
		const names = createdNames(this.lesson, this.values);
		return {volumes: names.volumes.filter(name => !this.progress.reused.includes(name)), containers: names.containers};
	}

	private leftovers(state: DockerState): {volumes: string[]; containers: string[]} {
		const names = this.ownNames();
		return {volumes: names.volumes.filter(name => state.volumes[name]), containers: names.containers.filter(name => exists(state, name) && !state.volumes[name])};
	}

	private end(): void {
		this.ended = true;
		this.session.setLessonView(undefined);
		if (this.readOnly) {
			return;
		}

		const {volumes, containers} = this.leftovers(this.session.getDockerState());
		const names = [...containers, ...volumes];
		this.say([names.length > 0 ? this.t('cleanupOffer', {names: names.join(', ')}) : this.t('nothingToClean')]);
	}

	private async goTo(index: number): Promise<void> {
		const total = this.lesson.stages.length;
		if (index >= total) {
			this.say([this.readOnly ? this.t('finishedReadOnly') : this.t('finished', {passed: this.progress.passed.length, total})]);
			await forgetProgress(this.file).catch(() => undefined);
			this.end();
			return;
		}

		this.progress.stage = Math.max(0, index);
		this.tryIndex = 0;
		await this.save();
		const values = {...this.values, ...await this.facts()};
		this.say(stageLines(this.lesson, this.progress.stage, values, this.t));
		if (this.lesson.stages[this.progress.stage]!.check.kind === 'none' || this.readOnly) {
			this.say([this.t(this.readOnly ? 'cannotCheck' : 'noCheck')]);
		}

		this.session.setLessonView(this.view());
	}

	/** What the learner's own session showed, for the closing texts. */
	private async facts(): Promise<Record<string, string>> {
		const [volume] = createdNames(this.lesson, this.values).volumes;
		if (this.readOnly) {
			return {lostFiles: this.t('notRead'), volumeFileCount: '?', volumeFiles: this.t('notRead')};
		}

		const facts: Record<string, string> = {lostFiles: this.progress.lostFiles.join(', ') || '-', volumeFileCount: '0', volumeFiles: '-'};
		if (!volume || !this.session.getDockerState().volumes[volume]) {
			return facts;
		}

		const usesFacts = this.lesson.stages[this.progress.stage]!.say.includes('{volumeFile');
		const contents = usesFacts ? await this.session.tracker.volumeContents(volume).catch(() => undefined) : undefined;
		if (contents) {
			facts['volumeFileCount'] = String(contents.fileCount);
			facts['volumeFiles'] = escapeControls(contents.files.map(file => file.path).join(', ') || '-');
		}

		return facts;
	}

	private async save(): Promise<void> {
		try {
			await writeProgress(this.file, this.progress);
		} catch (error) {
			this.say([this.t('progressUnsaved', {reason: error instanceof Error ? error.message : String(error)})], 'warning');
		}
	}

	private say(lines: readonly string[], level: MessageLevel = 'info'): void {
		this.session.transcript.write(formatMessage(lines, level, this.session.transcript.width()));
	}
}

/**
When something of the user's already has a name the lesson would create, asks
what to do before anything is created: other names (a free suffix), the user's
empty volume as it is, or no lesson. Sets the run's suffix or reused volumes.
*/
async function askAboutTakenNames(session: Session, lesson: Lesson, state: DockerState, progress: LessonProgress): Promise<ConflictChoice | undefined> {
	const defaults = createdNames(lesson, lesson.names);
	const all = [...defaults.volumes, ...defaults.containers];
	const takenNames = all.filter(name => exists(state, name));
	if (takenNames.length === 0) {
		return undefined;
	}

	const taken: TakenName[] = await Promise.all(takenNames.map(async (name): Promise<TakenName> => {
		if (!state.volumes[name]) {
			return {name, kind: 'container'};
		}

		try {
			const contents = await session.tracker.volumeContents(name);
			return {name, kind: 'volume', fileCount: contents.fileCount};
		} catch (error) {
			return {name, kind: 'volume', unreadReason: describeError(error, lesson.lang)};
		}
	}));
	const suffix = freeSuffix(all, name => exists(state, name));
	const proposed = createdNames(lesson, suffixedNames(lesson.names, suffix));
	const t = lessonMessages(lesson.lang);
	const question = conflictQuestion(taken, [...proposed.volumes, ...proposed.containers], lesson.lang, t);
	const choice = await session.askLessonQuestion(question);
	// The question leaves the live area: the transcript keeps it, with the answer.
	session.transcript.write(formatMessage([...question.lines, `${question.question} ${keyForChoice(choice, lesson.lang)}`], 'warning'));
	if (choice === 'suffix') {
		progress.suffix = suffix;
	} else if (choice === 'reuse') {
		progress.reused = taken.map(item => item.name);
	}

	return choice;
}

function fillCheck<Check extends Record<string, string>>(check: Check, values: Readonly<Record<string, string>>): Check {
	return Object.fromEntries(Object.entries(check).map(([key, value]) => [key, fillPlaceholders(value, values)])) as Check;
}

function exists(state: DockerState, name: string): boolean {
	return state.volumes[name] !== undefined || Object.values(state.containers).some(container => container.name === name);
}

/** The engine's state once its first complete load is in (or as it is after a while). */
async function loadedState(session: Session): Promise<DockerState> {
	session.startBackgroundWork();
	const current = session.getDockerState();
	if (current.loaded) {
		return current;
	}

	return new Promise(resolve => {
		const timer = setTimeout(() => {
			unsubscribe();
			resolve(session.getDockerState());
		}, loadWaitMs);
		const unsubscribe = session.subscribeDockerState(() => {
			const state = session.getDockerState();
			if (state.loaded || state.engine.kind === 'away') {
				clearTimeout(timer);
				unsubscribe();
				resolve(state);
			}
		});
	});
}
