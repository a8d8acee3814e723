import {readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {checkSpecs} from '../../source/lesson/check-kinds.js';
import {lessonsFolder, listLessonNames, loadLesson} from '../../source/lesson/lesson-files.js';
import {parseLesson} from '../../source/lesson/parse-lesson.js';
import {lessonForRemoteEngine} from '../../source/lesson/render-stage.js';
import {placeholdersIn} from '../../source/lesson/placeholders.js';
import type {Lesson} from '../../source/lesson/types.js';
import {languages} from '../../source/i18n/catalogue.js';
import {ScriptError} from '../../source/script/index.js';

const folder = lessonsFolder({});

/** Every text of a lesson with where it is, placeholders included (commands and keys too). */
function texts(lesson: Lesson): Array<[string, string]> {
	const all: Array<[string, string]> = [['title', lesson.title], ['summary', lesson.summary], ['intro', lesson.intro]];
	for (const stage of lesson.stages) {
		all.push([`${stage.id} title`, stage.title], [`${stage.id} say`, stage.say], [`${stage.id} done`, stage.done]);
		if (stage.remote) {
			all.push([`${stage.id} remote say`, stage.remote.say]);
		}
		for (const [code, hint] of Object.entries(stage.hints)) {
			all.push([`${stage.id} hint ${code}`, hint]);
		}
	}

	return all;
}

test('every lesson is written in every language, and every file parses', async t => {
	const lessons = await listLessonNames(folder);
	t.true(lessons.has('persistence'));
	for (const [name, langs] of lessons) {
		t.deepEqual([...langs].sort(), [...languages].sort(), `${name} in every language`);
		for (const lang of langs) {
			const lesson = await loadLesson(folder, name, lang);
			t.is(lesson.lang, lang);
			t.true(lesson.stages.length > 0);
		}
	}
});

test('both languages of a lesson have the same stages, checks, hint codes, names, commands and placeholders', async t => {
	for (const name of (await listLessonNames(folder)).keys()) {
		const [en, fr] = await Promise.all([loadLesson(folder, name, 'en'), loadLesson(folder, name, 'fr')]);
		t.deepEqual(fr.names, en.names, `${name}: names`);
		t.deepEqual(fr.creates, en.creates, `${name}: creates`);
		t.deepEqual(fr.stages.map(stage => stage.id), en.stages.map(stage => stage.id), `${name}: stages`);
		for (const [index, stage] of en.stages.entries()) {
			const other = fr.stages[index]!;
			t.deepEqual(other.check, stage.check, `${name} ${stage.id}: check`);
			t.deepEqual(Object.keys(other.hints).sort(), Object.keys(stage.hints).sort(), `${name} ${stage.id}: hint codes`);
			t.deepEqual(Object.keys(stage.hints).sort(), [...checkSpecs[stage.check.kind].codes].sort(), `${name} ${stage.id}: a hint for every failure`);
			t.deepEqual(other.try.map(step => [step.command, step.keys]), stage.try.map(step => [step.command, step.keys]), `${name} ${stage.id}: commands`);
		}

		const enTexts = texts(en);
		const frTexts = texts(fr);
		for (const [index, [where, text]] of enTexts.entries()) {
			t.deepEqual(new Set(placeholdersIn(frTexts[index]![1])), new Set(placeholdersIn(text)), `${name} ${where}: placeholders`);
			if (text.length > 30) {
				t.not(frTexts[index]![1], text, `${name} ${where} is translated`);
			}
		}
	}
});

test('French lesson texts put a non-breaking space before two-part punctuation', async t => {
	for (const name of (await listLessonNames(folder)).keys()) {
		const fr = await loadLesson(folder, name, 'fr');
		for (const [where, text] of texts(fr)) {
			// `:next`, `$HOME:/home`, `dst=/x` are not punctuation.
			const prose = text.replaceAll(/\S*[:/=$]\S*/g, word => /[a-zé)]\s?[;:!?]$/i.test(word) ? word : '');
			t.notRegex(prose, /[a-zàâçéèêëîïôûù)»] ?[;:!?](\s|$)/i, `${where}: ${text}`);
			t.notRegex(text, /« | »/, `${where}: guillemets take non-breaking spaces`);
		}
	}
});

const minimal = `lesson: demo
lang: en
title: Demo
summary: A demo.
intro: Hello.
names:
  volume: v
stages:
  - id: one
    title: One
    say: Create {volume}.
    try:
      - run: docker volume create {volume}
    check: {kind: volume-inspected, volume: '{volume}'}
    hints:
      other-name: Not {found}.
      missing: Create it.
    done: Done.
`;

function parse(source: string) {
	return parseLesson(source, {file: 'demo.en.yaml', name: 'demo', fileLang: 'en', lang: 'en'});
}

test('a minimal lesson parses; adding one needs no code', t => {
	const lesson = parse(minimal);
	t.is(lesson.stages[0]!.check.kind, 'volume-inspected');
	t.is(lesson.stages[0]!.try[0]!.command, 'docker volume create {volume}');
});

test('lesson file errors name the file and line, in the user\'s words', t => {
	const cases: Array<[string, RegExp]> = [
		[minimal.replace('kind: volume-inspected', 'kind: volume-exists'), /^demo\.en\.yaml:14: "check" needs "kind", one of: none, lost-file/],
		[minimal.replace('      missing: Create it.\n', ''), /^demo\.en\.yaml:\d+: a volume-inspected check can fail with "missing": write its hint/],
		[minimal.replace('Create {volume}.', 'Create {volum}.'), /^demo\.en\.yaml:11: unknown placeholder \{volum\}/],
		[minimal.replace('      missing: Create it.\n', '      missing: Create it.\n      typo: Oops.\n'), /hint "typo" is not a failure of a volume-inspected check/],
		[minimal.replace('lesson: demo', 'lesson: other'), /"lesson" must be demo \(the file name\)/],
		[minimal.replace('    done: Done.\n', ''), /"stages" needs "done"/],
		[minimal.replace('title: One', 'title: One\n    colour: red'), /unknown field "colour"/],
	];
	for (const [source, expected] of cases) {
		const error = t.throws(() => parse(source), {instanceOf: ScriptError});
		t.regex(error.message, expected);
	}
});

test('the lessons folder ships with the package', t => {
	const packageJson = JSON.parse(readFileSync(path.join(folder, '..', 'package.json'), 'utf8')) as {files: string[]};
	t.true(packageJson.files.includes('lessons'));
});

test('on a remote engine, "seen from the host" says where the files really are and offers no host command', async t => {
	for (const lang of languages) {
		const lesson = await loadLesson(folder, 'persistence', lang);
		const remote = lessonForRemoteEngine(lesson).stages.find(stage => stage.id === 'host-view')!;
		const local = lesson.stages.find(stage => stage.id === 'host-view')!;
		t.not(remote.say, local.say);
		t.regex(remote.say, /ssh/);
		t.true(local.try.some(step => step.command.startsWith('!')));
		t.false(remote.try.some(step => step.command.startsWith('!')), 'a ! command runs on your machine, not the engine\'s');
		t.deepEqual(lessonForRemoteEngine(lesson).stages.filter(stage => !stage.remote), lesson.stages.filter(stage => !stage.remote));
	}
});
