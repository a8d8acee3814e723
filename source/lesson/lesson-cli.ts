import type {Lang} from '../i18n/catalogue.js';
import {lessonsFolder, listLessonNames, loadLesson} from './lesson-files.js';
import {lessonMessages} from './messages.js';

/** Lists the lessons, in the session's language where they have it. */
export async function lessonListLines(env: Readonly<Record<string, string | undefined>>, lang: 'en' | 'fr'): Promise<string[]> {
	const t = lessonMessages(lang);
	const folder = lessonsFolder(env);
	const names = [...(await listLessonNames(folder)).keys()];
	if (names.length === 0) {
		return [t('noLessons', {folder})];
	}

	const lines = [t('listTitle')];
	for (const name of names) {
		try {
			const lesson = await loadLesson(folder, name, lang);
			lines.push(t('listEntry', {name, title: lesson.title, summary: lesson.summary}));
		} catch (error) {
			lines.push(`  ${name}  ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	return lines;
}

/** Why `dockwise learn NAME` cannot start (unknown lesson, bad file), or undefined. */
export async function checkLessonExists(env: Readonly<Record<string, string | undefined>>, name: string, lang: Lang): Promise<string | undefined> {
	try {
		await loadLesson(lessonsFolder(env), name, lang);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}
