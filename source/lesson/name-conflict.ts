import type {Lang} from '../i18n/catalogue.js';
import type {LessonTranslate} from './messages.js';

/** Something already on the engine under a name the lesson would create. */
export type TakenName = {
	name: string;
	kind: 'volume' | 'container';
	/** Files in the volume; undefined when they could not be read (then it may hold data). */
	fileCount?: number;
	/** Why they could not be read, in the learner's language. */
	unreadReason?: string;
};

/** What the learner answers when names are taken: other names, the user's empty volume as it is, or no lesson. */
export type ConflictChoice = 'suffix' | 'reuse' | 'quit';

/** The question asked before a lesson whose names are taken; nothing is created until it is answered. */
export type ConflictQuestion = {
	/** What is taken, one line each. */
	lines: string[];
	/** The question itself, ending with its keys (`[Y/n]`, `[Y/n/r]`). */
	question: string;
	/** What each key does. */
	help: string;
	choices: ConflictChoice[];
	lang: Lang;
};

/** An empty volume of the user's may serve as it is: nothing of theirs can be lost in it. Never a container (its name would clash). */
export function canReuse(taken: readonly TakenName[]): boolean {
	return taken.length > 0 && taken.every(item => item.kind === 'volume' && item.fileCount === 0);
}

export function conflictQuestion(taken: readonly TakenName[], proposed: readonly string[], lang: Lang, t: LessonTranslate): ConflictQuestion {
	const reuse = canReuse(taken);
	const lines = taken.map(item => {
		if (item.kind === 'container') {
			return t('takenContainer', {name: item.name});
		}

		if (item.fileCount === undefined) {
			return item.unreadReason === undefined ? t('takenVolumeUnread', {name: item.name}) : t('takenVolumeUnreadBecause', {name: item.name, reason: item.unreadReason});
		}

		return item.fileCount === 0 ? t('takenVolumeEmpty', {name: item.name}) : t('takenVolumeFiles', {name: item.name, count: item.fileCount});
	});
	const volumes = taken.map(item => item.name).join(', ');
	return {
		lines,
		question: t(reuse ? 'askSuffixOrReuse' : 'askSuffix', {names: proposed.join(', ')}),
		help: reuse ? `${t('answerKeys')} · ${t('reuseKey', {names: volumes})}` : t('answerKeys'),
		choices: reuse ? ['suffix', 'quit', 'reuse'] : ['suffix', 'quit'],
		lang,
	};
}

/** The choice a key makes (undefined: not an answer). Enter takes the default, other names: nothing of the user's is touched. */
export function choiceForKey(key: {input: string; return?: boolean; escape?: boolean; ctrl?: boolean}, question: Pick<ConflictQuestion, 'choices' | 'lang'>): ConflictChoice | undefined {
	if (key.escape || (key.ctrl && key.input === 'c')) {
		return 'quit';
	}

	if (key.ctrl) {
		return undefined;
	}

	if (key.return) {
		return 'suffix';
	}

	const input = key.input.toLowerCase();
	if (input === 'y' || (question.lang === 'fr' && input === 'o')) {
		return 'suffix';
	}

	if (input === 'n') {
		return 'quit';
	}

	return input === 'r' && question.choices.includes('reuse') ? 'reuse' : undefined;
}

/** The key that stands for a choice, as the transcript shows the answer. */
export function keyForChoice(choice: ConflictChoice, lang: Lang): string {
	return choice === 'suffix' ? (lang === 'fr' ? 'o' : 'y') : (choice === 'quit' ? 'n' : 'r');
}
