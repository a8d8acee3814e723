#!/usr/bin/env node
// Applies French typography (source/i18n/french-typography.ts) to the French texts of every
// catalogue (`fr: {...}` in files calling defineCatalogue), to the one-string French texts of the
// knowledge base (`fr: '...'`) and to the prose of lessons/*.fr.yaml.
// Usage: node --import=tsx scripts/french-typography.mjs [--check]
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {fixFrenchTypography} from '../source/i18n/french-typography.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
let changed = 0;

async function filesUnder(folder, test) {
	const found = [];
	for (const entry of await readdir(folder, {withFileTypes: true})) {
		const file = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			found.push(...await filesUnder(file, test));
		} else if (test(file)) {
			found.push(file);
		}
	}

	return found;
}

// `\u00A0` written as an escape is a no-break space already.
const fixText = text => fixFrenchTypography(text.replaceAll(/(?<=\p{L})\\'(?=\p{L})/gu, '’').replaceAll('\\u00A0', '\u00A0'));

/** Fixes the one-string French texts (`fr: '…'`) of `code`: the knowledge base's `Text`s. */
const fixFrenchStrings = code => code.replaceAll(/\bfr: '((?:[^'\\]|\\.)*)'/g, (whole, text) => `fr: '${fixText(text)}'`);

/** Fixes the string literals of `code` from `start` to the end of the object opened there; returns the new code. */
function fixLiterals(code, start) {
	let out = code.slice(0, start);
	let depth = 0;
	let index = start;
	while (index < code.length) {
		const character = code[index];
		if (character === '\'' || character === '"') {
			let end = index + 1;
			while (code[end] !== character) {
				end += code[end] === '\\' ? 2 : 1;
			}

			out += character + fixText(code.slice(index + 1, end)) + character;
			index = end + 1;
			continue;
		}

		if (character === '`') {
			// Text parts only: ${...} is code (with its own literals, handled recursively).
			let end = index + 1;
			let text = '';
			out += '`';
			while (code[end] !== '`') {
				if (code[end] === '\\') {
					text += code.slice(end, end + 2);
					end += 2;
				} else if (code[end] === '$' && code[end + 1] === '{') {
					out += fixText(text);
					text = '';
					let level = 0;
					let close = end + 1;
					for (;;) {
						if (code[close] === '{') {
							level++;
						} else if (code[close] === '}' && --level === 0) {
							break;
						}

						close++;
					}

					const inner = code.slice(end, close + 1);
					out += fixLiterals(inner, 0);
					end = close + 1;
				} else {
					text += code[end];
					end++;
				}
			}

			out += fixText(text) + '`';
			index = end + 1;
			continue;
		}

		if (character === '/' && code[index + 1] === '/') {
			const end = code.indexOf('\n', index);
			out += code.slice(index, end);
			index = end;
			continue;
		}

		if (character === '{') {
			depth++;
		} else if (character === '}') {
			depth--;
		}

		out += character;
		index++;
		if (depth === 0 && start !== 0 && character === '}') {
			return out + code.slice(index);
		}
	}

	return out;
}

for (const file of await filesUnder(path.join(root, 'source'), file => /\.tsx?$/.test(file) && !file.includes(`${path.sep}i18n${path.sep}`))) {
	const code = await readFile(file, 'utf8');
	let fixed = fixFrenchStrings(code);
	const at = code.indexOf('defineCatalogue(');
	for (let french = at === -1 ? -1 : fixed.search(/^\s*fr: \{/m); french !== -1;) {
		const open = fixed.indexOf('{', french);
		fixed = fixLiterals(fixed, open);
		const next = fixed.slice(open + 1).search(/^\s*fr: \{/m);
		french = next === -1 ? -1 : open + 1 + next;
	}

	if (fixed !== code) {
		changed++;
		console.log(path.relative(root, file));
		if (!check) {
			await writeFile(file, fixed);
		}
	}
}

// Lessons: the prose only (intro, say, done, hints, titles); commands and keys are code.
const prose = /^(?<indent>\s*(?:- )?)(?<key>title|summary|intro|say|done|no-loss|wrong-path|not-read|not-removed|[a-z-]+-hint|[a-z]+(?:-[a-z]+)*): (?<rest>.*)$/;
for (const file of await filesUnder(path.join(root, 'lessons'), file => file.endsWith('.fr.yaml'))) {
	const lines = (await readFile(file, 'utf8')).split('\n');
	let blockIndent;
	const out = lines.map(line => {
		const indent = line.length - line.trimStart().length;
		if (blockIndent !== undefined && (line.trim() === '' || indent >= blockIndent)) {
			return fixFrenchTypography(line);
		}

		blockIndent = undefined;
		const match = prose.exec(line);
		if (!match || line.trimStart().startsWith('#') || /^(run|keys|check|answer|expect|kind|path|id|lesson|lang|volume|container\d?)$/.test(match.groups.key)) {
			return line;
		}

		if (match.groups.rest === '|' || match.groups.rest === '>') {
			blockIndent = indent + 1;
			return line;
		}

		return `${match.groups.indent}${match.groups.key}: ${fixFrenchTypography(match.groups.rest)}`;
	});
	const text = out.join('\n');
	if (text !== lines.join('\n')) {
		changed++;
		console.log(path.relative(root, file));
		if (!check) {
			await writeFile(file, text);
		}
	}
}

if (check && changed > 0) {
	process.exitCode = 1;
}
