import {tokenize, type Token} from '../line/tokenize.js';

/** Names of environment variables and build args whose values are secrets. */
const secretName = /pass|pwd|secret|token|api_?key|access_?key|private_?key|credential|auth/i;

/** What a secret value is replaced with. */
export const redacted = '***';

/** Flags whose value is `NAME=VALUE`, the value secret when the name looks secret. */
const namedValueFlags = new Set(['-e', '--env', '--build-arg', '--secret']);
/** Flags of `docker login` whose value is the password itself. */
const passwordFlags = new Set(['-p', '--password']);

/**
The line with secret values replaced by `***`, for what is saved and shown
(history, demo recordings): values of `-e`/`--env`/`--build-arg NAME=VALUE` whose
NAME looks secret (PASSWORD, DB_TOKEN, API_KEY...), and the password of `login
-p`/`--password`. The rest of the line is left exactly as typed. Pure; the same
line when there is nothing to hide.
*/
export function redactSecrets(line: string): string {
	if (!/-(?:e|p|-env|-password|-build-arg|-secret)/.test(line)) {
		return line;
	}

	const {tokens} = tokenize(line);
	const isLogin = tokens.some(token => token.value === 'login');
	const spans: Array<{start: number; end: number; text: string}> = [];
	for (const [index, token] of tokens.entries()) {
		const next = tokens[index + 1];
		const {flag, inlineValue} = splitFlag(token);
		if (namedValueFlags.has(flag)) {
			const valueToken = inlineValue === undefined ? next : undefined;
			const value = inlineValue ?? next?.value;
			if (value !== undefined && secretName.test(value.split('=')[0]!) && value.includes('=')) {
				spans.push(valueToken
					? {start: valueToken.start, end: valueToken.end, text: `${value.split('=')[0]!}=${redacted}`}
					: {start: token.start, end: token.end, text: `${flag}${token.raw.startsWith('--') ? '=' : ''}${value.split('=')[0]!}=${redacted}`});
			}
		} else if (isLogin && passwordFlags.has(flag)) {
			if (inlineValue !== undefined) {
				spans.push({start: token.start, end: token.end, text: `${flag}${flag === '--password' ? '=' : ''}${redacted}`});
			} else if (next) {
				spans.push({start: next.start, end: next.end, text: redacted});
			}
		}
	}

	let result = line;
	for (const span of spans.reverse()) {
		result = result.slice(0, span.start) + span.text + result.slice(span.end);
	}

	return result;
}

/** `--env=A=b` -> `--env` and `A=b`; `-eA=b` -> `-e` and `A=b`; `-psecret` -> `-p` and `secret`. */
function splitFlag(token: Token): {flag: string; inlineValue: string | undefined} {
	const {value} = token;
	if (value.startsWith('--')) {
		const equals = value.indexOf('=');
		return equals === -1 ? {flag: value, inlineValue: undefined} : {flag: value.slice(0, equals), inlineValue: value.slice(equals + 1)};
	}

	if (/^-[ep]./.test(value)) {
		return {flag: value.slice(0, 2), inlineValue: value.slice(2)};
	}

	return {flag: value, inlineValue: undefined};
}

/**
Whether a submitted line is kept in history at all: like bash with
`HISTCONTROL=ignorespace`, a line starting with a space is not.
*/
export function isKeptInHistory(line: string): boolean {
	return !/^[ \t]/.test(line);
}
