import type {Lang} from '../i18n/catalogue.js';
import {lessonsFolder, loadLesson} from './lesson-files.js';

export {lessonListLines} from './lesson-builtins.js';

/** Why `dockwise learn NAME` cannot start (unknown lesson, bad file), or undefined. */
export async function checkLessonExists(env: Readonly<Record<string, string | undefined>>, name: string, lang: Lang): Promise<string | undefined> {
	try {
		await loadLesson(lessonsFolder(env), name, lang);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}
