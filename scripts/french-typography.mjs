#!/usr/bin/env node
// Applies French typography (source/i18n/french-typography.ts) to the French texts of every
// catalogue (`fr: {...}` in files calling defineCatalogue), to every `fr: '...'` text (the
// {en, fr} texts of source/explain/knowledge) and to the prose of lessons/*.fr.yaml.
// Usage: npx zx scripts/french-typography.mjs [--check] (or node scripts/french-typography.mjs)
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {register} from 'tsx/esm/api';

// The rules live in the TypeScript source: load it through tsx, however this script was started.
register();
const {fixFrenchTypography} = await import('../source/i18n/french-typography.ts');

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

/** Fixes the string literals of `code` from `start` to the end of the object opened there; returns the new code. */
function fixLiterals(code, start) {
	let out = code.slice(0, start);
	let depth = 0;
	let index = start;
	// `\u00A0` written as an escape is a no-break space already.
	const fixText = text => fixFrenchTypography(text.replaceAll(/(?<=\p{L})\\'(?=\p{L})/gu, '’').replaceAll('\\u00A0', '\u00A0'));
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

/** The index just past the string literal (', " or `, with its ${...} parts) that starts at `start`. */
function literalEnd(code, start) {
	const quote = code[start];
	let index = start + 1;
	while (code[index] !== quote) {
		if (code[index] === '\\') {
			index += 2;
		} else if (quote === '`' && code[index] === '$' && code[index + 1] === '{') {
			let level = 0;
			for (index++; ; index++) {
				if (code[index] === '{') {
					level++;
				} else if (code[index] === '}' && --level === 0) {
					break;
				}
			}

			index++;
		} else {
			index++;
		}
	}

	return index + 1;
}

/** Fixes every literal given as `fr: '...'`: the French half of a {en, fr} text (source/explain/knowledge). */
function fixFrenchProperties(code) {
	let out = '';
	let index = 0;
	for (const match of code.matchAll(/\bfr: (?=['"`])/g)) {
		const start = match.index + match[0].length;
		if (start < index) {
			continue;
		}

		const end = literalEnd(code, start);
		out += code.slice(index, start) + fixLiterals(code.slice(start, end), 0);
		index = end;
	}

	return out + code.slice(index);
}

for (const file of await filesUnder(path.join(root, 'source'), file => /\.tsx?$/.test(file) && !file.includes(`${path.sep}i18n${path.sep}`))) {
	const code = await readFile(file, 'utf8');
	let fixed = fixFrenchProperties(code);
	// Catalogues: every literal of their `fr: {...}` blocks.
	for (let french = code.includes('defineCatalogue(') ? fixed.search(/^\s*fr: \{/m) : -1; french !== -1;) {
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
