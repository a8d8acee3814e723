import {isMap, isScalar, type Node, type Pair} from 'yaml';
import type {Lang, MessageParams} from '../i18n/catalogue.js';
import {expectList, parseSteps, parseYaml, readFields, readText, scriptMessages, ScriptError, type Fields, type RunStep, type ScriptContext} from '../script/index.js';
import {checkSpecs, isCheckKind, type Check, type CheckKind} from './check-kinds.js';
import {lessonMessages, type LessonMessageKey} from './messages.js';
import {placeholdersIn} from './placeholders.js';
import {factPlaceholders, foundPlaceholder, type Lesson, type Stage} from './types.js';

const lessonFields = ['lesson', 'lang', 'title', 'summary', 'intro', 'names', 'creates', 'stages'];
const stageFields = ['id', 'title', 'say', 'try', 'check', 'hints', 'done', 'remote'];
const placeholderName = /^[a-zA-Z]\w*$/;
const objectName = /^[a-zA-Z\d][\w.-]*$/;
const stageId = /^[a-z\d][a-z\d-]*$/;

type Field = {key: Node; value: Node | undefined};

/**
Parses and validates the text of `lessons/NAME.LANG.yaml` (the caller reads the
file). `name` and `fileLang` come from the file name and must match its fields;
`lang` words the errors. Throws a ScriptError `FILE:LINE: message`.
*/
export function parseLesson(source: string, {file, name, fileLang, lang}: {file: string; name: string; fileLang: Lang; lang: Lang}): Lesson {
	const {root, context} = parseYaml(source, file, lang);
	const fail = lessonFailure(context);
	if (!root) {
		throw context.fail(1, 'emptyFile');
	}

	const fields = readFields(root, lessonFields, context.text('theFile'), context);
	const required = (field: string): Field => {
		const found = fields.get(field);
		if (!found) {
			throw context.fail(root, 'missingField', {what: context.text('theFile'), field});
		}

		return found;
	};

	const lessonField = required('lesson');
	if (readText(lessonField, 'lesson', context) !== name) {
		throw fail(lessonField.value, 'badName', {expected: name, value: readText(lessonField, 'lesson', context)});
	}

	const langField = required('lang');
	if (readText(langField, 'lang', context) !== fileLang) {
		throw fail(langField.value, 'badLang', {expected: fileLang, value: readText(langField, 'lang', context)});
	}

	const names = readNames(required('names'), context, fail);
	const known = [...Object.keys(names), ...factPlaceholders];
	const text = (field: Field, what: string, extra: readonly string[] = []) => {
		const value = readText(field, what, context).trimEnd();
		const unknown = placeholdersIn(value).find(placeholder => !known.includes(placeholder) && !extra.includes(placeholder));
		if (unknown) {
			throw fail(field.value, 'unknownPlaceholder', {name: unknown, known: [...known, ...extra].join(', ')});
		}

		return value;
	};

	const stagesField = required('stages');
	const stageNodes = expectList(stagesField.value, '"stages"', stagesField.key, context);
	if (stageNodes.items.length === 0) {
		throw fail(stagesField.key, 'noStages');
	}

	const stages = stageNodes.items.map(node => parseStage(node, context, fail, text, known));
	const seen = new Set<string>();
	for (const [index, stage] of stages.entries()) {
		if (seen.has(stage.id)) {
			throw fail(stageNodes.items[index], 'duplicateStage', {id: stage.id});
		}

		seen.add(stage.id);
	}

	const creates = fields.get('creates');
	return {
		name,
		lang: fileLang,
		title: text(required('title'), 'title'),
		summary: text(required('summary'), 'summary'),
		intro: text(required('intro'), 'intro'),
		names,
		creates: creates ? readCreates(creates, context, text) : {volumes: [], containers: []},
		stages,
		file,
	};
}

type Fail = (at: Node | undefined, key: LessonMessageKey, params?: MessageParams) => ScriptError;
type TextReader = (field: Field, what: string, extra?: readonly string[]) => string;

function lessonFailure(context: ScriptContext): Fail {
	const t = lessonMessages(context.lang);
	return (at, key, params) => {
		const line = context.lineOf(at);
		return new ScriptError(scriptMessages(context.lang)('location', {file: context.file, line, message: t(key, params)}), context.file, line);
	};
}

function readNames(field: Field, context: ScriptContext, fail: Fail): Record<string, string> {
	if (!isMap(field.value)) {
		throw fail(field.value ?? field.key, 'badNames');
	}

	const names: Record<string, string> = {};
	for (const pair of field.value.items as Array<Pair<Node, Node | undefined>>) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		const value = isScalar(pair.value) ? String(pair.value.value) : '';
		if (!placeholderName.test(key) || !objectName.test(value) || factPlaceholders.includes(key as never) || key === foundPlaceholder) {
			throw fail(pair.key ?? field.key, 'badNames');
		}

		names[key] = value;
	}

	return names;
}

function readCreates(field: Field, context: ScriptContext, text: TextReader): Lesson['creates'] {
	const fields = readFields(field.value, ['volumes', 'containers'], '"creates"', context);
	const list = (name: 'volumes' | 'containers') => {
		const entry = fields.get(name);
		if (!entry) {
			return [];
		}

		const items = expectList(entry.value, `"${name}"`, entry.key, context).items;
		return items.map(item => text({key: item, value: item}, name));
	};

	return {volumes: list('volumes'), containers: list('containers')};
}

function parseStage(node: Node, context: ScriptContext, fail: Fail, text: TextReader, known: readonly string[]): Stage {
	const fields = readFields(node, stageFields, '"stages"', context);
	const required = (field: string): Field => {
		const found = fields.get(field);
		if (!found) {
			throw context.fail(node, 'missingField', {what: '"stages"', field});
		}

		return found;
	};

	const id = readText(required('id'), 'id', context);
	if (!stageId.test(id)) {
		throw fail(required('id').value, 'duplicateStage', {id});
	}

	const check = parseCheck(required('check'), context, fail, text);
	const readRuns = (tryField: Field | undefined): RunStep[] => {
		const steps = tryField ? parseSteps(tryField.value, context, tryField.key) : [];
		const runs: RunStep[] = [];
		for (const step of steps) {
			if (step.kind !== 'run') {
				throw context.fail(step.line, 'unknownField', {field: step.kind, what: '"try"', known: 'run'});
			}

			for (const piece of [step.command, ...(step.keys ?? []).flatMap(key => key.kind === 'text' ? [key.text] : [])]) {
				const unknown = placeholdersIn(piece).find(placeholder => !known.includes(placeholder));
				if (unknown) {
					throw fail(undefined, 'unknownPlaceholder', {name: unknown, known: known.join(', ')});
				}
			}

			runs.push(step);
		}

		return runs;
	};

	const runs = readRuns(fields.get('try'));
	// A text (and commands) for an engine on another machine, where the host's folders of the main text are not yours.
	const remoteField = fields.get('remote');
	const remoteFields = remoteField ? readFields(remoteField.value, ['say', 'try'], '"remote"', context) : undefined;
	const remoteSay = remoteFields?.get('say');
	if (remoteField && !remoteSay) {
		throw context.fail(remoteField.key, 'missingField', {what: '"remote"', field: 'say'});
	}

	return {
		id,
		title: text(required('title'), 'title'),
		say: text(required('say'), 'say'),
		try: runs,
		check,
		hints: readHints(fields, check.kind, context, fail, text),
		done: text(required('done'), 'done'),
		...(remoteSay ? {remote: {say: text(remoteSay, 'say'), ...(remoteFields?.has('try') ? {try: readRuns(remoteFields.get('try'))} : {})}} : {}),
		line: context.lineOf(node),
	};
}

function parseCheck(field: Field, context: ScriptContext, fail: Fail, text: TextReader): Check {
	const known = Object.keys(checkSpecs).join(', ');
	if (!isMap(field.value)) {
		throw fail(field.value ?? field.key, 'badCheck', {known});
	}

	const entries = new Map<string, Field>();
	for (const pair of field.value.items as Array<Pair<Node, Node | undefined>>) {
		entries.set(isScalar(pair.key) ? String(pair.key.value) : '', {key: pair.key, value: pair.value ?? undefined});
	}

	const kindField = entries.get('kind');
	const kind = kindField && isScalar(kindField.value) ? String(kindField.value.value) : '';
	if (!isCheckKind(kind)) {
		throw fail(kindField?.value ?? field.value, 'badCheck', {known});
	}

	const expected: readonly string[] = checkSpecs[kind].params;
	const given = [...entries.keys()].filter(key => key !== 'kind');
	if (given.length !== expected.length || given.some(key => !expected.includes(key))) {
		throw fail(field.value, 'checkParams', {kind, expected: expected.length > 0 ? expected.join(', ') : '-', found: given.join(', ') || '-'});
	}

	const check: Record<string, string> = {kind};
	for (const parameter of expected) {
		check[parameter] = text(entries.get(parameter)!, parameter);
	}

	return check as Check;
}

function readHints(fields: Fields, kind: CheckKind, context: ScriptContext, fail: Fail, text: TextReader): Record<string, string> {
	const codes: readonly string[] = checkSpecs[kind].codes;
	const field = fields.get('hints');
	const hints: Record<string, string> = {};
	if (field) {
		if (!isMap(field.value)) {
			throw context.fail(field.value ?? field.key, 'notMap', {what: '"hints"'});
		}

		for (const pair of field.value.items as Array<Pair<Node, Node | undefined>>) {
			const code = isScalar(pair.key) ? String(pair.key.value) : '';
			if (!codes.includes(code)) {
				throw fail(pair.key ?? field.key, 'unknownHint', {code, kind, known: codes.join(', ') || '-'});
			}

			hints[code] = text({key: pair.key, value: pair.value ?? undefined}, code, [foundPlaceholder]);
		}
	}

	const missing = codes.find(code => hints[code] === undefined);
	if (missing) {
		throw fail(field?.key ?? fields.get('check')?.key, 'missingHint', {kind, code: missing});
	}

	return hints;
}


