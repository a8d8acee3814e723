import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import test from 'ava';
import {parse} from 'yaml';
import {allCommandNodes} from '../../source/explain/knowledge/index.js';
import {messages as explainMessages} from '../../source/explain/messages.js';
import {declaredCatalogues, formatMessage} from '../../source/i18n/catalogue.js';
import {fixFrenchTypography, frenchTypographyProblems} from '../../source/i18n/french-typography.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

async function filesUnder(folder: string, wanted: (file: string) => Promise<boolean>): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await readdir(folder, {withFileTypes: true})) {
		const file = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			found.push(...await filesUnder(file, wanted));
		} else if (await wanted(file)) {
			found.push(file);
		}
	}

	return found;
}

const describe = (problems: ReturnType<typeof frenchTypographyProblems>) => problems.map(problem => `${problem.rule}: …${problem.text}…`).join('\n');

test('the rules: a no-break space before : ; ! ? and inside « », one apostrophe; code is left alone', t => {
	t.deepEqual(frenchTypographyProblems('Attention\u00A0: « test » et l\'hôte ; vraiment ?').map(problem => problem.rule), ['guillemets', 'guillemets', 'apostrophe', 'space-before', 'space-before']);
	t.deepEqual(frenchTypographyProblems('attention: voilà'), [{index: 9, text: 'attention: voilà', rule: 'space-before'}]);
	t.deepEqual(frenchTypographyProblems('Tapez :quit, !ls ou -v vol:/data\u00A0; «\u00A0x\u00A0» l’hôte\u00A0!'), []);
	t.is(fixFrenchTypography('attention: « x » l\'hôte ; oui ?'), 'attention\u00A0: «\u00A0x\u00A0» l’hôte\u00A0; oui\u00A0?');
});

test('every French text of every catalogue follows French typography', async t => {
	const modules = await filesUnder(path.join(repositoryRoot, 'source'), async file => /\.tsx?$/.test(file) && !file.includes(`${path.sep}i18n${path.sep}`) && (await readFile(file, 'utf8')).includes('defineCatalogue('));
	for (const module of modules) {
		await import(pathToFileURL(module).href);
	}

	// Function messages (plurals) are read with every parameter set to 1.
	const anyParameters = new Proxy({}, {get: () => 1});
	const problems: string[] = [];
	for (const catalogue of declaredCatalogues()) {
		for (const [key, message] of Object.entries(catalogue.fr)) {
			const text = formatMessage(message, anyParameters);
			const found = frenchTypographyProblems(text);
			if (found.length > 0) {
				problems.push(`${key}:\n${describe(found)}`);
			}
		}
	}

	t.deepEqual(problems, [], 'fix them with: npx zx scripts/french-typography.mjs');
});

/** Every French half of the {en, fr} texts under `value`, with where it is. */
function frenchTexts(value: unknown, where: string): Array<{where: string; text: string}> {
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => frenchTexts(item, `${where}[${index}]`));
	}

	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => key === 'fr' && typeof item === 'string' ? [{where, text: item}] : frenchTexts(item, `${where}.${key}`));
	}

	return [];
}

test('every French text of the command knowledge (flags, operands, commands) follows French typography', t => {
	const texts = [...allCommandNodes()].flatMap(node => frenchTexts(node.knowledge, node.key || 'docker'));
	t.true(texts.length > 200, 'the knowledge was read');
	const problems = texts.flatMap(({where, text}) => frenchTypographyProblems(text).map(problem => `${where}: ${problem.rule}: …${problem.text}…`));
	t.deepEqual(problems, [], 'fix them with: npx zx scripts/french-typography.mjs');
});

test('the error label reads "erreur :" with a no-break space, as the panel composes it', t => {
	const french = explainMessages('fr');
	const label = french('layout.level', {level: `✗ ${french('level.error')}`});
	t.is(label, '✗ erreur\u00A0: ');
	t.deepEqual(frenchTypographyProblems(label), []);
});

/** The prose of a lesson: titles, texts, hints; commands and keys are code. */
function lessonProse(value: unknown, key = ''): string[] {
	if (typeof value === 'string') {
		return ['title', 'summary', 'intro', 'say', 'done', 'hint'].includes(key) ? [value] : [];
	}

	if (Array.isArray(value)) {
		return value.flatMap(item => lessonProse(item, key));
	}

	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([name, item]) => lessonProse(item, key === 'hints' ? 'hint' : name));
	}

	return [];
}

test('every French lesson follows French typography in its prose', async t => {
	const lessons = await filesUnder(path.join(repositoryRoot, 'lessons'), async file => Promise.resolve(file.endsWith('.fr.yaml')));
	t.true(lessons.length > 0);
	for (const lesson of lessons) {
		const texts = lessonProse(parse(await readFile(lesson, 'utf8')));
		t.true(texts.length > 5, lesson);
		t.deepEqual(texts.flatMap(text => frenchTypographyProblems(text)).map(problem => `${problem.rule}: …${problem.text}…`), [], path.basename(lesson));
	}
});
