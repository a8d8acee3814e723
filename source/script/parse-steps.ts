import {isScalar, type Node} from 'yaml';
import type {ScriptContext} from './context.js';
import {expectList, expectMap, readBoolean, readFields, readSeconds, readText, type Fields} from './fields.js';
import {parseKey} from './keys.js';
import {defaultTimeoutSeconds, type Key, type PauseStep, type RunStep, type SayStep, type Step} from './types.js';

const stepKinds = ['say', 'run', 'pause'] as const;
const runFields = ['run', 'expect', 'keys', 'answer', 'hidden', 'timeout'];

/**
Validates a YAML list of steps (the shared format of demo scripts and lessons).
`at` is the node that holds the list (its field name), for the error line when the list is missing.
Throws a ScriptError `FILE:LINE: message`.
*/
export function parseSteps(node: Node | undefined, context: ScriptContext, at?: Node): Step[] {
	const list = expectList(node, context.text('theSteps'), at ?? (node as Node), context);
	return list.items.map(item => parseStep(item, context));
}

export function parseStep(node: Node, context: ScriptContext): Step {
	const map = expectMap(node, context.text('anyStep'), context);
	const kinds = map.items
		.map(pair => (isScalar(pair.key) ? String(pair.key.value) : ''))
		.filter(name => (stepKinds as readonly string[]).includes(name));
	if (kinds.length !== 1) {
		throw context.fail(node, 'stepKind', {found: kinds.length > 0 ? kinds.join(', ') : '-'});
	}

	const line = context.lineOf(node);
	const what = context.text('aStep', {kind: kinds[0]!});
	switch (kinds[0]) {
		case 'say': {
			return parseSay(readFields(node, ['say'], what, context), line, context);
		}

		case 'run': {
			return parseRun(readFields(node, runFields, what, context), line, context);
		}

		default: {
			return parsePause(readFields(node, ['pause'], what, context), line, context);
		}
	}
}

function parseSay(fields: Fields, line: number, context: ScriptContext): SayStep {
	return {kind: 'say', text: readText(fields.get('say')!, 'say', context).trimEnd(), line};
}

function parsePause(fields: Fields, line: number, context: ScriptContext): PauseStep {
	return {kind: 'pause', seconds: readSeconds(fields.get('pause')!, 'pause', context, {allowZero: true}), line};
}

function parseRun(fields: Fields, line: number, context: ScriptContext): RunStep {
	const command = readText(fields.get('run')!, 'run', context);
	const step: RunStep = {kind: 'run', command, hidden: false, timeoutSeconds: defaultTimeoutSeconds, line};
	const expect = fields.get('expect');
	if (expect) {
		step.expect = parseRegex(expect, context);
	}

	const keys = fields.get('keys');
	if (keys) {
		step.keys = parseKeys(keys, context);
	}

	const answer = fields.get('answer');
	if (answer) {
		step.answer = parseAnswer(answer, context);
	}

	const hidden = fields.get('hidden');
	if (hidden) {
		step.hidden = readBoolean(hidden, 'hidden', context);
	}

	const timeout = fields.get('timeout');
	if (timeout) {
		step.timeoutSeconds = readSeconds(timeout, 'timeout', context, {allowZero: false});
	}

	return step;
}

/** `^` and `$` match at each line of the output (flag m): output is read line by line. */
function parseRegex(field: {key: Node; value: Node | undefined}, context: ScriptContext): RegExp {
	const source = readText(field, 'expect', context);
	try {
		return new RegExp(source, 'm');
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw context.fail(field.value, 'badRegex', {detail});
	}
}

function parseKeys(field: {key: Node; value: Node | undefined}, context: ScriptContext): Key[] {
	const list = expectList(field.value, context.text('theKeys'), field.key, context);
	return list.items.map(item => parseKey(item, context));
}

function parseAnswer(field: {key: Node; value: Node | undefined}, context: ScriptContext): 'y' | 'n' {
	const {value} = field;
	const text = isScalar(value) ? String(value.value) : '';
	if (text !== 'y' && text !== 'n') {
		throw context.fail(value ?? field.key, 'badAnswer', {value: text});
	}

	return text;
}
