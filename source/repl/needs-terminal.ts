import {isFlagOn, type Explanation} from '../explain/index.js';
import {confirmsWithoutForce} from '../line/docker-rules.js';

/**
Decides whether a docker command must own the terminal: an interactive
container (`run -it`, `exec -i`, `start -ai`, `attach`), a password prompt
(`login`), a live screen (`stats`), or docker's own "Are you sure?" question
(`prune` without --force). Everything else runs piped, its output streamed
into the transcript. Reads the parsed line, so a container's own arguments
(`run alpine ls -t`) and flag values (`--name -it`) are never mistaken for flags,
and `--interactive=FALSE` is off, as docker's boolean parser says.
*/
export function needsTerminal(explanation: Explanation): boolean {
	const flags = explanation.flagUses.filter(use => !use.global);
	const on = (long: string) => isFlagOn(flags, long);
	switch (explanation.command) {
		case 'container run':
		case 'container exec': {
			return !on('detach') && (on('interactive') || on('tty'));
		}

		case 'container start': {
			return on('interactive');
		}

		case 'container attach': {
			return true;
		}

		case 'login': {
			// A password given on the line (any value) means no prompt.
			return !on('password-stdin') && !flags.some(use => use.long === 'password');
		}

		case 'container stats': {
			return !on('no-stream');
		}

		default: {
			// Docker's own "Are you sure?". Without its catalogue loaded, an uncurated `-f` keeps its short name.
			return explanation.command !== null && confirmsWithoutForce.has(explanation.command) && !on('force') && !on('f');
		}
	}
}

/**
Whether the command gives a container a terminal (`run -t`, `exec -t`, or
`start -i` and `attach` of a container created with `-t`): the container shows
what is typed itself (docker puts the terminal in raw mode for it), so the
terminal's own echo is never wanted while it runs. `hasTty` tells whether the
container a name or id prefix stands for was created with `-t`; undefined when
that is not known, and then the echo stays (a line-mode container would show
nothing of what is typed).
*/
export function givesContainerTerminal(explanation: Explanation, hasTty: (reference: string) => boolean | undefined = () => undefined): boolean {
	const flags = explanation.flagUses.filter(use => !use.global);
	const on = (long: string) => isFlagOn(flags, long);
	const attached = attachedContainer(explanation);
	switch (explanation.command) {
		case 'container run':
		case 'container exec': {
			return !on('detach') && on('tty');
		}

		case 'container start': {
			return on('interactive') && attached !== undefined && hasTty(attached) === true;
		}

		case 'container attach': {
			return !on('no-stdin') && attached !== undefined && hasTty(attached) === true;
		}

		default: {
			return false;
		}
	}
}

/** The container `start` or `attach` connects the terminal to: the first operand (docker attaches one at a time and refuses `start -i` of several). */
export function attachedContainer(explanation: Explanation): string | undefined {
	return explanation.command === 'container start' || explanation.command === 'container attach' ? explanation.operands[0] : undefined;
}
