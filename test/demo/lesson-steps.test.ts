import test from 'ava';
import {demoNames, lessonSteps} from '../../source/demo/lesson-steps.js';
import {lessonsFolder, loadLesson} from '../../source/lesson/lesson-files.js';
import type {Lesson} from '../../source/lesson/types.js';

const lesson: Lesson = {
	name: 'tiny',
	lang: 'en',
	title: 'Tiny',
	summary: '',
	intro: '',
	names: {volume: 'my_volume', container: 'my_alpine', other: 'box'},
	creates: {volumes: ['{volume}'], containers: ['{container}']},
	stages: [
		{
			id: 'one',
			title: 'Create {volume}',
			say: 'Create {volume}, keep {{.Mountpoint}}.\n',
			try: [
				{kind: 'run', command: 'docker volume create {volume}', hidden: false, timeoutSeconds: 60, line: 7, expect: /{volume}/i},
				{kind: 'run', command: 'docker run -it --name {container} alpine:latest sh', keys: [{kind: 'text', text: 'echo {other}'}, {kind: 'key', name: 'Enter'}], hidden: false, timeoutSeconds: 60, line: 8},
			],
			check: {kind: 'none'},
			hints: {},
			done: '',
			line: 5,
		},
		{id: 'two', title: 'Talk', say: 'Only words.', try: [], check: {kind: 'none'}, hints: {}, done: '', line: 12},
	],
	file: 'lessons/tiny.en.yaml',
};

test('demo names never are the lesson\'s own names: my_ becomes demo_, others get a demo_ prefix, then the suffix', t => {
	t.deepEqual(demoNames(lesson.names), {volume: 'demo_volume', container: 'demo_alpine', other: 'demo_box'});
	t.deepEqual(demoNames(lesson.names, '_2'), {volume: 'demo_volume_2', container: 'demo_alpine_2', other: 'demo_box_2'});
});

test('each stage becomes a caption of its title and text, then its try steps in order, names filled', t => {
	const steps = lessonSteps(lesson, demoNames(lesson.names));
	t.deepEqual(steps, [
		{kind: 'say', text: 'Create demo_volume\nCreate demo_volume, keep {{.Mountpoint}}.', line: 5},
		{kind: 'run', command: 'docker volume create demo_volume', hidden: false, timeoutSeconds: 60, line: 7, expect: /demo_volume/i},
		{kind: 'run', command: 'docker run -it --name demo_alpine alpine:latest sh', keys: [{kind: 'text', text: 'echo demo_box'}, {kind: 'key', name: 'Enter'}], hidden: false, timeoutSeconds: 60, line: 8},
		{kind: 'say', text: 'Talk\nOnly words.', line: 12},
	]);
	t.is(lesson.stages[0]!.try[0]!.command, 'docker volume create {volume}', 'the lesson itself is left as it was');
});

test('the shipped persistence lesson, as a demo, names no my_ object and leaves no placeholder', async t => {
	for (const lang of ['en', 'fr'] as const) {
		const persistence = await loadLesson(lessonsFolder({}), 'persistence', lang);
		const steps = lessonSteps(persistence, demoNames(persistence.names));
		t.is(steps.filter(step => step.kind === 'say').length, persistence.stages.length);
		const text = JSON.stringify(steps);
		t.notRegex(text, /my_(volume|alpine)/);
		t.notRegex(text, /(?<!\{)\{[a-zA-Z]\w*\}(?!\})/);
		t.regex(text, /demo_volume/);
	}
});
