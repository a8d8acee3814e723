import {fillPlaceholders} from '../lesson/placeholders.js';
import {suffixedNames} from '../lesson/progress.js';
import {factPlaceholders, type Lesson} from '../lesson/types.js';
import type {Key, RunStep, Step} from '../script/types.js';

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
*/
export function lessonSteps(lesson: Lesson, names: Readonly<Record<string, string>>): Step[] {
	const values = {...Object.fromEntries(factPlaceholders.map(fact => [fact, '…'])), ...names};
	return lesson.stages.flatMap((stage): Step[] => [
		{kind: 'say', text: fillPlaceholders(`${stage.title}\n${stage.say.trimEnd()}`, values), line: stage.line},
		...stage.try.map(step => fillStep(step, values)),
	]);
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
