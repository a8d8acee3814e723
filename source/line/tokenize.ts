/**
A word of the line, as a POSIX shell would split it, with its position in the
line. `raw` is always exactly `line.slice(start, end)`; `value` is the word
after quote removal and `$VAR` / `~` expansion.
*/
export type Token = {
	raw: string;
	value: string;
	start: number;
	end: number;
	/** True when some part of the word was quoted (so `''` is a real, empty word). */
	quoted: boolean;
	/** Variables expanded inside this word, in order. */
	expansions: Expansion[];
};

export type Expansion = {
	/** `HOME` for `$HOME`, `~` for a tilde. */
	name: string;
	start: number;
	end: number;
	/** Undefined when the variable is not set (it expands to nothing, as in a shell). */
	value: string | undefined;
};

export type LineProblemCode =
	| 'unbalanced-quote'
	| 'trailing-backslash'
	| 'shell-operator'
	| 'command-substitution'
	| 'bad-substitution';

export type LineProblem = {
	code: LineProblemCode;
	start: number;
	end: number;
	/** The offending text: the quote, the operator, the substitution. */
	text: string;
};

export type TokenizedLine = {
	tokens: Token[];
	problems: LineProblem[];
	/** Start of a `#` comment, when the line has one. */
	commentStart: number | undefined;
};

export type ExpansionContext = {
	env: Readonly<Record<string, string | undefined>>;
	home: string;
};

const operatorCharacters = new Set(['|', '&', ';', '<', '>', '(', ')']);
const twoCharacterOperators = new Set(['&&', '||', '>>', '<<', ';;', '>&', '<&', '&>', '>|']);
const namePattern = /^[A-Za-z_]\w*/;
const doubleQuoteEscapable = new Set(['$', '`', '"', '\\', '\n']);

/**
Splits a line into words like a POSIX shell, without running anything. Shell
features dockwise will not emulate (pipes, redirects, `;`, `&&`, command
substitution) are reported as problems rather than interpreted. Without an
expansion context, `$VAR` and `~` stay literal.
*/
export function tokenize(line: string, context?: ExpansionContext): TokenizedLine {
	const tokens: Token[] = [];
	const problems: LineProblem[] = [];
	let commentStart: number | undefined;

	let index = 0;
	let word: {start: number; value: string; quoted: boolean; expansions: Expansion[]; afterFirstEquals: number | undefined} | undefined;

	const startWord = () => {
		word ??= {start: index, value: '', quoted: false, expansions: [], afterFirstEquals: undefined};
		return word;
	};

	const finishWord = (end: number) => {
		if (word) {
			tokens.push({
				raw: line.slice(word.start, end),
				value: word.value,
				start: word.start,
				end,
				quoted: word.quoted,
				expansions: word.expansions,
			});
			word = undefined;
		}
	};

	/** Reads `$NAME`, `${NAME}` at `index`; returns the index after it, or undefined when `$` is literal. */
	const readVariable = (current: NonNullable<typeof word>): number | undefined => {
		const next = line[index + 1];
		if (next === '(') {
			const close = findClosingParenthesis(line, index + 2);
			const end = close === -1 ? line.length : close + 1;
			problems.push({code: 'command-substitution', start: index, end, text: line.slice(index, end)});
			return end;
		}

		if (next === '{') {
			const close = line.indexOf('}', index + 2);
			const name = close === -1 ? undefined : line.slice(index + 2, close);
			if (close === -1 || !name || !namePattern.test(name) || name.match(namePattern)![0] !== name) {
				const end = close === -1 ? line.length : close + 1;
				problems.push({code: 'bad-substitution', start: index, end, text: line.slice(index, end)});
				return end;
			}

			expand(current, name, index, close + 1);
			return close + 1;
		}

		const match = namePattern.exec(line.slice(index + 1));
		if (!match) {
			return undefined;
		}

		const end = index + 1 + match[0].length;
		expand(current, match[0], index, end);
		return end;
	};

	const expand = (current: NonNullable<typeof word>, name: string, start: number, end: number) => {
		if (!context) {
			current.value += line.slice(start, end);
			return;
		}

		const value = context.env[name];
		current.expansions.push({name, start, end, value});
		current.value += value ?? '';
	};

	const tildeEndsHere = (position: number) => {
		const next = line[position];
		return next === undefined || next === '/' || next === ':' || isBlank(next) || operatorCharacters.has(next);
	};

	while (index < line.length) {
		const character = line[index]!;

		if (isBlank(character)) {
			finishWord(index);
			index++;
			continue;
		}

		if (character === '#' && !word) {
			commentStart = index;
			break;
		}

		if (operatorCharacters.has(character)) {
			finishWord(index);
			const pair = line.slice(index, index + 2);
			const text = twoCharacterOperators.has(pair) ? pair : character;
			problems.push({code: 'shell-operator', start: index, end: index + text.length, text});
			index += text.length;
			continue;
		}

		if (character === '\\' && index === line.length - 1) {
			problems.push({code: 'trailing-backslash', start: index, end: index + 1, text: '\\'});
			index++;
			continue;
		}

		if (character === '\\' && line[index + 1] === '\n') {
			index += 2; // Line continuation: joins the two lines.
			continue;
		}

		const current = startWord();

		if (character === '\\') {
			current.value += line[index + 1];
			index += 2;
			continue;
		}

		if (character === '\'') {
			const close = line.indexOf('\'', index + 1);
			current.quoted = true;
			if (close === -1) {
				problems.push({code: 'unbalanced-quote', start: index, end: line.length, text: '\''});
				current.value += line.slice(index + 1);
				index = line.length;
			} else {
				current.value += line.slice(index + 1, close);
				index = close + 1;
			}

			continue;
		}

		if (character === '"') {
			index = readDoubleQuoted(current);
			continue;
		}

		if (character === '`') {
			const close = line.indexOf('`', index + 1);
			const end = close === -1 ? line.length : close + 1;
			problems.push({code: 'command-substitution', start: index, end, text: line.slice(index, end)});
			index = end;
			continue;
		}

		if (character === '$') {
			const after = readVariable(current);
			if (after !== undefined) {
				index = after;
				continue;
			}
		}

		const atWordStart = index === current.start;
		// Like bash, `NAME=~/dir` expands the tilde after the word's first `=` when what precedes it is a
		// variable name (an assignment); `--opt=~/dir` keeps its `~`.
		const afterFirstEquals = line[index - 1] === '=' && current.afterFirstEquals === current.value.length && /^[A-Za-z_]\w*=$/.test(current.value);
		if (character === '~' && (atWordStart || afterFirstEquals) && tildeEndsHere(index + 1) && context) {
			current.expansions.push({name: '~', start: index, end: index + 1, value: context.home});
			current.value += context.home;
			index++;
			continue;
		}

		current.value += character;
		if (character === '=' && current.afterFirstEquals === undefined) {
			current.afterFirstEquals = current.value.length;
		}

		index++;
	}

	finishWord(commentStart ?? line.length);
	return {tokens, problems, commentStart};

	function readDoubleQuoted(current: NonNullable<typeof word>): number {
		const open = index;
		current.quoted = true;
		index++;
		while (index < line.length) {
			const character = line[index]!;
			if (character === '"') {
				return index + 1;
			}

			if (character === '\\' && doubleQuoteEscapable.has(line[index + 1] ?? '')) {
				if (line[index + 1] !== '\n') {
					current.value += line[index + 1];
				}

				index += 2;
				continue;
			}

			if (character === '`') {
				const close = line.indexOf('`', index + 1);
				const end = close === -1 ? line.length : close + 1;
				problems.push({code: 'command-substitution', start: index, end, text: line.slice(index, end)});
				index = end;
				continue;
			}

			if (character === '$') {
				const after = readVariable(current);
				if (after !== undefined) {
					index = after;
					continue;
				}
			}

			current.value += character;
			index++;
		}

		problems.push({code: 'unbalanced-quote', start: open, end: line.length, text: '"'});
		return index;
	}
}

function isBlank(character: string): boolean {
	return character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

function findClosingParenthesis(line: string, from: number): number {
	let depth = 1;
	for (let index = from; index < line.length; index++) {
		if (line[index] === '(') {
			depth++;
		} else if (line[index] === ')') {
			depth--;
			if (depth === 0) {
				return index;
			}
		}
	}

	return -1;
}
