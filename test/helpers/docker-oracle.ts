import {randomBytes} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {execa} from 'execa';
import {createHelpCatalogue} from '../../source/docker/help-catalogue.js';
import {explainLine, type Explanation, type ExplainOptions} from '../../source/explain/index.js';

/*
The differential test's harness: each corpus line goes through the real
`docker create` (the oracle) and through explainLine, and the two verdicts are
compared. Only the local alpine:latest image is used (`--pull=never`); every
container made is labelled dockwise.test, named uniquely, and removed with its
anonymous volumes; named volumes the run made are removed by name.
*/

export const corpusFile = new URL('../fixtures/docker-lines.txt', import.meta.url);

export type DockerVerdict =
	| {kind: 'accept'; id: string; facts: ContainerFacts | undefined}
	| {kind: 'reject'; message: string}
	/** Refused for lack of something on this engine (an image, a container, a context): not a verdict on the line. */
	| {kind: 'missing-state'; message: string}
	/** Not run: it would make a host folder outside the temporary folder. */
	| {kind: 'unsafe'; message: string};

export type MountFact = {type: string; target: string; source: string | null; readOnly: boolean};

export type ContainerFacts = {image: string; command: string[]; autoRemove: boolean; mounts: MountFact[]};

export type LineResult = {
	/** The corpus line, placeholders replaced. */
	line: string;
	docker: DockerVerdict;
	explanation: Explanation;
	dockwiseAccepts: boolean;
	/** Both accept or both refuse. */
	agree: boolean;
	/** Both refuse and our first error carries docker's exact words. */
	sameWords?: boolean;
	/** Both refuse and our first error is on a word docker's message names (or docker names none). */
	blameOk?: boolean;
	/** Both accept: mounts, image, command and --rm as docker recorded them. */
	factsAgree?: {mounts: boolean; image: boolean; command: boolean; autoRemove: boolean};
};

export type DifferentialSummary = {
	lines: number;
	compared: number;
	missingState: number;
	unsafe: number;
	agreement: number;
	dockerAccepts: number;
	falseRefusals: number;
	dockerRefuses: number;
	caught: number;
	sameWords: number;
	blameOk: number;
	factsCompared: number;
	factsAgree: number;
};

export type DifferentialOptions = {
	docker?: string;
	/** Docker processes at once. */
	concurrency?: number;
	/** Only the corpus lines for which this is true. */
	filter?: (line: string) => boolean;
	/** The corpus file; default test/fixtures/docker-lines.txt. */
	corpus?: string | URL;
};

const missingStatePatterns = [/No such image/i, /No such container/i, /could not get container/i, /network .* not found/i, /context ".*" does not exist/i, /pull access denied/i];

export async function readCorpus(file: string | URL = corpusFile): Promise<string[]> {
	const text = await readFile(file, 'utf8');
	return text.split('\n').filter(line => line.trim() !== '' && !line.startsWith('#'));
}

export async function runDifferential(options: DifferentialOptions = {}): Promise<{results: LineResult[]; summary: DifferentialSummary}> {
	const docker = options.docker ?? process.env['DOCKWISE_DOCKER'] ?? 'docker';
	const concurrency = options.concurrency ?? 4;
	const run = randomBytes(3).toString('hex');
	const temporary = await mkdtemp(path.join(os.tmpdir(), 'dockwise-differential-'));
	const home = path.join(temporary, 'home');
	const cwd = path.join(temporary, 'cwd');
	for (const folder of [home, cwd, path.join(cwd, 'sub'), path.join(temporary, 'data'), path.join(temporary, 'content')]) {
		await mkdir(folder, {recursive: true});
	}

	await writeFile(path.join(cwd, 'env.list'), 'FROM_FILE=1\n# a comment\nMYVAR3\n');
	await writeFile(path.join(cwd, 'labels'), 'com.example.from-file=1\n');
	const environment = {HOME: home, USER: 'dockwise', PWD: cwd};
	const volumePrefix = `dwt${run}`;
	const lines = (await readCorpus(options.corpus))
		.map((line, index) => line.replaceAll('{tmp}', temporary).replaceAll('{vol}', volumePrefix).replaceAll('{name}', `dwt-${run}-${index}-`))
		.filter(line => options.filter?.(line) ?? true);

	const catalogue = createHelpCatalogue({docker, cacheDirectory: path.join(temporary, 'cache')});
	const apiVersion = (await execa(docker, ['version', '--format', '{{.Server.APIVersion}}'], {reject: false})).stdout.trim() || undefined;
	const cpuCount = Number((await execa(docker, ['info', '--format', '{{.NCPU}}'], {reject: false})).stdout.trim()) || undefined;
	const explainOptions = (): ExplainOptions => ({
		lang: 'en',
		env: environment,
		home,
		cwd,
		catalogue: catalogue.snapshot(),
		engine: {apiVersion, cpuCount},
		pathExists: hostPath => existsSync(hostPath),
	});
	await catalogue.loadAll(lines.flatMap(line => explainLine(line, explainOptions()).catalogueWanted));

	// Named volumes the corpus names without our prefix: removed afterwards only if this run made them.
	const containers: string[] = [];
	const madeVolumes = new Set<string>();
	const existingVolumes = new Set((await execa(docker, ['volume', 'ls', '--quiet'], {reject: false})).stdout.split('\n').filter(Boolean));

	try {
		const verdicts: DockerVerdict[] = Array.from({length: lines.length});
		let next = 0;
		const worker = async () => {
			while (next < lines.length) {
				const index = next++;
				verdicts[index] = await dockerVerdict(lines[index]!, index);
			}
		};

		await Promise.all(Array.from({length: concurrency}, worker));
		const ids = verdicts.flatMap(verdict => verdict.kind === 'accept' ? [verdict.id] : []);
		const facts = await inspectAll(ids);
		for (const verdict of verdicts) {
			if (verdict.kind === 'accept') {
				verdict.facts = facts.get(verdict.id);
				for (const mount of verdict.facts?.mounts ?? []) {
					if (mount.type === 'volume' && mount.source && !existingVolumes.has(mount.source)) {
						madeVolumes.add(mount.source);
					}
				}
			}
		}

		const results = lines.map((line, index) => compare(line, verdicts[index]!, explainLine(line, explainOptions())));
		return {results, summary: summarize(results)};
	} finally {
		for (let index = 0; index < containers.length; index += 50) {
			await execa(docker, ['rm', '--force', '--volumes', ...containers.slice(index, index + 50)], {reject: false});
		}

		// A refused `docker create` may still have made its named volume: this run's prefix is unique, so every volume with it is ours.
		const listed = (await execa(docker, ['volume', 'ls', '--quiet'], {reject: false})).stdout.split('\n');
		for (const name of listed) {
			if (name.startsWith(volumePrefix) && !existingVolumes.has(name)) {
				madeVolumes.add(name);
			}
		}

		if (madeVolumes.size > 0) {
			await execa(docker, ['volume', 'rm', '--force', ...madeVolumes], {reject: false});
		}

		await rm(temporary, {recursive: true, force: true});
	}

	async function dockerVerdict(line: string, index: number): Promise<DockerVerdict> {
		let argv: string[];
		try {
			argv = await shellWords(line);
		} catch (error) {
			// The shell itself refuses the line (an unclosed quote): docker never runs.
			return {kind: 'reject', message: `shell: ${String((error as {stderr?: string}).stderr ?? error).trim()}`};
		}

		const unsafe = unsafeHostPath(argv);
		if (unsafe) {
			return {kind: 'unsafe', message: `would create ${unsafe} on the host`};
		}

		const at = argv.indexOf('create');
		const words = at === -1 ? argv.slice(1) : [...argv.slice(1, at + 1), '--pull=never', `--label=dockwise.test=${run}`, `--name=dwt-${run}-${index}`, ...argv.slice(at + 1)];
		if (words.some(word => /^--pull=?(?:always|missing)$/.test(word))) {
			return {kind: 'unsafe', message: 'would pull'};
		}

		const result = await execa(docker, words, {cwd, env: {...process.env, ...environment}, reject: false, timeout: 60_000, stdin: 'ignore'});
		if (result.exitCode === 0) {
			const id = result.stdout.trim().split('\n').at(-1) ?? '';
			containers.push(id);
			return {kind: 'accept', id, facts: undefined};
		}

		const message = dockerMessage(String(result.stderr));
		return missingStatePatterns.some(pattern => pattern.test(message)) ? {kind: 'missing-state', message} : {kind: 'reject', message};
	}

	/** The words bash would pass to docker, with the run's HOME and working directory. */
	async function shellWords(line: string): Promise<string[]> {
		const {stdout} = await execa('bash', ['--noprofile', '--norc', '-c', 'eval "set -- $1" || exit 2; printf \'%s\\0\' "$@"', 'words', line], {cwd, env: {PATH: process.env['PATH'], ...environment}});
		return stdout.split('\0').slice(0, -1);
	}

	function unsafeHostPath(argv: readonly string[]): string | undefined {
		for (const [index, word] of argv.entries()) {
			const value = /^-[a-zA-Z]*v$/.test(word) || word === '--volume' ? argv[index + 1] : /^(?:--volume=|-[a-zA-Z]*v=?)(.+)$/.exec(word)?.[1];
			const source = value?.split(':')[0];
			if (source && value.includes(':') && (source.startsWith('/') || source.startsWith('.'))) {
				const absolute = path.resolve(cwd, source);
				if (!existsSync(absolute) && !absolute.startsWith(`${temporary}/`)) {
					return absolute;
				}
			}
		}

		return undefined;
	}

	async function inspectAll(ids: readonly string[]): Promise<Map<string, ContainerFacts>> {
		const facts = new Map<string, ContainerFacts>();
		for (let index = 0; index < ids.length; index += 50) {
			const {stdout} = await execa(docker, ['inspect', ...ids.slice(index, index + 50)], {reject: false});
			for (const container of JSON.parse(stdout || '[]') as InspectedContainer[]) {
				facts.set(container.Id, containerFacts(container));
			}
		}

		return facts;
	}
}

type InspectedContainer = {
	Id: string;
	Config: {Image: string; Cmd: string[] | null};
	HostConfig: {AutoRemove: boolean; Tmpfs: Record<string, string> | null};
	Mounts: Array<{Type: string; Name?: string; Source: string; Destination: string; RW: boolean}>;
};

function containerFacts(container: InspectedContainer): ContainerFacts {
	const mounts: MountFact[] = container.Mounts.map(mount => ({
		type: mount.Type,
		target: mount.Destination,
		source: mount.Type === 'bind' ? mount.Source : (mount.Type === 'volume' && mount.Name && !/^[\da-f]{64}$/.test(mount.Name) ? mount.Name : null),
		readOnly: !mount.RW,
	}));
	for (const [target, options] of Object.entries(container.HostConfig.Tmpfs ?? {})) {
		mounts.push({type: 'tmpfs', target, source: null, readOnly: options.split(',').includes('ro')});
	}

	return {image: container.Config.Image, command: container.Config.Cmd ?? [], autoRemove: container.HostConfig.AutoRemove, mounts: sortMounts(mounts)};
}

function sortMounts(mounts: MountFact[]): MountFact[] {
	return mounts.sort((a, b) => a.target.localeCompare(b.target) || a.type.localeCompare(b.type));
}

/** Docker's error without its decorations: `docker: `, `Error response from daemon: `, the usage hint. */
export function dockerMessage(stderr: string): string {
	const kept = stderr.split('\n').filter(line => line.trim() !== '' && !/^(?:Usage:|Run 'docker|See 'docker|Unable to find image)/.test(line.trim()) && !line.startsWith('WARNING'));
	return kept.join('\n').replace(/^docker: /, '').replace(/^Error response from daemon: /, '').trim();
}

function compare(line: string, docker: DockerVerdict, explanation: Explanation): LineResult {
	const dockwiseAccepts = explanation.errors.length === 0;
	const result: LineResult = {line, docker, explanation, dockwiseAccepts, agree: (docker.kind === 'accept') === dockwiseAccepts};
	// A line the shell itself refuses never reaches docker: no words or blamed word to compare.
	if (docker.kind === 'reject' && !dockwiseAccepts && !docker.message.startsWith('shell: ')) {
		const first = explanation.errors[0]!;
		result.sameWords = first.docker !== undefined && normalize(first.docker) === normalize(docker.message);
		result.blameOk = blames(line, first, docker.message, explanation);
	}

	if (docker.kind === 'accept' && dockwiseAccepts && docker.facts) {
		const ours = sortMounts(explanation.mounts.filter(mount => mount.type !== 'volumes-from').map(mount => ({
			type: mount.type,
			target: mount.target ?? '',
			source: mount.type === 'tmpfs' || mount.anonymous ? null : mount.source,
			readOnly: mount.readOnly,
		})));
		const image = explanation.tokens.find(token => token.role === 'image')?.value;
		const command = explanation.tokens.filter(token => token.role === 'container-command').map(token => token.value);
		result.factsAgree = {
			mounts: JSON.stringify(ours) === JSON.stringify(docker.facts.mounts),
			image: image === docker.facts.image,
			// Without a command on the line, docker records the image's default.
			command: command.length === 0 || JSON.stringify(command) === JSON.stringify(docker.facts.command),
			autoRemove: explanation.autoRemove === docker.facts.autoRemove,
		};
	}

	return result;
}

function normalize(message: string): string {
	return message.replace(/^docker: /, '').replace(/^Error response from daemon: /, '').trim();
}

/** Our error is on a word docker's message names, or that message names none of the line's words. */
function blames(line: string, error: {start: number; end: number}, message: string, explanation: Explanation): boolean {
	const raw = line.slice(error.start, error.end);
	const blamed = raw.replaceAll(/^['"]|['"]$/g, '');
	if ((blamed !== '' && message.includes(blamed)) || (raw !== '' && message.includes(raw))) {
		return true;
	}

	return !explanation.tokens.some(token => token.value.length >= 2 && !['docker', 'create', 'container'].includes(token.value) && message.includes(token.value));
}

function summarize(results: readonly LineResult[]): DifferentialSummary {
	const compared = results.filter(result => result.docker.kind === 'accept' || result.docker.kind === 'reject');
	const accepted = compared.filter(result => result.docker.kind === 'accept');
	const refused = compared.filter(result => result.docker.kind === 'reject');
	const bothRefuse = refused.filter(result => !result.dockwiseAccepts);
	const withFacts = accepted.filter(result => result.factsAgree);
	return {
		lines: results.length,
		compared: compared.length,
		missingState: results.filter(result => result.docker.kind === 'missing-state').length,
		unsafe: results.filter(result => result.docker.kind === 'unsafe').length,
		agreement: compared.filter(result => result.agree).length,
		dockerAccepts: accepted.length,
		falseRefusals: accepted.filter(result => !result.dockwiseAccepts).length,
		dockerRefuses: refused.length,
		caught: bothRefuse.length,
		sameWords: bothRefuse.filter(result => result.sameWords !== false).length,
		blameOk: bothRefuse.filter(result => result.blameOk !== false).length,
		factsCompared: withFacts.length,
		factsAgree: withFacts.filter(result => Object.values(result.factsAgree!).every(Boolean)).length,
	};
}
