import {parseMountSpec, parseVolumeSpec} from '../explain/index.js';

/** A mount a `docker run` line asked for, as typed (after `$VAR` expansion), valid or not. */
export type RequestedMount = {
	type: 'volume' | 'bind' | 'other';
	source: string | undefined;
	target: string | undefined;
	/** Codes of what docker would refuse in it (`relative-target`...). */
	problems: string[];
};

const valueFlags = new Set(['--mount', '--volume', '-v']);

/**
The `--mount` and `-v` values of a `docker run`/`create` argument list. The model
only knows the mounts of containers that started; a refused one (a relative
`dst=`) exists only in the line, and the hint must name it.
*/
export function requestedMounts(args: readonly string[]): RequestedMount[] {
	const mounts: RequestedMount[] = [];
	for (let index = 0; index < args.length; index++) {
		const arg = args[index]!;
		if (arg === '--') {
			break;
		}

		const [flag, inline] = splitFlag(arg);
		if (!valueFlags.has(flag)) {
			continue;
		}

		const value = inline ?? args[++index];
		if (value === undefined) {
			break;
		}

		mounts.push(flag === '--mount' ? fromMountSpec(value) : fromVolumeSpec(value));
	}

	return mounts;
}

/** Whether the arguments run or create a container (`run`, `container run`, `create`). */
export function runsContainer(args: readonly string[]): boolean {
	const [first, second] = args;
	return first === 'run' || first === 'create' || (first === 'container' && (second === 'run' || second === 'create'));
}

function splitFlag(arg: string): [string, string | undefined] {
	if (arg.startsWith('--')) {
		const equals = arg.indexOf('=');
		return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
	}

	// `-vSPEC` is `-v SPEC`.
	return arg.startsWith('-v') && arg.length > 2 ? ['-v', arg.slice(2)] : [arg, undefined];
}

function fromMountSpec(value: string): RequestedMount {
	const {mount, problems} = parseMountSpec(value);
	const type = mount?.type === 'volume' || mount?.type === 'bind' ? mount.type : 'other';
	return {type, source: mount?.source, target: mount?.target, problems: problems.map(problem => problem.code)};
}

function fromVolumeSpec(value: string): RequestedMount {
	const {volume, problems} = parseVolumeSpec(value);
	return {type: volume?.kind === 'bind' ? 'bind' : 'volume', source: volume?.source, target: volume?.target, problems: problems.map(problem => problem.code)};
}
