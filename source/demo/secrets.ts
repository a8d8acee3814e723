import {tokenize} from '../line/tokenize.js';
import type {Step} from '../script/types.js';

const secretName = /secret|token|passw|pwd|key|auth|credential|cookie|session|private/i;
/** Shorter values would mask ordinary words and numbers everywhere. */
const minimumLength = 4;

type Environment = Readonly<Record<string, string | undefined>>;

/**
The values a recording must not show: every `-e NAME=value` / `--env` value the
script passes (or the environment value a bare `-e NAME` forwards), the values of
secret-looking variables of the recording machine, its home folder and user name.
*/
export function secretValues(steps: readonly Step[], env: Environment): string[] {
	const values = new Set<string>();
	const add = (value: string | undefined) => {
		if (value !== undefined && value.length >= minimumLength) {
			values.add(value);
		}
	};

	for (const step of steps) {
		if (step.kind === 'run') {
			for (const assignment of envAssignments(step.command)) {
				const equals = assignment.indexOf('=');
				add(equals === -1 ? env[assignment] : assignment.slice(equals + 1));
			}
		}
	}

	for (const [name, value] of Object.entries(env)) {
		if (secretName.test(name)) {
			add(value);
		}
	}

	// `root` is a word docker prints on its own (owners, /root): masking it would hide more than it protects.
	const home = env['HOME'];
	if (home && home !== '/' && home !== '/root') {
		add(home);
	}

	const user = env['USER'] ?? env['LOGNAME'];
	if (user && user !== 'root') {
		add(user);
	}

	return [...values];
}

/** The NAME=value words after -e / --env in a docker line. */
export function envAssignments(line: string): string[] {
	const words = tokenize(line).tokens.map(token => token.value);
	const found: string[] = [];
	for (const [index, word] of words.entries()) {
		if ((word === '-e' || word === '--env') && words[index + 1] !== undefined) {
			found.push(words[index + 1]!);
		} else if (word.startsWith('--env=')) {
			found.push(word.slice('--env='.length));
		} else if (/^-e[A-Za-z_]/.test(word)) {
			found.push(word.slice(2));
		}
	}

	return found;
}

export type RedactOptions = {values: readonly string[]; containerIds: boolean};

const containerId = /(?<![\da-f])[\da-f]{12}(?:[\da-f]{52})?(?![\da-f])/g;

/**
Masks secrets in recorded output with as many `*` (ids: `x`) as they have
characters, so the panels drawn around them keep their columns.
*/
export function createRedactor({values, containerIds}: RedactOptions): (text: string) => string {
	// Longest first: a value containing another is masked whole.
	const sorted = [...values].sort((a, b) => b.length - a.length);
	return text => {
		let result = text;
		for (const value of sorted) {
			result = result.replaceAll(value, '*'.repeat(value.length));
		}

		return containerIds ? result.replaceAll(containerId, id => 'x'.repeat(id.length)) : result;
	};
}
