import type {Session} from './session.js';
import type {MessageLevel} from './transcript-format.js';
import {LessonRun} from './lesson-run.js';
import {lessonMessages} from '../lesson/messages.js';
import {lessonListLines} from '../lesson/lesson-cli.js';

export type LessonBuiltin = 'learn' | 'next' | 'back' | 'skip' | 'try' | 'clean' | 'keep';

type Context = {
	session: Session;
	say: (lines: readonly string[], level?: MessageLevel) => void;
};

const starting = new WeakSet<Session>();

/** Starts a lesson in a session and has it check every command that ends. */
export async function startLesson(session: Session, name: string): Promise<void> {
	if (starting.has(session)) {
		return;
	}

	starting.add(session);
	try {
		await startLessonNow(session, name);
	} finally {
		starting.delete(session);
	}
}

async function startLessonNow(session: Session, name: string): Promise<void> {
	const current = session.lesson;
	if (current && !current.ended) {
		const view = current.view()!;
		session.transcript.write(`${lessonMessages(session.getSnapshot().lang)('alreadyRunning', {name: view.name, number: view.number, total: view.total})}\n`);
		return;
	}

	const run = await LessonRun.start(session, name);
	if (!run) {
		return;
	}

	session.lesson = run;
	// The pipeline says what ran and how it ended; the session, once the engine settled, the states around it.
	following.get(session)?.();
	let last: {args: readonly string[]; exitCode: number | undefined} = {args: [], exitCode: undefined};
	const stop = session.commands?.on(event => {
		if (event.type === 'started') {
			last = {args: event.file === session.options.docker ? event.args : [], exitCode: undefined};
		} else if (event.type === 'ended') {
			last = {...last, exitCode: event.outcome.exitCode};
		}
	});
	if (stop) {
		following.set(session, stop);
	}

	session.settledListeners.clear();
	session.settledListeners.add(async states => run.observe({...last, ...states}));
}

const following = new WeakMap<Session, () => void>();

/** What `:learn`, `:next`, `:back`, `:skip`, `:try`, `:clean` and `:keep` do in the REPL. */
export async function runLessonBuiltin(name: LessonBuiltin, args: readonly string[], {session, say}: Context): Promise<void> {
	const {lang} = session.getSnapshot();
	const t = lessonMessages(lang);
	if (name === 'learn') {
		const [lesson] = args;
		if (lesson) {
			await startLesson(session, lesson);
		} else {
			say(await lessonListLines(session.options.env, lang));
		}

		return;
	}

	const run = session.lesson;
	if (!run) {
		say([t('noLesson')], 'error');
		return;
	}

	switch (name) {
		case 'clean': {
			const commands = run.cleanupCommands();
			if (commands.length === 0) {
				say([lessonMessages(run.lesson.lang)('nothingToClean')]);
			}

			// Through the pipeline like typed lines: echoed, and the guard asks before data goes.
			for (const command of commands) {
				session.commands?.submit(command);
			}

			return;
		}

		case 'keep': {
			run.keep();
			return;
		}

		default: {
			break;
		}
	}

	if (run.ended) {
		say([t('noLesson')], 'error');
		return;
	}

	switch (name) {
		case 'next':
		case 'skip': {
			await run.next();
			return;
		}

		case 'back': {
			await run.back();
			return;
		}

		case 'try': {
			const command = run.tryCommand();
			if (command !== undefined) {
				session.fillPrompt(command);
			}
		}
	}
}
