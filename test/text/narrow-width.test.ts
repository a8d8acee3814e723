import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import test from 'ava';
import {build} from 'esbuild';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {narrowWidth} from '../../source/text/narrow-width.js';
import {repositoryRoot} from '../helpers/repository.js';

const narrowCharacters: string[] = [];
for (let code = 0; code <= 0xFF_FF; code++) {
	const character = String.fromCodePoint(code);
	if (code < 0xD8_00 || code > 0xDF_FF) {
		if (narrowWidth(character) !== undefined) {
			narrowCharacters.push(character);
		}
	}
}

test('each character the fast path knows is one column for string-width too', t => {
	t.true(narrowCharacters.length > 1000);
	const different = narrowCharacters.filter(character => stringWidth(character) !== 1 || narrowWidth(character) !== 1);
	t.deepEqual(different.map(character => character.codePointAt(0)!.toString(16)), []);
});

test('any text of those characters has the width string-width gives', t => {
	fc.assert(fc.property(fc.array(fc.constantFrom(...narrowCharacters), {maxLength: 40}).map(parts => parts.join('')), text => {
		t.is(narrowWidth(text), stringWidth(text));
	}), {numRuns: 2000});
});

test('anything else is left to string-width', t => {
	for (const text of ['日本', '👍', 'e\u0301', '\u00AD', '◽', '✅', '▶\uFE0F', '\u200B', 'a\tb', '\u001B[31mred']) {
		t.is(narrowWidth(text), undefined, JSON.stringify(text));
	}
});

test('the string-width the bundle uses answers as string-width does', async t => {
	const directory = mkdtempSync(path.join(tmpdir(), 'dockwise-string-width-'));
	try {
		await build({absWorkingDir: repositoryRoot, entryPoints: ['scripts/string-width.js'], outfile: path.join(directory, 'string-width.mjs'), bundle: true, platform: 'node', format: 'esm', logLevel: 'warning'});
		const {default: bundled} = await import(pathToFileURL(path.join(directory, 'string-width.mjs')).href) as {default: typeof stringWidth};
		const texts = ['', 'plain', '\u001B[1m◆ ok\u001B[22m', 'Connecting to the Docker engine…', '─── │ ✓ exit 0', '日本語', '👍🏽 x', 'e\u0301', '\u001B[31m日\u001B[39m', '▶\uFE0F', 'a\u200Db', '\u009B31mx'];
		for (const text of texts) {
			t.is(bundled(text), stringWidth(text), JSON.stringify(text));
			t.is(bundled(text, {ambiguousIsNarrow: false}), stringWidth(text, {ambiguousIsNarrow: false}), JSON.stringify(text));
			t.is(bundled(text, {countAnsiEscapeCodes: true}), stringWidth(text, {countAnsiEscapeCodes: true}), JSON.stringify(text));
		}
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
});
