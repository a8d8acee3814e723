import test from 'ava';
import {demoNames, lessonSteps, needsSudo} from '../../source/demo/lesson-steps.js';
import {demoMessages} from '../../source/demo/messages.js';
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

const en = demoMessages('en');

test('each stage becomes a caption of its title and text, then its try steps in order, names filled; hidden steps at the end remove what it creates', t => {
	const steps = lessonSteps(lesson, demoNames(lesson.names), en);
	t.deepEqual(steps, [
		{kind: 'say', text: 'Create demo_volume\nCreate demo_volume, keep {{.Mountpoint}}.', line: 5},
		{kind: 'run', command: 'docker volume create demo_volume', hidden: false, timeoutSeconds: 60, line: 7, expect: /demo_volume/i},
		{kind: 'run', command: 'docker run -it --name demo_alpine alpine:latest sh', keys: [{kind: 'text', text: 'echo demo_box'}, {kind: 'key', name: 'Enter'}], hidden: false, timeoutSeconds: 60, line: 8},
		{kind: 'say', text: 'Talk\nOnly words.', line: 12},
		{kind: 'run', command: 'docker container rm --force demo_alpine', hidden: true, timeoutSeconds: 60, line: 12},
		{kind: 'run', command: 'docker volume rm --force demo_volume', hidden: true, timeoutSeconds: 60, line: 12},
	]);
	t.is(lesson.stages[0]!.try[0]!.command, 'docker volume create {volume}', 'the lesson itself is left as it was');
});

test('the shipped persistence lesson, as a demo, names no my_ object and leaves no placeholder', async t => {
	for (const lang of ['en', 'fr'] as const) {
		const persistence = await loadLesson(lessonsFolder({}), 'persistence', lang);
		const steps = lessonSteps(persistence, demoNames(persistence.names), demoMessages(lang));
		// One caption per stage, and one for each sudo step not played.
		t.is(steps.filter(step => step.kind === 'say').length, persistence.stages.length + 2);
		const text = JSON.stringify(steps);
		t.notRegex(text, /my_(volume|alpine)/);
		t.notRegex(text, /(?<!\{)\{[a-zA-Z]\w*\}(?!\})/);
		t.regex(text, /demo_volume/);
	}
});

test('a host step with sudo is not played: a caption says so; other host steps are played', t => {
	const withHost: Lesson = {...lesson, stages: [{...lesson.stages[1]!, try: [
		{kind: 'run', command: '!sudo ls /var/lib/docker/volumes/{volume}/_data', hidden: false, timeoutSeconds: 60, line: 14},
		{kind: 'run', command: '!ls /tmp', hidden: false, timeoutSeconds: 60, line: 15},
	]}]};
	const steps = lessonSteps(withHost, demoNames(withHost.names), en);
	t.deepEqual(steps.slice(1, 3), [
		{kind: 'say', text: 'Not played in this demo (it needs sudo on the host): sudo ls /var/lib/docker/volumes/demo_volume/_data', line: 14},
		{kind: 'run', command: '!ls /tmp', hidden: false, timeoutSeconds: 60, line: 15},
	]);
	t.true(needsSudo(' ! sudo cat x'));
	t.true(needsSudo('!LC_ALL=C sudo ls'));
	t.false(needsSudo('!ls sudoers'));
	t.false(needsSudo('docker run alpine sudo ls'));
});

test('the shipped persistence lesson, as a demo, runs no sudo and ends by removing its volume and its three containers', async t => {
	const persistence = await loadLesson(lessonsFolder({}), 'persistence', 'en');
	const steps = lessonSteps(persistence, demoNames(persistence.names, '_2'), en);
	t.false(steps.some(step => step.kind === 'run' && needsSudo(step.command)));
	t.deepEqual(steps.slice(-2).map(step => step.kind === 'run' && step.hidden ? step.command : ''), [
		'docker container rm --force demo_alpine_2 demo_alpine1_2 demo_alpine2_2',
		'docker volume rm --force demo_volume_2',
	]);
});
