import {isScalar, type Node} from 'yaml';
import type {ScriptContext} from './context.js';
import type {TerminalSize} from './types.js';

export const sizeLimits = {minColumns: 40, maxColumns: 400, minRows: 10, maxRows: 200};

/** `100x30`: columns x rows, within what a recording can sensibly show. */
export function parseSizeText(text: string): TerminalSize | undefined {
	const match = /^\s*(\d{1,4})\s*x\s*(\d{1,4})\s*$/.exec(text);
	if (!match) {
		return undefined;
	}

	const columns = Number(match[1]);
	const rows = Number(match[2]);
	const {minColumns, maxColumns, minRows, maxRows} = sizeLimits;
	if (columns < minColumns || columns > maxColumns || rows < minRows || rows > maxRows) {
		return undefined;
	}

	return {columns, rows};
}

export function parseSize(node: Node, context: ScriptContext): TerminalSize {
	const text = isScalar(node) ? String(node.value) : '';
	const size = parseSizeText(text);
	if (!size) {
		throw context.fail(node, 'badSize', {value: text, ...sizeLimits});
	}

	return size;
}
