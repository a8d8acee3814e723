import test from 'ava';
import {cliTexts} from '../../source/explain/cli-messages.js';
import {effectTexts} from '../../source/explain/effect-messages.js';
import {errorTexts} from '../../source/explain/error-messages.js';
import {allCommandNodes, type Text} from '../../source/explain/knowledge/index.js';
import {messageTexts} from '../../source/explain/messages.js';
import {warningTexts} from '../../source/explain/warning-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();

const catalogues = {messageTexts, errorTexts, warningTexts, effectTexts, cliTexts};

test('every message exists in English and French with the same placeholders', t => {
	for (const [name, catalogue] of Object.entries(catalogues)) {
		const en = catalogue.en as Record<string, unknown>;
		const fr = catalogue.fr as Record<string, unknown>;
		t.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort(), name);
		for (const [key, english] of Object.entries(en)) {
			const french = fr[key];
			t.is(typeof english, 'string', `${name}.${key}`);
			t.deepEqual(placeholders(french as string), placeholders(english as string), `${name}.${key}`);
			t.true((french as string).trim().length > 0, `${name}.${key}`);
		}
	}
});

test('the knowledge base is written in both languages', t => {
	const texts: Array<[string, Text]> = [];
	for (const node of allCommandNodes()) {
		if (node.plugin) {
			continue;
		}

		texts.push([node.key, node.knowledge.summary]);
		for (const flag of node.knowledge.flags ?? []) {
			texts.push([`${node.key} --${flag.long}`, flag.summary]);
			if (flag.value) {
				texts.push([`${node.key} --${flag.long} value`, flag.value]);
			}

			if (flag.deprecated) {
				texts.push([`${node.key} --${flag.long} deprecated`, flag.deprecated]);
			}
		}

		for (const operand of node.knowledge.operands ?? []) {
			texts.push([`${node.key} ${operand.name}`, operand.summary]);
		}
	}

	t.true(texts.length > 200);
	for (const [where, text] of texts) {
		t.true(text.en.trim().length > 0 && text.fr.trim().length > 0, where);
		t.deepEqual(placeholders(text.fr), placeholders(text.en), where);
		if (text.en.length > 30) {
			t.not(text.fr, text.en, `${where} is translated`);
		}
	}
});

test('French texts put a space before two-part punctuation, as French typography wants', t => {
	const french = [
		...Object.values(catalogues).flatMap(catalogue => Object.values(catalogue.fr as Record<string, string>)),
		...[...allCommandNodes()].flatMap(node => [node.knowledge.summary.fr, ...(node.knowledge.flags ?? []).map(flag => flag.summary.fr)]),
	];
	for (const text of french) {
		// Ignore URLs, key=value examples and `docker:` quotes.
		const prose = text.replaceAll(/\S*[:/=]\S*/g, word => /[a-zé]\s?[;:]$/i.test(word) ? word : '');
		t.notRegex(prose, /[a-zàâçéèêëîïôûù)][;:](\s|$)/i, text);
	}
});
