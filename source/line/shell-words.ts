import type {LineProblem, Token} from './tokenize.js';

/**
Programs a learner types in a container's shell (the tutorial's `echo`, `cat`,
`ls /home`), which are not docker commands. Typed at the dockwise prompt, they
were most likely meant for the container just left.
*/
export const containerShellWords: ReadonlySet<string> = new Set([
	'echo', 'cat', 'ls', 'cd', 'pwd', 'touch', 'mkdir', 'rmdir', 'mv', 'head', 'tail', 'less', 'more',
	'vi', 'vim', 'nano', 'whoami', 'id', 'hostname', 'env', 'df', 'du', 'find', 'grep', 'apk', 'apt',
	'apt-get', 'sh', 'bash', 'ash', 'printf', 'tee', 'wc', 'stat', 'chmod', 'chown', 'ln', 'uname', 'mount',
	'which', 'date', 'sleep', 'true', 'false', 'test', 'unlink', 'dd', 'truncate', 'sort', 'tree',
]);

/** Programs that create, change or delete files whatever their arguments. */
const writingPrograms = new Set(['rm', 'rmdir', 'mv', 'cp', 'touch', 'mkdir', 'dd', 'truncate', 'tee', 'chmod', 'chown', 'ln', 'unlink', 'install', 'shred']);

/** Operators that write a file: `>`, `>>`, `>|`, `&>`. */
const writingOperators = new Set(['>', '>>', '>|', '&>', '>&']);

/** Whether a line would create, change or delete files if a shell ran it: never to be offered for the host. */
export function writesFiles(tokens: readonly Token[], problems: readonly LineProblem[]): boolean {
	const program = tokens[0]?.value;
	return (program !== undefined && writingPrograms.has(program))
		|| problems.some(problem => problem.code === 'shell-operator' && writingOperators.has(problem.text));
}
