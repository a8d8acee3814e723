import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {parse} from 'yaml';
import {messages as explainMessages} from '../../source/explain/messages.js';
import {formatMessage} from '../../source/i18n/catalogue.js';
import {fixFrenchTypography, frenchTypographyProblems} from '../../source/i18n/french-typography.js';
import {knowledgeTexts, loadCatalogues} from '../helpers/source-texts.js';
import {repositoryRoot} from '../helpers/repository.js';


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

test('every French text of every catalogue and of the knowledge base follows French typography', async t => {
	const {catalogues} = await loadCatalogues();
	// Function messages (plurals) are read with every parameter set to 1.
	const anyParameters = new Proxy({}, {get: () => 1});
	const french = [
		...catalogues.flatMap(catalogue => Object.entries(catalogue.fr).map(([key, message]) => [key, formatMessage(message, anyParameters)] as const)),
		...(await knowledgeTexts()).map(([where, text]) => [where, text.fr] as const),
	];
	t.true(french.length > 1000, `${french.length} French texts`);
	const problems: string[] = [];
	for (const [where, text] of french) {
		const found = frenchTypographyProblems(text);
		if (found.length > 0) {
			problems.push(`${where}:\n${describe(found)}`);
		}
	}

	t.deepEqual(problems, [], 'fix them with: node --import=tsx scripts/french-typography.mjs');
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
