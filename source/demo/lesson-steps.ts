import {fillPlaceholders} from '../lesson/placeholders.js';
import {suffixedNames} from '../lesson/progress.js';
import {createdNames} from '../lesson/render-stage.js';
import {factPlaceholders, type Lesson} from '../lesson/types.js';
import {defaultTimeoutSeconds, type Key, type RunStep, type Step} from '../script/types.js';
import type {DemoTranslate} from './messages.js';

/**
The names a demo of a lesson uses: `my_volume` becomes `demo_volume`, any
other name gets a `demo_` prefix, so a recording never works on (nor removes)
the learner's own `my_*` objects. `suffix` is added after that (`_2`).
*/
export function demoNames(names: Readonly<Record<string, string>>, suffix = ''): Record<string, string> {
	const renamed = Object.fromEntries(Object.entries(names).map(([key, value]) => [key, value.startsWith('my_') ? `demo_${value.slice(3)}` : `demo_${value}`]));
	return suffixedNames(renamed, suffix);
}

/**
A lesson played as demo steps: for each stage, a caption of its title and
text, then its `try` steps in order, placeholders filled with `values`. The
facts a live lesson fills from the learner's session (`{lostFiles}`...) are
not known before the demo runs: they read `…`.

A host step run with sudo would wait for a password nobody types: it becomes
a caption saying it is not played. Hidden steps at the end remove what the
lesson creates (its `creates` list), running containers included.
*/
export function lessonSteps(lesson: Lesson, names: Readonly<Record<string, string>>, t: DemoTranslate): Step[] {
	const values = {...Object.fromEntries(factPlaceholders.map(fact => [fact, '…'])), ...names};
	const steps = lesson.stages.flatMap((stage): Step[] => [
		{kind: 'say', text: fillPlaceholders(`${stage.title}\n${stage.say.trimEnd()}`, values), line: stage.line},
		...stage.try.map((step): Step => {
			const filled = fillStep(step, values);
			return needsSudo(filled.command) ? {kind: 'say', text: t('sudoNotPlayed', {command: filled.command.trim().slice(1)}), line: step.line} : filled;
		}),
	]);
	return [...steps, ...cleanUpSteps(lesson, values)];
}

/** A `!` host line that starts with sudo (or runs it after `env` or a variable). */
export function needsSudo(command: string): boolean {
	return /^\s*!\s*(?:(?:env\s+)?(?:\w+=\S*\s+)*)sudo\b/.test(command);
}

function cleanUpSteps(lesson: Lesson, values: Readonly<Record<string, string>>): RunStep[] {
	const {volumes, containers} = createdNames(lesson, values);
	const line = lesson.stages.at(-1)?.line ?? 1;
	const hidden = (command: string): RunStep => ({kind: 'run', command, hidden: true, timeoutSeconds: defaultTimeoutSeconds, line});
	return [
		...(containers.length > 0 ? [hidden(`docker container rm --force ${containers.join(' ')}`)] : []),
		...(volumes.length > 0 ? [hidden(`docker volume rm --force ${volumes.join(' ')}`)] : []),
	];
}

function fillStep(step: RunStep, values: Readonly<Record<string, string>>): RunStep {
	const filled: RunStep = {...step, command: fillPlaceholders(step.command, values)};
	if (step.keys) {
		filled.keys = step.keys.map((key): Key => key.kind === 'text' ? {kind: 'text', text: fillPlaceholders(key.text, values)} : key);
	}

	if (step.expect) {
		filled.expect = new RegExp(fillPlaceholders(step.expect.source, values), step.expect.flags);
	}

	return filled;
}
