import test from 'ava';
import type {Message} from '../../source/i18n/catalogue.js';
import {declaresCatalogue, isKnowledge, knowledgeTexts, loadCatalogues, relative, sourceFiles, writesFrench} from '../helpers/source-texts.js';

// `${NAME}` in a text is shell syntax shown to the user, not a placeholder.
const placeholders = (message: Message) => typeof message === 'string' ? [...new Set([...message.matchAll(/(?<!\$)\{(\w+)\}/g)].map(match => match[1]))].sort() : 'function';

test('every file holding texts is a catalogue or part of the knowledge base; every *messages.ts is a catalogue', async t => {
	const files = await sourceFiles();
	const textFiles = files.filter(file => declaresCatalogue(file) || writesFrench(file));
	t.true(textFiles.length >= 20, `${textFiles.length} files hold texts`);
	t.deepEqual(textFiles.filter(file => !declaresCatalogue(file) && !isKnowledge(file)).map(file => relative(file)), [], 'French written outside a catalogue');
	t.deepEqual(files.filter(file => /messages\.tsx?$/.test(file.file) && !declaresCatalogue(file)).map(file => relative(file)), [], 'a *messages.ts that declares no catalogue');
});

test('every catalogue of the product has English and French texts for the same keys, with the same placeholders', async t => {
	const {modules, catalogues} = await loadCatalogues();
	t.true(modules >= 15, `${modules} modules declare texts`);
	t.true(catalogues.length >= modules);
	for (const catalogue of catalogues) {
		const keys = Object.keys(catalogue.en).sort();
		t.deepEqual(Object.keys(catalogue.fr).sort(), keys);
		for (const key of keys) {
			const english = catalogue.en[key]!;
			const french = catalogue.fr[key]!;
			t.deepEqual(placeholders(french), placeholders(english), key);
			if (typeof english === 'string' && typeof french === 'string') {
				t.true(english.trim() !== '' && french.trim() !== '', key);
			}
		}
	}
});

test('every text of the knowledge base is written in both languages, with the same placeholders', async t => {
	const texts = await knowledgeTexts();
	t.true(texts.length > 200, `${texts.length} texts`);
	for (const [where, text] of texts) {
		t.true(text.en.trim() !== '' && text.fr.trim() !== '', where);
		t.deepEqual(placeholders(text.fr), placeholders(text.en), where);
		if (text.en.length > 30) {
			t.not(text.fr, text.en, `${where} is translated`);
		}
	}
});
