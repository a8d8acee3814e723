import type {Node} from 'yaml';
import {isLang, type Lang} from '../i18n/catalogue.js';
import {parseYaml, type ScriptContext} from './context.js';
import {readFields, readText} from './fields.js';
import {parseSteps} from './parse-steps.js';
import {parseSize} from './size.js';
import {defaultSize, type DemoScript} from './types.js';

const demoFields = ['title', 'size', 'lang', 'steps', 'lesson'];
const lessonName = /^[a-z\d][a-z\d-]*$/;

/**
Parses the text of a demo script (the caller reads the file). `lang` words the errors.
Throws a ScriptError `FILE:LINE: message`.
*/
export function parseDemoScript(source: string, file: string, lang: Lang): DemoScript {
	const {root, context} = parseYaml(source, file, lang);
	if (!root) {
		throw context.fail(1, 'emptyFile');
	}

	const fields = readFields(root, demoFields, context.text('theFile'), context);
	const title = fields.get('title');
	const size = fields.get('size');
	const scriptLang = fields.get('lang');
	const steps = fields.get('steps');
	const lesson = fields.get('lesson');
	if (steps && lesson) {
		throw context.fail(lesson.key, 'stepsOrLesson');
	}

	if (!steps && !lesson) {
		throw context.fail(root, 'noSteps');
	}

	const script: DemoScript = {
		title: title ? readText(title, 'title', context).trim() : '',
		size: size ? parseSize(size.value ?? size.key, context) : defaultSize,
		play: steps ? {kind: 'steps', steps: parseNonEmptySteps(steps, context)} : readLesson(lesson!, context),
	};
	if (scriptLang) {
		script.lang = readLang(scriptLang, context);
	}

	return script;
}

function parseNonEmptySteps(field: {key: Node; value: Node | undefined}, context: ScriptContext) {
	const steps = parseSteps(field.value, context, field.key);
	if (steps.length === 0) {
		throw context.fail(field.key, 'emptySteps');
	}

	return steps;
}

function readLesson(field: {key: Node; value: Node | undefined}, context: ScriptContext): DemoScript['play'] {
	const name = readText(field, 'lesson', context);
	if (!lessonName.test(name)) {
		throw context.fail(field.value, 'badLessonName', {value: name});
	}

	return {kind: 'lesson', name, line: context.lineOf(field.key)};
}

function readLang(field: {key: Node; value: Node | undefined}, context: ScriptContext): Lang {
	const value = readText(field, 'lang', context);
	if (!isLang(value)) {
		throw context.fail(field.value, 'badLang', {value});
	}

	return value;
}
