import test from 'ava';
import {execa} from 'execa';
import {inspectContainers, inspectVolumes, listContainers, listVolumes} from '../../source/docker/state-queries.js';
import {createDockerRunner} from '../../source/docker/state-runner.js';
import {readVolumeContents} from '../../source/docker/volume-contents.js';
import {explainLine} from '../../source/explain/index.js';
import {prunedContainers} from '../../source/guard/container-fates.js';
import {assessLoss, formatLossPreview} from '../../source/guard/index.js';
import {parsePruneFilters} from '../../source/guard/prune-filters.js';
import {prunedVolumes} from '../../source/guard/volume-fates.js';
import {initialState, reduceAll} from '../../source/state/reducer.js';
import type {DockerState} from '../../source/state/types.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {dockerBinary, testLabel, uniqueName} from '../helpers/engine.js';

/*
Prunes delete every matching object of an engine, so they never run against
the shared engine: this test starts its own dockerd (own data-root, exec-root,
socket, network namespace), gives it the test image, and checks there that the
guard predicts exactly what docker then deletes, for this engine's API version.
*/


let privateEngine: PrivateEngine | undefined;
/** Containers left running stop the private engine from shutting down cleanly: removed first. */
const running: string[] = [];

test.after.always(async () => {
	if (privateEngine && running.length > 0) {
		await execa(dockerBinary, ['rm', '--force', ...running], {env: privateEngine.env, reject: false});
	}

	await privateEngine?.remove();
});

/** Names after a `Deleted Volumes:` or `Deleted Containers:` header of a prune's output. */
function deleted(stdout: string, header: 'Volumes' | 'Containers'): string[] {
	const lines = stdout.split('\n');
	const start = lines.indexOf(`Deleted ${header}:`);
	if (start === -1) {
		return [];
	}

	const end = lines.findIndex((line, index) => index > start && line.trim() === '');
	return lines.slice(start + 1, end === -1 ? undefined : end).map(line => line.trim()).sort();
}

const sorted = (names: Iterable<string>) => [...names].sort();

privateEngineTest('the guard predicts what volume, container and system prune delete on this engine', async t => {
	privateEngine = await PrivateEngine.create();
	await privateEngine.start();
	const env = privateEngine.env;
	const docker = async (...args: string[]) => (await execa(dockerBinary, args, {env, stdin: 'ignore'})).stdout;
	const attempt = async (...args: string[]) => execa(dockerBinary, args, {env, stdin: 'ignore', reject: false});
	await execa(dockerBinary, ['save', 'alpine:latest']).pipe(dockerBinary, ['load'], {env});
	const apiVersion = (await docker('version', '--format', '{{.Server.APIVersion}}')).trim();
	t.log(`private engine API ${apiVersion}`);

	const name = (what: string) => uniqueName(`guard-${what}`);
	const volumes = {keep: name('keep'), ab: name('ab'), both: name('both'), plain: name('plain'), held: name('held'), held2: name('held2')};
	const label = ['--label', testLabel];
	await docker('volume', 'create', ...label, '--label', 'keep', volumes.keep);
	await docker('volume', 'create', ...label, '--label', 'a=1', '--label', 'b=2', volumes.ab);
	await docker('volume', 'create', ...label, '--label', 'a=1', '--label', 'keep', volumes.both);
	await docker('volume', 'create', ...label, volumes.plain);
	await docker('volume', 'create', ...label, volumes.held);
	const writer = name('writer');
	await docker('run', ...label, '--name', writer, '-v', `${volumes.plain}:/data`, 'alpine:latest', 'sh', '-c', 'echo hello > /data/hello.txt');
	await docker('rm', writer);
	const dangling = name('dangling');
	await docker('run', ...label, '--name', dangling, '-v', '/anon', 'alpine:latest', 'true');
	const danglingVolume = (await docker('inspect', '--format', '{{range .Mounts}}{{.Name}}{{end}}', dangling)).trim();
	await docker('rm', dangling);
	const holder = name('holder');
	await docker('create', ...label, '--name', holder, '-v', `${volumes.held}:/d`, 'alpine:latest', 'true');
	const live = name('live');
	running.push(live);
	await docker('run', '-d', ...label, '--name', live, '-v', '/live', 'alpine:latest', 'sleep', '300');
	const exited = name('exited');
	await docker('run', ...label, '--name', exited, 'alpine:latest', 'sh', '-c', 'echo hi > /home/test.txt');
	const anonExited = name('anon-exited');
	await docker('run', ...label, '--name', anonExited, '-v', '/anon2', 'alpine:latest', 'true');
	const anonExitedVolume = (await docker('inspect', '--format', '{{range .Mounts}}{{.Name}}{{end}}', anonExited)).trim();

	/*
	The model as the tracker loads it (its batched queries, the real reducer), read
	afresh at each step: the 20.10 engine reports a volume prune with one `prune`
	event and no `destroy` per volume, so a live tracker would keep pruned volumes.
	*/
	const runner = createDockerRunner({binary: dockerBinary, env});
	const current = async (): Promise<DockerState> => {
		const at = Date.now();
		const [volumeList, containerList] = await Promise.all([listVolumes(runner), listContainers(runner)]);
		const [volumeDetails, containerDetails] = await Promise.all([
			inspectVolumes(runner, volumeList.map(volume => volume.name)),
			inspectContainers(runner, containerList.map(container => container.id)),
		]);
		return reduceAll(initialState(), [
			{kind: 'volume-list', volumes: volumeList, at},
			{kind: 'container-list', containers: containerList, at},
			{kind: 'volume-details', ...volumeDetails, at},
			{kind: 'container-details', ...containerDetails, at},
		]);
	};

	let state = await current();
	const plainContents = await readVolumeContents({runner, name: volumes.plain, via: 'helper', helperImage: 'alpine:latest'});
	state = reduceAll(state, [{kind: 'volume-contents', name: volumes.plain, contents: plainContents}]);
	const assess = (line: string, lang: 'en' | 'fr' = 'en') => assessLoss(explainLine(line, {lang, engine: {apiVersion}}), state, {lang, apiVersion});
	const volumeNames = (filters: string[], removedContainers?: Set<string>) => sorted(prunedVolumes(state, {apiVersion, all: false, filters: parsePruneFilters(filters), ...(removedContainers ? {removedContainers} : {})}).volumes.map(volume => volume.name));

	// Label filters that match nothing: no question, and docker deletes nothing.
	t.is(assess('volume prune --filter label=a=1 --filter label=b=3'), undefined);
	t.deepEqual(volumeNames(['label=a=1', 'label=b=3']), []);
	t.deepEqual(deleted(await docker('volume', 'prune', '--force', '--filter', 'label=a=1', '--filter', 'label=b=3'), 'Volumes'), []);

	// label!=a label!=keep spares only volumes carrying both; on API 1.41 named volumes go too.
	const line = 'docker volume prune --filter label!=a --filter label!=keep';
	const preview = assess(line);
	const expected = volumeNames(['label!=a', 'label!=keep']);
	if (apiVersion === '1.41') {
		t.deepEqual(expected, sorted([volumes.keep, volumes.ab, volumes.plain, danglingVolume]));
	}

	t.true(formatLossPreview(preview!, {lang: 'en'}).includes(`  volume ${volumes.plain}: 1 file, 6 B`));
	t.true(formatLossPreview(assess(line, 'fr')!, {lang: 'fr'}).includes('      par exemple hello.txt'));
	t.deepEqual(preview?.confirmedArgs, ['volume', 'prune', '--filter=label!=a', '--filter=label!=keep', '--force']);
	// The confirmed args run without docker asking again (its stdin is closed: a question would cancel).
	t.deepEqual(deleted(await docker(...preview!.confirmedArgs!), 'Volumes'), expected);

	// Lines docker refuses delete nothing, and the guard asks nothing.
	const before = sorted((await docker('volume', 'ls', '--quiet')).split('\n'));
	for (const args of [['volume', 'prune', '--force', '--filter', 'until=1h'], ['volume', 'prune', '--all', '--force'], ['system', 'prune', '--force', '--volumes', '--filter', 'until=1h']]) {
		const result = await attempt(...args);
		if (apiVersion === '1.41' || args.includes('system')) {
			t.not(result.exitCode, 0, args.join(' '));
			t.is(assess(`docker ${args.filter(arg => arg !== '--force').join(' ')}`), undefined, args.join(' '));
		}
	}

	t.deepEqual(sorted((await docker('volume', 'ls', '--quiet')).split('\n')), before);

	// container prune: every stopped or created container; their volumes stay.
	state = await current();
	const idsOf = (names: string[]) => sorted(names.map(containerName => Object.values(state.containers).find(item => item.name === containerName)!.id));
	const containerPreview = assess('docker container prune');
	t.deepEqual(sorted(prunedContainers(state, parsePruneFilters([])).containers.map(container => container.id)), idsOf([holder, exited, anonExited]));
	t.deepEqual(containerPreview?.confirmedArgs, ['container', 'prune', '--force']);
	t.deepEqual(deleted(await docker(...containerPreview!.confirmedArgs!), 'Containers'), idsOf([holder, exited, anonExited]));
	const afterContainerPrune = (await docker('volume', 'ls', '--quiet')).split('\n');
	t.true(afterContainerPrune.includes(anonExitedVolume));
	t.true(afterContainerPrune.includes(volumes.held));

	// system prune --volumes: stopped containers first, then the volumes they held.
	await docker('volume', 'create', ...label, volumes.held2);
	const holder2 = name('holder2');
	await docker('create', ...label, '--name', holder2, '-v', `${volumes.held2}:/d`, 'alpine:latest', 'true');
	const stopped2 = name('stopped2');
	await docker('run', ...label, '--name', stopped2, '-v', '/anon3', 'alpine:latest', 'true');
	const anon3 = (await docker('inspect', '--format', '{{range .Mounts}}{{.Name}}{{end}}', stopped2)).trim();
	state = await current();
	const systemPreview = assess('docker system prune --volumes');
	const removed = new Set(prunedContainers(state, parsePruneFilters([])).containers.map(container => container.id));
	t.deepEqual(sorted(removed), idsOf([holder2, stopped2]));
	const expectedVolumes = volumeNames([], removed);
	if (apiVersion === '1.41') {
		t.deepEqual(expectedVolumes, sorted([volumes.both, volumes.held, volumes.held2, anonExitedVolume, anon3]));
		t.true(formatLossPreview(systemPreview!, {lang: 'en'}).some(text => text.includes('docker deletes the containers first')));
	}

	t.deepEqual(systemPreview?.confirmedArgs, ['system', 'prune', '--volumes', '--force']);
	const output = await docker(...systemPreview!.confirmedArgs!);
	t.deepEqual(deleted(output, 'Containers'), sorted(removed));
	t.deepEqual(deleted(output, 'Volumes'), expectedVolumes);
	// The running container and its anonymous volume are untouched.
	t.is((await docker('inspect', '--format', '{{.State.Running}}', live)).trim(), 'true');
});
