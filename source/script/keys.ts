import {isMap, isScalar, type Node} from 'yaml';
import type {ScriptContext} from './context.js';
import {readFields, readText} from './fields.js';
import {keyNames, type Key, type KeyName} from './types.js';

/** Looks like an attempt at a named key (wrong case, another Ctrl- key) rather than text to type. */
const keyLike = /^(?:(?:ctrl|alt|shift|meta|control)-\S+|enter|tab|up|down|left|right|escape|esc|backspace|return)$/i;

export function isKeyName(text: string): text is KeyName {
	return (keyNames as readonly string[]).includes(text);
}

/** One entry of `keys`: a named key, text, or `{text: ...}` to type a key's name as text. */
export function parseKey(node: Node, context: ScriptContext): Key {
	if (isScalar(node) && typeof node.value === 'string') {
		const text = node.value;
		if (isKeyName(text)) {
			return {kind: 'key', name: text};
		}

		if (keyLike.test(text)) {
			throw context.fail(node, 'unknownKey', {key: text, known: keyNames.join(' ')});
		}

		return {kind: 'text', text};
	}

	if (isMap(node)) {
		const fields = readFields(node, ['text'], context.text('aKeyText'), context);
		const field = fields.get('text');
		if (!field) {
			throw context.fail(node, 'missingField', {what: context.text('aKeyText'), field: 'text'});
		}

		return {kind: 'text', text: readText(field, 'text', context)};
	}

	throw context.fail(node, 'badKey');
}
