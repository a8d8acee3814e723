import {execa} from 'execa';

/**
The names of every volume and container on the engine (one set: a demo's
names must be free in both). Empty when the engine does not answer: the
demo's first step then says why.
*/
export async function takenNames(docker: string, env: NodeJS.ProcessEnv): Promise<Set<string>> {
	const [volumes, containers] = await Promise.all([
		execa(docker, ['volume', 'ls', '--format', '{{.Name}}'], {env, reject: false, timeout: 30_000}),
		execa(docker, ['container', 'ls', '--all', '--format', '{{.Names}}'], {env, reject: false, timeout: 30_000}),
	]);
	const names = [volumes, containers].flatMap(result => result.exitCode === 0 ? String(result.stdout).split('\n') : []);
	return new Set(names.map(name => name.trim()).filter(name => name !== ''));
}
