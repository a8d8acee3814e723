import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {allCommandNodes} from '../../source/explain/knowledge/index.js';
import {declaredCatalogues, type Catalogue, type Text} from '../../source/i18n/catalogue.js';
import {repositoryRoot} from './repository.js';

/*
Which files hold the product's texts is found by a rule, not a list, so a new
catalogue cannot escape the i18n tests. A file holds texts when it declares a
catalogue (`defineCatalogue(`) or writes a French text (a `fr:` property); each
must be a catalogue or a file of the knowledge base (curated commands and flags,
`Text`s side by side). `source/i18n/` is the machinery, not texts.
*/
export const sourceRoot = path.join(repositoryRoot, 'source');
const knowledgeFolder = path.join(sourceRoot, 'explain', 'knowledge') + path.sep;

export type SourceFile = {file: string; code: string};

/** Every .ts/.tsx file of source/ outside i18n/, with its code. */
export async function sourceFiles(folder = sourceRoot): Promise<SourceFile[]> {
	const found: SourceFile[] = [];
	for (const entry of await readdir(folder, {withFileTypes: true})) {
		const file = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			found.push(...await sourceFiles(file));
		} else if (/\.tsx?$/.test(entry.name) && !file.includes(`${path.sep}i18n${path.sep}`)) {
			found.push({file, code: await readFile(file, 'utf8')});
		}
	}

	return found;
}

export const declaresCatalogue = ({code}: SourceFile) => code.includes('defineCatalogue(');
export const writesFrench = ({code}: SourceFile) => /\bfr:\s/.test(code);
export const isKnowledge = ({file}: SourceFile) => file.startsWith(knowledgeFolder);
export const relative = ({file}: SourceFile) => path.relative(sourceRoot, file);

/** The module the tests themselves import for a source file (compiled under .test-build/ when `npm test` runs). */
const moduleUrl = (source: SourceFile) => new URL(`../../source/${relative(source).split(path.sep).join('/').replace(/\.tsx?$/, '.js')}`, import.meta.url).href;

/** Loads every module that declares a catalogue; returns how many, and every catalogue declared. */
export async function loadCatalogues(): Promise<{modules: number; catalogues: ReadonlyArray<Catalogue<string>>}> {
	const modules = (await sourceFiles()).filter(file => declaresCatalogue(file));
	for (const module of modules) {
		await import(moduleUrl(module));
	}

	return {modules: modules.length, catalogues: declaredCatalogues()};
}

const isText = (value: unknown): value is Text => typeof value === 'object' && value !== null
	&& Object.keys(value).sort().join() === 'en,fr' && Object.values(value).every(text => typeof text === 'string');

/** Every `Text` reachable from `value`, with where it was found. */
function textsIn(value: unknown, where: string, seen: Set<unknown>): Array<[string, Text]> {
	if (typeof value !== 'object' || value === null || seen.has(value)) {
		return [];
	}

	seen.add(value);
	if (isText(value)) {
		return [[where, value]];
	}

	const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
	return entries.flatMap(([key, item]) => textsIn(item, `${where}.${String(key)}`, seen));
}

/** Every `Text` the knowledge base's modules export, and those of the commands built when the tree loads (plugins). */
export async function knowledgeTexts(): Promise<Array<[string, Text]>> {
	const seen = new Set<unknown>();
	const texts: Array<[string, Text]> = [];
	for (const module of (await sourceFiles()).filter(file => isKnowledge(file))) {
		const exports = await import(moduleUrl(module)) as Record<string, unknown>;
		texts.push(...textsIn(exports, relative(module), seen));
	}

	texts.push(...[...allCommandNodes()].flatMap(node => textsIn(node.knowledge, node.key, seen)));
	return texts;
}
