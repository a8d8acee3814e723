import {LineCounter, parseDocument, type Document, type Node} from 'yaml';
import type {Lang, MessageParams} from '../i18n/catalogue.js';
import {scriptMessages, type ScriptMessageKey} from './messages.js';
import {ScriptError} from './script-error.js';

/** What a parser needs to word an error at the right place, in the user's language. */
export type ScriptContext = {
	file: string;
	lang: Lang;
	/** 1-based line where a node starts. */
	lineOf(node: Node | undefined): number;
	/** The error to throw for a problem at a node (or at a line). */
	fail(at: Node | number | undefined, key: ScriptMessageKey, params?: MessageParams): ScriptError;
	/** A word or phrase of the catalogue, for `{what}` parameters. */
	text(key: ScriptMessageKey, params?: MessageParams): string;
};

export type ParsedYaml = {root: Node | undefined; context: ScriptContext};

/**
Parses YAML text keeping line numbers. Syntax errors become a ScriptError;
the caller reads the file and validates the root with the parsers of this folder.
*/
export function parseYaml(source: string, file: string, lang: Lang): ParsedYaml {
	const lineCounter = new LineCounter();
	const document: Document = parseDocument(source, {lineCounter, prettyErrors: false, uniqueKeys: true});
	const context = createContext(file, lang, lineCounter);
	const error = document.errors[0];
	if (error) {
		const offset = error.pos[0];
		throw context.fail(lineCounter.linePos(offset).line, 'badYaml', {detail: firstLine(error.message)});
	}

	return {root: document.contents ?? undefined, context};
}

function createContext(file: string, lang: Lang, lineCounter: LineCounter): ScriptContext {
	const t = scriptMessages(lang);
	const lineOf = (node: Node | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
	return {
		file,
		lang,
		lineOf,
		text: t,
		fail(at, key, params) {
			const line = typeof at === 'number' ? at : lineOf(at);
			return new ScriptError(t('location', {file, line, message: t(key, params)}), file, line);
		},
	};
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
