import type {Explanation} from '../explain/index.js';

/**
Decides whether a docker command must own the terminal: an interactive
container (`run -it`, `exec -i`, `start -ai`, `attach`), a password prompt
(`login`), a live screen (`stats`), or docker's own "Are you sure?" question
(`prune` without --force). Everything else runs piped, its output streamed
into the transcript. Reads the parsed line, so a container's own arguments
(`run alpine ls -t`) and flag values (`--name -it`) are never mistaken for flags.
*/
export function needsTerminal(explanation: Explanation): boolean {
	const flags = flagsSet(explanation);
	switch (explanation.command) {
		case 'container run':
		case 'container exec': {
			return !flags.has('--detach') && (flags.has('--interactive') || flags.has('--tty'));
		}

		case 'container start': {
			return flags.has('--interactive');
		}

		case 'container attach': {
			return true;
		}

		case 'login': {
			return !flags.has('--password-stdin') && !flags.has('--password');
		}

		case 'container stats': {
			return !flags.has('--no-stream');
		}

		case 'container prune':
		case 'image prune':
		case 'network prune':
		case 'volume prune':
		case 'system prune':
		case 'builder prune':
		case 'buildx prune': {
			// Without docker's catalogue loaded, an uncurated `-f` keeps its short name.
			return !flags.has('--force') && !flags.has('-f');
		}

		default: {
			return false;
		}
	}
}

/** Long names of the flags the line sets; `--flag=false` (or `=0`) unsets a switch. */
function flagsSet(explanation: Explanation): Set<string> {
	const flags = new Set<string>();
	const {tokens} = explanation;
	for (const [index, token] of tokens.entries()) {
		if (token.role !== 'flag' || !token.flag) {
			continue;
		}

		const next = tokens[index + 1];
		const value = next?.role === 'value' && next.flag === token.flag ? next.value : undefined;
		if (value === 'false' || value === '0') {
			flags.delete(token.flag);
		} else {
			flags.add(token.flag);
		}
	}

	return flags;
}
