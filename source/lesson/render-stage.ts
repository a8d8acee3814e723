import type {Key, RunStep} from '../script/types.js';
import type {LessonTranslate} from './messages.js';
import {fillPlaceholders} from './placeholders.js';
import type {Lesson} from './types.js';

/** The line a `try` step puts in the prompt, with the run's names. */
export function commandText(step: RunStep, values: Readonly<Record<string, string>>): string {
	return fillPlaceholders(step.command, values);
}

/** The keys of a step as a learner reads them: `echo ... > /home/test.txt ⏎ exit ⏎`. */
export function keysText(keys: readonly Key[], values: Readonly<Record<string, string>>): string {
	return keys.map(key => key.kind === 'text' ? fillPlaceholders(key.text, values) : (key.name === 'Enter' ? '⏎' : `[${key.name}]`)).join(' ');
}

/** A stage as it is written to the transcript when it starts: heading, text, the commands to type. */
export function stageLines(lesson: Lesson, index: number, values: Readonly<Record<string, string>>, t: LessonTranslate): string[] {
	const stage = lesson.stages[index]!;
	const lines = [`── ${t('progress', {number: index + 1, total: lesson.stages.length, title: stage.title})} ──`];
	lines.push(...fillPlaceholders(stage.say, values).split('\n'));
	for (const step of stage.try) {
		lines.push(`  ${commandText(step, values)}`);
		if (step.keys && step.keys.length > 0) {
			lines.push(`      ${t('typeInContainer')} ${keysText(step.keys, values)}`);
		}
	}

	return lines;
}

/** The names of what a lesson creates, with the run's names. */
export function createdNames(lesson: Lesson, values: Readonly<Record<string, string>>): {volumes: string[]; containers: string[]} {
	return {
		volumes: lesson.creates.volumes.map(name => fillPlaceholders(name, values)),
		containers: lesson.creates.containers.map(name => fillPlaceholders(name, values)),
	};
}

/** The lesson as it reads on an engine of another machine: each stage's `remote` text and commands, where it has them. */
export function lessonForRemoteEngine(lesson: Lesson): Lesson {
	return {
		...lesson,
		stages: lesson.stages.map(stage => stage.remote ? {...stage, say: stage.remote.say, try: stage.remote.try ?? stage.try} : stage),
	};
}
