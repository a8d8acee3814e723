import {isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq} from 'yaml';
import type {ScriptContext} from './context.js';

/** A mapping's fields by name, each with its value node, the key node for error lines. */
export type Fields = Map<string, {key: Node; value: Node | undefined}>;

/** Reads a mapping, refusing fields outside `known`. `what` names the mapping in errors. */
export function readFields(node: Node | undefined, known: readonly string[], what: string, context: ScriptContext): Fields {
	const map = expectMap(node, what, context);
	const fields: Fields = new Map();
	for (const pair of map.items as Array<Pair<Node, Node | undefined>>) {
		const name = isScalar(pair.key) ? String(pair.key.value) : '';
		if (!known.includes(name)) {
			throw context.fail(pair.key ?? node, 'unknownField', {field: name, what, known: known.join(', ')});
		}

		fields.set(name, {key: pair.key, value: pair.value ?? undefined});
	}

	return fields;
}

export function expectMap(node: Node | undefined, what: string, context: ScriptContext): YAMLMap {
	if (!isMap(node)) {
		throw context.fail(node, 'notMap', {what});
	}

	return node;
}

export function expectList(node: Node | undefined, what: string, at: Node, context: ScriptContext): YAMLSeq<Node> {
	if (!isSeq(node)) {
		throw context.fail(node ?? at, 'notList', {what});
	}

	return node as YAMLSeq<Node>;
}

type Field = {key: Node; value: Node | undefined};

export function readText(field: Field, name: string, context: ScriptContext): string {
	const {value} = field;
	if (!isScalar(value) || typeof value.value !== 'string') {
		throw context.fail(value ?? field.key, 'notText', {field: name});
	}

	if (value.value.trim() === '') {
		throw context.fail(value, 'emptyText', {field: name});
	}

	return value.value;
}

export function readBoolean(field: Field, name: string, context: ScriptContext): boolean {
	const {value} = field;
	if (!isScalar(value) || typeof value.value !== 'boolean') {
		throw context.fail(value ?? field.key, 'notBoolean', {field: name});
	}

	return value.value;
}

export function readSeconds(field: Field, name: string, context: ScriptContext, {allowZero}: {allowZero: boolean}): number {
	const {value} = field;
	if (!isScalar(value) || typeof value.value !== 'number' || !Number.isFinite(value.value)) {
		throw context.fail(value ?? field.key, 'notNumber', {field: name});
	}

	if (value.value < 0 || (!allowZero && value.value === 0)) {
		throw context.fail(value, allowZero ? 'negative' : 'notPositive', {field: name});
	}

	return value.value;
}
