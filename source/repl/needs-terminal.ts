/**
Decides whether a docker command must own the terminal: an interactive
container (`run -it`, `exec -i`, `start -ai`, `attach`), a password prompt
(`login`), or docker's own "Are you sure?" question (`prune` without --force).
Everything else runs piped, its output streamed into the transcript.
*/
export function needsTerminal(args: readonly string[]): boolean {
	const rest = skipGlobalOptions(args);
	const [first, second] = rest;
	if (first === undefined) {
		return false;
	}

	const isManagement = managementCommands.has(first);
	const command = isManagement ? `${first} ${second ?? ''}`.trim() : first;
	const flags = collectFlags(rest.slice(isManagement ? 2 : 1), commandShape(command));

	switch (canonical(command)) {
		case 'container run':
		case 'container exec': {
			return !flags.has('detach') && (flags.has('interactive') || flags.has('tty'));
		}

		case 'container start': {
			return flags.has('interactive');
		}

		case 'container attach': {
			return true;
		}

		case 'login': {
			return !flags.has('password-stdin') && !flags.has('password');
		}

		case 'container stats': {
			return !flags.has('no-stream');
		}

		case 'container prune':
		case 'image prune':
		case 'network prune':
		case 'volume prune':
		case 'system prune':
		case 'builder prune':
		case 'buildx prune': {
			return !flags.has('force');
		}

		default: {
			return false;
		}
	}
}

const managementCommands = new Set([
	'builder', 'buildx', 'checkpoint', 'config', 'container', 'context', 'image', 'manifest', 'network', 'node',
	'plugin', 'secret', 'service', 'stack', 'swarm', 'system', 'trust', 'volume',
]);

const shortcuts: Record<string, string> = {
	run: 'container run',
	exec: 'container exec',
	start: 'container start',
	attach: 'container attach',
	stats: 'container stats',
	'container ls': 'container ls',
};

function canonical(command: string): string {
	return shortcuts[command] ?? command;
}

const globalOptionsWithValue = new Set(['--config', '--context', '-c', '--host', '-H', '--log-level', '-l', '--tlscacert', '--tlscert', '--tlskey']);

function skipGlobalOptions(args: readonly string[]): readonly string[] {
	let index = 0;
	while (index < args.length && args[index]!.startsWith('-')) {
		const argument = args[index]!;
		index += globalOptionsWithValue.has(argument) ? 2 : 1;
	}

	return args.slice(index);
}

type CommandShape = {
	/** Long flags that take no value; every other long flag takes one. */
	booleanLongFlags: ReadonlySet<string>;
	/** Short flag letters mapped to their long names, `undefined` value when the short flag takes a value. */
	shortFlags: Readonly<Record<string, {long: string; boolean: boolean}>>;
};

const runShape: CommandShape = {
	booleanLongFlags: new Set(['detach', 'disable-content-trust', 'help', 'init', 'interactive', 'no-healthcheck', 'oom-kill-disable', 'privileged', 'publish-all', 'quiet', 'read-only', 'rm', 'sig-proxy', 'tty', 'use-api-socket']),
	shortFlags: {
		d: {long: 'detach', boolean: true},
		i: {long: 'interactive', boolean: true},
		t: {long: 'tty', boolean: true},
		P: {long: 'publish-all', boolean: true},
		q: {long: 'quiet', boolean: true},
		a: {long: 'attach', boolean: false},
		c: {long: 'cpu-shares', boolean: false},
		e: {long: 'env', boolean: false},
		h: {long: 'hostname', boolean: false},
		l: {long: 'label', boolean: false},
		m: {long: 'memory', boolean: false},
		p: {long: 'publish', boolean: false},
		u: {long: 'user', boolean: false},
		v: {long: 'volume', boolean: false},
		w: {long: 'workdir', boolean: false},
	},
};

const execShape: CommandShape = {
	booleanLongFlags: new Set(['detach', 'interactive', 'privileged', 'tty', 'help']),
	shortFlags: {
		d: {long: 'detach', boolean: true},
		i: {long: 'interactive', boolean: true},
		t: {long: 'tty', boolean: true},
		e: {long: 'env', boolean: false},
		u: {long: 'user', boolean: false},
		w: {long: 'workdir', boolean: false},
	},
};

const startShape: CommandShape = {
	booleanLongFlags: new Set(['attach', 'interactive', 'help']),
	shortFlags: {a: {long: 'attach', boolean: true}, i: {long: 'interactive', boolean: true}},
};

/** For commands without operands that matter here, any flag is taken as boolean: only their presence is read. */
const looseShape: CommandShape = {booleanLongFlags: new Set(), shortFlags: {f: {long: 'force', boolean: true}, a: {long: 'all', boolean: true}}};

function commandShape(command: string): CommandShape {
	switch (canonical(command)) {
		case 'container run':
		case 'container create': {
			return runShape;
		}

		case 'container exec': {
			return execShape;
		}

		case 'container start': {
			return startShape;
		}

		default: {
			return looseShape;
		}
	}
}

/** Long names of the flags set before the first operand (the image or container); `--flag=false` unsets. */
function collectFlags(args: readonly string[], shape: CommandShape): Set<string> {
	const flags = new Set<string>();
	const loose = shape === looseShape;
	for (let index = 0; index < args.length; index++) {
		const argument = args[index]!;
		if (argument === '--') {
			break;
		}

		if (argument.startsWith('--')) {
			const [name = '', value] = splitOnce(argument.slice(2), '=');
			if (value === undefined && !loose && !shape.booleanLongFlags.has(name)) {
				index++; // The next word is this flag's value.
			}

			if (value === 'false' || value === '0') {
				flags.delete(name);
			} else {
				flags.add(name);
			}

			continue;
		}

		if (argument.startsWith('-') && argument.length > 1) {
			for (const [position, letter] of [...argument.slice(1)].entries()) {
				const short = shape.shortFlags[letter];
				if (!short) {
					continue;
				}

				flags.add(short.long);
				if (!short.boolean) {
					// `-vfoo` carries its value; `-v foo` takes the next word.
					if (position === argument.length - 2) {
						index++;
					}

					break;
				}
			}

			continue;
		}

		if (!loose) {
			break; // The image or container: what follows belongs to the container's command.
		}
	}

	return flags;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
	const at = text.indexOf(separator);
	return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
