import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {lessonMessages} from '../../source/lesson/messages.js';
import type {Lesson} from '../../source/lesson/types.js';
import {dockerBinary} from '../helpers/engine.js';
import {answer, answerYes, expectNew, hint, passed, persistenceLesson as lesson, shellSession, stageHeading, tryCommand} from '../helpers/lesson-session.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {type ReplTerminal} from '../helpers/pty.js';
import {submit, waitForIdlePrompt} from '../helpers/repl-session.js';
import {ReplTerminal as Terminal} from '../helpers/pty.js';

// The persistence lesson typed in a real pty, against a private engine: the lesson's
// fixed names (my_volume, my_alpine...) never meet a user's own.

let engine: PrivateEngine | undefined;

test.before(async () => {
	if (await PrivateEngine.unavailableReason()) {
		return;
	}

	engine = await PrivateEngine.create();
	await engine.start();
	// The private engine has no image, and there is no registry: copy the test image over.
	await execa(dockerBinary, ['save', 'alpine:latest']).pipe(dockerBinary, ['load'], {env: engine.env});
});

test.after.always(async () => {
	if (engine) {
		await emptyPrivateEngine();
		await engine.remove();
	}
});

async function startLesson(lang: 'en' | 'fr', stateHome: string): Promise<ReplTerminal> {
	const terminal = Terminal.start({args: ['learn', 'persistence', '--lang', lang], env: {DOCKER_HOST: engine!.socket, XDG_STATE_HOME: stateHome}, cols: 140, rows: 45});
	try {
		await terminal.waitFor('dockwise>');
		await terminal.waitFor(/(engine|moteur) \d+\.\d+/);
	} catch (error) {
		await terminal.stop();
		throw error;
	}

	return terminal;
}

/** A fresh start for one test: the lesson and its messages in `lang`, an empty private engine, a state folder of its own. */
async function freshStart(lang: 'en' | 'fr'): Promise<{l: Lesson; m: ReturnType<typeof lessonMessages>; stateHome: string; env: Record<string, string | undefined>}> {
	await emptyPrivateEngine();
	return {l: lesson(lang), m: lessonMessages(lang), stateHome: mkdtempSync(path.join(tmpdir(), 'dockwise-lesson-')), env: engine!.env};
}

/** Everything on the private engine is the tests' own: each test starts from an empty engine. */
async function emptyPrivateEngine(): Promise<void> {
	const env = engine!.env;
	const containers = (await execa(dockerBinary, ['ps', '--all', '--quiet'], {env, reject: false})).stdout.split('\n').filter(Boolean);
	if (containers.length > 0) {
		await execa(dockerBinary, ['rm', '--force', ...containers], {env, reject: false});
	}

	const volumes = (await execa(dockerBinary, ['volume', 'ls', '--quiet'], {env, reject: false})).stdout.split('\n').filter(Boolean);
	if (volumes.length > 0) {
		await execa(dockerBinary, ['volume', 'rm', '--force', ...volumes], {env, reject: false});
	}
}

for (const lang of ['fr', 'en'] as const) {
	privateEngineTest(`${lang}: a learner who types every stage right sees every check pass, then removes what the lesson created`, async t => {
		t.timeout(300_000);
		const {l, stateHome} = await freshStart(lang);
		const terminal = await startLesson(lang, stateHome);
		try {
			await terminal.waitFor(`1/7`, {where: 'transcript'});
			t.true(terminal.transcript().includes('my_volume, my_alpine, my_alpine1, my_alpine2'), 'says what it will create');
			t.regex(terminal.screen(), /1\/7/, 'progress in the live area');

			await expectNew(terminal, passed(l, 0), async () => {
				await tryCommand(terminal, 'docker container run --rm --name my_alpine -it alpine:latest');
				await shellSession(terminal, ['echo "hello world from Docker" > /home/test.txt']);
			});
			await waitForIdlePrompt(terminal);

			await tryCommand(terminal, 'docker volume create --name my_volume');
			await waitForIdlePrompt(terminal);
			await tryCommand(terminal, 'docker volume ls');
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, passed(l, 1), async () => tryCommand(terminal, 'docker volume inspect my_volume'));
			await terminal.waitFor(/3\/7/);

			await expectNew(terminal, passed(l, 2), async () => {
				await tryCommand(terminal, 'docker container run -it --name my_alpine --mount type=volume,src=my_volume,dst=/home/my_folder --rm alpine:latest sh');
				await shellSession(terminal, ['echo "hello world from Docker" > /home/my_folder/test.txt']);
			});
			await waitForIdlePrompt(terminal);

			// Stage 4 follows by itself, maybe already written: wait for it, not for one more of it.
			await terminal.waitFor(stageHeading(l, 3), {where: 'transcript'});
			await expectNew(terminal, stageHeading(l, 4), async () => submit(terminal, ':next'));
			await waitForIdlePrompt(terminal);

			await tryCommand(terminal, `docker container run -d --name my_alpine1 --mount type=volume,src=my_volume,dst=/home/my_folder1 --rm alpine:latest sh -c 'echo "hello from my_alpine1" > /home/my_folder1/shared.txt && sleep 3600'`);
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, passed(l, 4), async () => {
				await tryCommand(terminal, 'docker container run -it --name my_alpine2 --mount type=volume,src=my_volume,dst=/home/my_folder2 --rm alpine:latest sh');
				await shellSession(terminal, ['cat /home/my_folder2/shared.txt', 'echo "hello from my_alpine2" > /home/my_folder2/reply.txt']);
			});
			t.regex(terminal.transcript(), /^hello from my_alpine1$/m, 'the second container read the first one\'s file');
			await waitForIdlePrompt(terminal);

			await expectNew(terminal, passed(l, 5), async () => tryCommand(terminal, 'docker container run --rm --volume $HOME:/home/my_folder:ro alpine:latest ls /home/my_folder'));
			await terminal.waitFor(/7\/7/, {where: 'transcript'});
			await waitForIdlePrompt(terminal);
			t.regex(terminal.transcript(), /my_volume (garde|keeps) 3 (fichier|file)\(s\)\s?: reply\.txt, shared\.txt, test\.txt/);
			t.regex(terminal.transcript(), /\/home\/test\.txt (dans|in)\s+(votre|your)/);
			await terminal.waitFor(/(stage|étape) 7\/7/);

			await expectNew(terminal, ':clean', async () => submit(terminal, ':next'));
			t.regex(terminal.transcript(), /7 (stages checked|étape\(s\) sur 7)|5 (of|étape)/);
			await waitForIdlePrompt(terminal);
			await submit(terminal, ':clean');
			await answerYes(terminal, lang);
			await answerYes(terminal, lang);
			await terminal.waitFor(/◆ volume my_volume (removed|supprimé)/, {where: 'transcript', timeout: 30_000});
			await waitForIdlePrompt(terminal, {timeout: 30_000});
			const left = await execa(dockerBinary, ['volume', 'ls', '--quiet'], {env: engine!.env});
			t.false(left.stdout.split('\n').includes('my_volume'), 'the lesson removed its volume');
			const containers = await execa(dockerBinary, ['ps', '--all', '--format', '{{.Names}}'], {env: engine!.env});
			t.deepEqual(containers.stdout.trim(), '', 'and its containers');
		} finally {
			await terminal.stop();
			rmSync(stateHome, {recursive: true, force: true});
		}
	});
}

privateEngineTest('en: a my_volume of the user\'s holding a file: the lesson asks first; n leaves with nothing created, y uses suffixed names in every step, and cleanup leaves the user\'s volume and file alone', async t => {
	t.timeout(300_000);
	const {l, m, stateHome, env} = await freshStart('en');
	await execa(dockerBinary, ['volume', 'create', 'my_volume'], {env});
	await execa(dockerBinary, ['run', '--rm', '--mount', 'type=volume,src=my_volume,dst=/data', 'alpine:latest', 'sh', '-c', 'echo mine > /data/mine.txt'], {env});
	const question = m('askSuffix', {names: 'my_volume_2, my_alpine_2, my_alpine1_2, my_alpine2_2'});
	const terminal = await startLesson('en', stateHome);
	try {
		await terminal.waitFor(m('takenVolumeFiles', {name: 'my_volume', count: 1}));
		await terminal.waitFor(question);
		t.false(terminal.transcript().includes(stageHeading(l, 0)), 'nothing starts before the answer');

		// No: the lesson does not start.
		await answer(terminal, /\[Y\/n\]\s*$/m, 'n');
		await terminal.waitFor(m('declined', {name: 'persistence'}), {where: 'transcript'});
		t.true(terminal.transcript().includes(`${question} n`), 'the transcript keeps the question and its answer');
		await waitForIdlePrompt(terminal);
		t.false(terminal.transcript().includes(stageHeading(l, 0)));

		// :learn asks again; yes: every command shown and offered uses the suffixed names.
		await submit(terminal, ':learn persistence');
		await answer(terminal, /\[Y\/n\]\s*$/m, 'y');
		await terminal.waitFor(m('willCreate', {names: 'my_volume_2, my_alpine_2, my_alpine1_2, my_alpine2_2'}), {where: 'transcript'});
		await terminal.waitFor(stageHeading(l, 0), {where: 'transcript'});
		t.true(terminal.transcript().includes('  docker container run --rm --name my_alpine_2 -it alpine:latest'));
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, stageHeading(l, 1), async () => submit(terminal, ':skip'));
		await waitForIdlePrompt(terminal);
		t.true(terminal.transcript().includes('  docker volume inspect my_volume_2'));
		await tryCommand(terminal, 'docker volume create --name my_volume_2');
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, passed(l, 1), async () => tryCommand(terminal, 'docker volume inspect my_volume_2'));
		await waitForIdlePrompt(terminal);
		// Stage 3 mounts the suffixed volume.
		await terminal.waitFor('--mount type=volume,src=my_volume_2,dst=/home/my_folder', {where: 'transcript'});

		// A mistake with the user's name gets the hint with the lesson's.
		await expectNew(terminal, hint(l, 2, 'wrong-volume', 'my_volume', {volume: 'my_volume_2', container: 'my_alpine_2'}), async () => {
			await submit(terminal, 'docker container run --rm --mount type=volume,src=my_volume,dst=/home/my_folder alpine:latest ls /home/my_folder');
		});
		await waitForIdlePrompt(terminal);

		await expectNew(terminal, m('cleanupOffer', {names: 'my_volume_2'}), async () => submit(terminal, ':quit'));
		await waitForIdlePrompt(terminal);
		await submit(terminal, ':clean');
		// The guard asks only when data would go: my_volume_2 is empty.
		await terminal.waitFor(() => /◆ volume my_volume_2 removed/.test(terminal.transcript()) || /\[y\/N\]\s*$/m.test(terminal.screen()), {timeout: 30_000});
		if (/\[y\/N\]\s*$/m.test(terminal.screen())) {
			await answerYes(terminal, 'en');
		}

		await terminal.waitFor(/◆ volume my_volume_2 removed/, {where: 'transcript', timeout: 30_000});
		await waitForIdlePrompt(terminal);
		t.false(/docker (volume|container) rm[^\n]* my_volume(\s|$)/m.test(terminal.transcript()), 'no removal of the user\'s volume was offered');
		const volumes = (await execa(dockerBinary, ['volume', 'ls', '--quiet'], {env})).stdout.split('\n');
		t.deepEqual(volumes, ['my_volume']);
		const file = await execa(dockerBinary, ['run', '--rm', '--mount', 'type=volume,src=my_volume,dst=/data', 'alpine:latest', 'cat', '/data/mine.txt'], {env});
		t.is(file.stdout, 'mine', 'the user\'s file is untouched');
	} finally {
		await terminal.stop();
		rmSync(stateHome, {recursive: true, force: true});
	}
});

privateEngineTest('fr: an empty my_volume of the user\'s: r works in it as it is, and the lesson never offers to remove it', async t => {
	t.timeout(200_000);
	const {l, m, stateHome, env} = await freshStart('fr');
	await execa(dockerBinary, ['volume', 'create', 'my_volume'], {env});
	const terminal = await startLesson('fr', stateHome);
	try {
		await terminal.waitFor(m('takenVolumeEmpty', {name: 'my_volume'}));
		await terminal.waitFor(m('askSuffixOrReuse', {names: 'my_volume_2, my_alpine_2, my_alpine1_2, my_alpine2_2'}));
		await answer(terminal, /\[O\/n\/r\]\s*$/m, 'r');
		await terminal.waitFor(m('willUse', {names: 'my_volume'}), {where: 'transcript'});
		t.true(terminal.transcript().includes(m('willCreate', {names: 'my_alpine, my_alpine1, my_alpine2'})), 'its own volume is not among what it creates');
		await terminal.waitFor(stageHeading(l, 0), {where: 'transcript'});
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, stageHeading(l, 1), async () => submit(terminal, ':skip'));
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, passed(l, 1), async () => tryCommand(terminal, 'docker volume inspect my_volume'));
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, m('nothingToClean'), async () => submit(terminal, ':quit'));
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, m('nothingToClean'), async () => submit(terminal, ':clean'));
		t.false(terminal.transcript().includes('docker volume rm'), 'no removal of the user\'s volume');
		const volumes = (await execa(dockerBinary, ['volume', 'ls', '--quiet'], {env})).stdout.split('\n');
		t.deepEqual(volumes, ['my_volume']);
	} finally {
		await terminal.stop();
		rmSync(stateHome, {recursive: true, force: true});
	}
});

for (const lang of ['en', 'fr'] as const) {
	privateEngineTest(`${lang}: each typical mistake gets its stage's hint and the learner recovers; :back, :skip, :quit and resuming where they left off`, async t => {
		t.timeout(400_000);
		const {l, m, stateHome} = await freshStart(lang);
		let terminal = await startLesson(lang, stateHome);
		try {
			await terminal.waitFor('1/7', {where: 'transcript'});

			// Stage 1: left without writing the file.
			await expectNew(terminal, hint(l, 0, 'no-loss'), async () => {
				await submit(terminal, 'docker container run --rm --name my_alpine -it alpine:latest');
				await shellSession(terminal, []);
			});
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, passed(l, 0), async () => {
				await tryCommand(terminal, 'docker container run --rm --name my_alpine -it alpine:latest');
				await shellSession(terminal, ['echo "hello world from Docker" > /home/test.txt']);
			});
			await waitForIdlePrompt(terminal);

			// Stage 2: inspected before creating.
			await expectNew(terminal, hint(l, 1, 'missing'), async () => submit(terminal, 'docker volume inspect my_volume'));
			await waitForIdlePrompt(terminal);
			await submit(terminal, 'docker volume create --name my_volume');
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, passed(l, 1), async () => submit(terminal, 'docker volume inspect my_volume'));
			await waitForIdlePrompt(terminal);

			// Stage 3: a relative dst=, a wrong path, no file, then the file written outside the volume.
			await expectNew(terminal, hint(l, 2, 'relative-target', 'home/my_folder'), async () => {
				await submit(terminal, 'docker container run -it --name my_alpine --mount type=volume,src=my_volume,dst=home/my_folder --rm alpine:latest sh');
			});
			await waitForIdlePrompt(terminal);
			// Mounted at another path; then at the right one, but nothing written.
			await expectNew(terminal, hint(l, 2, 'wrong-target', '/home/folder'), async () => {
				await submit(terminal, 'docker container run --rm --mount type=volume,src=my_volume,dst=/home/folder alpine:latest true');
			});
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, hint(l, 2, 'no-file'), async () => {
				await submit(terminal, 'docker container run --rm --mount type=volume,src=my_volume,dst=/home/my_folder alpine:latest true');
			});
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, hint(l, 2, 'wrote-outside', '/home/test.txt'), async () => {
				await submit(terminal, 'docker container run -it --name my_alpine --mount type=volume,src=my_volume,dst=/home/my_folder --rm alpine:latest sh');
				await shellSession(terminal, ['echo "hello world from Docker" > /home/test.txt']);
			});
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, passed(l, 2), async () => {
				await tryCommand(terminal, 'docker container run -it --name my_alpine --mount type=volume,src=my_volume,dst=/home/my_folder --rm alpine:latest sh');
				await shellSession(terminal, ['echo "hello world from Docker" > /home/my_folder/test.txt']);
			});
			await waitForIdlePrompt(terminal);

			// Stage 4: back, skip, next.
			await expectNew(terminal, stageHeading(l, 2), async () => submit(terminal, ':back'));
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, stageHeading(l, 3), async () => submit(terminal, ':skip'));
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, stageHeading(l, 4), async () => submit(terminal, ':next'));
			await waitForIdlePrompt(terminal);

			// Stage 5: the second container before the first.
			await expectNew(terminal, hint(l, 4, 'no-first'), async () => {
				await submit(terminal, 'docker container run -it --name my_alpine2 --mount type=volume,src=my_volume,dst=/home/my_folder2 --rm alpine:latest sh');
				await shellSession(terminal, []);
			});
			await waitForIdlePrompt(terminal);
			await tryCommand(terminal, `docker container run -d --name my_alpine1 --mount type=volume,src=my_volume,dst=/home/my_folder1 --rm alpine:latest sh -c 'echo "hello from my_alpine1" > /home/my_folder1/shared.txt && sleep 3600'`);
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, passed(l, 4), async () => {
				await submit(terminal, 'docker container run -it --name my_alpine2 --mount type=volume,src=my_volume,dst=/home/my_folder2 --rm alpine:latest sh');
				await shellSession(terminal, ['cat /home/my_folder2/shared.txt']);
			});
			await waitForIdlePrompt(terminal);

			// Stage 6: HOME without its $ names a volume; then the learner leaves the lesson half-way.
			await expectNew(terminal, hint(l, 5, 'named-volume', 'HOME'), async () => submit(terminal, 'docker container run --rm -v HOME:/home/my_folder alpine:latest ls /home/my_folder'));
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, m('quitLesson', {number: 6, total: 7, name: 'persistence'}), async () => submit(terminal, ':quit'));
			t.true(terminal.transcript().includes(m('cleanupOffer', {names: 'my_alpine1, my_volume'})));
			await waitForIdlePrompt(terminal);
			await submit(terminal, ':keep');
			await terminal.waitFor(m('kept', {names: 'my_alpine1, my_volume'}), {where: 'transcript'});
			await waitForIdlePrompt(terminal);
			await submit(terminal, ':quit');
			await terminal.exited;
			await terminal.stop();

			terminal = await startLesson(lang, stateHome);
			await terminal.waitFor(m('resumed', {number: 6, total: 7}), {where: 'transcript'});
			// The stage is shown once the lesson follows the commands: type after it, as a learner would.
			await terminal.waitFor(stageHeading(l, 5), {where: 'transcript'});
			t.false(terminal.transcript().includes(m('takenContainer', {name: 'my_alpine1'})), 'its own objects are not taken for the user\'s');
			await expectNew(terminal, passed(l, 5), async () => submit(terminal, 'docker container run --rm -v $HOME:/home/my_folder:ro alpine:latest ls /home/my_folder'));
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, ':clean', async () => submit(terminal, ':next'));
			await waitForIdlePrompt(terminal);
			await submit(terminal, ':clean');
			await answerYes(terminal, lang);
			await answerYes(terminal, lang);
			await terminal.waitFor(/◆ volume my_volume (removed|supprimé)/, {where: 'transcript', timeout: 30_000});
			const volumes = (await execa(dockerBinary, ['volume', 'ls', '--quiet'], {env: engine!.env})).stdout.split('\n');
			t.false(volumes.includes('my_volume'));
			t.true(volumes.includes('HOME'), 'what the learner created by mistake is not the lesson\'s to remove');
		} finally {
			await terminal.stop();
			rmSync(stateHome, {recursive: true, force: true});
		}
	});
}
