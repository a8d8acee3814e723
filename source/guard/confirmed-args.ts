import type {ExplainedToken, Explanation} from '../explain/types.js';

/**
The words of the line, as docker gets them (without `docker`), with `--force`
added: what to run once the user confirmed a command that would otherwise ask
again. A flag and its value become one `--flag=value` word, which docker reads
the same whether they were typed `--flag value` or `--flag=value`, and which
keeps `--force=false` a single word. `--force` goes last (so it wins over an
earlier `--force=false`), before a trailing `--`.
*/
export function confirmedArgs(explanation: Explanation): string[] {
	const tokens = explanation.tokens.filter((token, index) => !(index === 0 && token.role === 'program'));
	const words: string[] = [];
	let previous: ExplainedToken | undefined;
	let endOfOptions = -1;
	const lastCommand = tokens.findLastIndex(token => token.role === 'command');
	for (const [index, token] of tokens.entries()) {
		if (previous && token.start === previous.end) {
			words[words.length - 1] += token.value;
		} else if (previous?.role === 'flag' && token.role === 'value' && token.flag === previous.flag && previous.value.startsWith('-') && !previous.value.includes('=')) {
			words[words.length - 1] += `=${token.value}`;
		} else {
			if (token.role === 'flag' && token.flag === undefined && token.value === '--' && index > lastCommand && endOfOptions === -1) {
				endOfOptions = words.length;
			}

			words.push(token.value);
		}

		previous = token;
	}

	const at = endOfOptions === -1 ? words.length : endOfOptions;
	return [...words.slice(0, at), '--force', ...words.slice(at)];
}
