import {existsSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {isLang, type Lang} from '../i18n/catalogue.js';
import {ScriptError} from '../script/script-error.js';
import {lessonMessages} from './messages.js';
import type {Lesson} from './types.js';

const lessonFileName = /^([a-z\d][a-z\d-]*)\.([a-z]{2})\.yaml$/;

/**
The `lessons/` folder shipped with the package: next to `dist/` once bundled
(dist/cli.cjs), two levels up from this file when run from source.
`DOCKWISE_LESSONS_DIR` points elsewhere (a teacher's own lessons, tests).
*/
export function lessonsFolder(env: Readonly<Record<string, string | undefined>>): string {
	const override = env['DOCKWISE_LESSONS_DIR'];
	if (override) {
		return path.resolve(override);
	}

	const candidates = ['../lessons', '../../lessons'].map(relative => fileURLToPath(new URL(relative, import.meta.url)));
	return candidates.find(candidate => existsSync(candidate)) ?? candidates[0]!;
}

/** Lesson names with the languages each is written in, sorted. */
export async function listLessonNames(folder: string): Promise<Map<string, Lang[]>> {
	let entries: string[];
	try {
		entries = await readdir(folder);
	} catch {
		return new Map();
	}

	const lessons = new Map<string, Lang[]>();
	for (const entry of entries.sort()) {
		const match = lessonFileName.exec(entry);
		if (match && isLang(match[2]!)) {
			lessons.set(match[1]!, [...(lessons.get(match[1]!) ?? []), match[2]]);
		}
	}

	return lessons;
}

/**
Reads and parses one lesson in `lang`, falling back to the other language when it
is not written in that one. Throws a ScriptError (`FILE:LINE: message`) for a bad
file or an unknown lesson.
*/
export async function loadLesson(folder: string, name: string, lang: Lang): Promise<Lesson> {
	const available = (await listLessonNames(folder)).get(name);
	if (!available) {
		const known = [...(await listLessonNames(folder)).keys()].join(', ') || '-';
		throw new ScriptError(lessonMessages(lang)('unknownLesson', {name, known}), folder, 0);
	}

	const fileLang = available.includes(lang) ? lang : available[0]!;
	const file = path.join(folder, `${name}.${fileLang}.yaml`);
	const source = await readFile(file, 'utf8');
	// The YAML parser is loaded when a lesson starts, not with the REPL (see scripts/build.mjs).
	const {parseLesson} = await import('./parse-lesson.js');
	return parseLesson(source, {file: path.relative(process.cwd(), file) || file, name, fileLang, lang});
}
