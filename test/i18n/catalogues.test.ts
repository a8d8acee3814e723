import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import test from 'ava';
import {declaredCatalogues, type Message} from '../../source/i18n/catalogue.js';

// Every module that declares texts is loaded, so no catalogue escapes the checks.
const sourceRoot = fileURLToPath(new URL('../../source/', import.meta.url));

async function modulesDeclaringTexts(folder: string): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await readdir(folder, {withFileTypes: true})) {
		const file = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			found.push(...await modulesDeclaringTexts(file));
		} else if (/\.tsx?$/.test(entry.name) && !file.includes(`${path.sep}i18n${path.sep}`) && (await readFile(file, 'utf8')).includes('defineCatalogue(')) {
			found.push(file);
		}
	}

	return found;
}

// `${NAME}` in a text is shell syntax shown to the user, not a placeholder.
const placeholders = (message: Message) => typeof message === 'string' ? [...new Set([...message.matchAll(/(?<!\$)\{(\w+)\}/g)].map(match => match[1]))].sort() : 'function';

test('every catalogue of the product has English and French texts for the same keys, with the same placeholders', async t => {
	const modules = await modulesDeclaringTexts(sourceRoot);
	t.true(modules.length >= 10, `${modules.length} modules declare texts`);
	for (const module of modules) {
		await import(pathToFileURL(module).href);
	}

	const catalogues = declaredCatalogues();
	t.true(catalogues.length >= modules.length);
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
