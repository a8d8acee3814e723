import {readFileSync} from 'node:fs';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {execa} from 'execa';
import {fillPlaceholders} from '../../source/lesson/placeholders.js';
import {parseLesson} from '../../source/lesson/parse-lesson.js';
import type {Lesson} from '../../source/lesson/types.js';
import {dockerBinary} from '../helpers/engine.js';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {delay, keys, type ReplTerminal} from '../helpers/pty.js';
import {inShell, shellPrompt, submit, waitForIdlePrompt} from '../helpers/repl-session.js';
import {ReplTerminal as Terminal} from '../helpers/pty.js';

// The persistence lesson typed in a real pty, against a private engine: the lesson's
// fixed names (my_volume, my_alpine...) never meet a user's own.

const f4 = '\u001BOS';
const names = {volume: 'my_volume', container: 'my_alpine', container1: 'my_alpine1', container2: 'my_alpine2'};

function lesson(lang: 'en' | 'fr'): Lesson {
	const file = `lessons/persistence.${lang}.yaml`;
	return parseLesson(readFileSync(file, 'utf8'), {file, name: 'persistence', fileLang: lang, lang});
}

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

function count(terminal: ReplTerminal, text: string): number {
	return terminal.transcript().split(text).length - 1;
}

/** Does `action`, then waits for one more `text` in the transcript than before. */
async function expectNew(terminal: ReplTerminal, text: string, action: () => Promise<void> | void, timeout = 30_000): Promise<void> {
	const before = count(terminal, text);
	await action();
	await terminal.waitFor(() => count(terminal, text) > before, {where: 'transcript', timeout});
}

function passed(terminal: ReplTerminal, l: Lesson, stage: number): string {
	return l.lang === 'fr' ? `✓ ${l.stages[stage]!.title}\u00A0: fait.` : `✓ ${l.stages[stage]!.title}: done.`;
}

function hint(l: Lesson, stage: number, code: string, found = ''): string {
	const text = fillPlaceholders(l.stages[stage]!.hints[code]!, {...names, found}).replaceAll('\n', ' ');
	return `${l.lang === 'fr' ? '✗ Pas encore.' : '✗ Not yet.'} ${text}`;
}

/** F4 until the prompt holds `command` (each press offers the stage's next command), then Enter. */
async function tryCommand(terminal: ReplTerminal, command: string): Promise<void> {
	for (let attempt = 0; attempt < 5; attempt++) {
		terminal.press(f4);
		try {
			await terminal.waitFor(() => terminal.lineAfterPrompt().some(line => line.startsWith(`dockwise>${command.replaceAll(/\s+/g, '')}`)), {timeout: 3000});
			terminal.press(keys.enter);
			return;
		} catch {
			// Not offered yet: press F4 again.
		}
	}

	throw new Error(`F4 never offered ${command}`);
}

async function shellSession(terminal: ReplTerminal, commands: string[]): Promise<void> {
	await terminal.waitFor(/^\/ # $/m, {timeout: 30_000});
	for (const command of commands) {
		await inShell(terminal, command);
	}

	// dockwise reads a running container's writable layer about once a second.
	await inShell(terminal, 'sleep 1.5');
	await submit(terminal, 'exit', {prompt: shellPrompt});
}

async function answerYes(terminal: ReplTerminal, lang: 'en' | 'fr'): Promise<void> {
	const question = /\[(y|o)\/N\]\s*$/m;
	for (let attempt = 0; attempt < 5; attempt++) {
		await terminal.waitFor(question, {timeout: 30_000});
		// Keys typed while the question appears are typing ahead, not an answer.
		await delay(800);
		terminal.press(lang === 'fr' ? 'o' : 'y');
		try {
			await terminal.waitFor(screen => !question.test(screen), {timeout: 3000});
			return;
		} catch {
			// The key landed before the question could read it: answer again.
		}
	}

	throw new Error('the question was never answered');
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
		const l = lesson(lang);
		const stateHome = mkdtempSync(path.join(tmpdir(), 'dockwise-lesson-'));
		await emptyPrivateEngine();
		const terminal = await startLesson(lang, stateHome);
		try {
			await terminal.waitFor(`1/7`, {where: 'transcript'});
			t.true(terminal.transcript().includes('my_volume, my_alpine, my_alpine1, my_alpine2'), 'says what it will create');
			t.regex(terminal.screen(), /1\/7/, 'progress in the live area');

			await expectNew(terminal, passed(terminal, l, 0), async () => {
				await tryCommand(terminal, 'docker container run --rm --name my_alpine -it alpine:latest');
				await shellSession(terminal, ['echo "hello world from Docker" > /home/test.txt']);
			});
			await waitForIdlePrompt(terminal);

			await tryCommand(terminal, 'docker volume create --name my_volume');
			await waitForIdlePrompt(terminal);
			await tryCommand(terminal, 'docker volume ls');
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, passed(terminal, l, 1), async () => tryCommand(terminal, 'docker volume inspect my_volume'));
			await terminal.waitFor(/3\/7/);

			await expectNew(terminal, passed(terminal, l, 2), async () => {
				await tryCommand(terminal, 'docker container run -it --name my_alpine --mount type=volume,src=my_volume,dst=/home/my_folder --rm alpine:latest sh');
				await shellSession(terminal, ['echo "hello world from Docker" > /home/my_folder/test.txt']);
			});
			await waitForIdlePrompt(terminal);

			await expectNew(terminal, '4/7', async () => {});
			await expectNew(terminal, '5/7', async () => submit(terminal, ':next'));
			await waitForIdlePrompt(terminal);

			await tryCommand(terminal, `docker container run -d --name my_alpine1 --mount type=volume,src=my_volume,dst=/home/my_folder1 --rm alpine:latest sh -c 'echo "hello from my_alpine1" > /home/my_folder1/shared.txt && sleep 3600'`);
			await waitForIdlePrompt(terminal);
			await expectNew(terminal, passed(terminal, l, 4), async () => {
				await tryCommand(terminal, 'docker container run -it --name my_alpine2 --mount type=volume,src=my_volume,dst=/home/my_folder2 --rm alpine:latest sh');
				await shellSession(terminal, ['cat /home/my_folder2/shared.txt', 'echo "hello from my_alpine2" > /home/my_folder2/reply.txt']);
			});
			t.regex(terminal.transcript(), /^hello from my_alpine1$/m, 'the second container read the first one\'s file');
			await waitForIdlePrompt(terminal);

			await expectNew(terminal, passed(terminal, l, 5), async () => tryCommand(terminal, 'docker container run --rm --volume $HOME:/home/my_folder:ro alpine:latest ls /home/my_folder'));
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

privateEngineTest('en: each typical mistake gets its stage\'s hint and the learner recovers; :back, :skip, :quit and resuming where they left off', async t => {
	t.timeout(400_000);
	const l = lesson('en');
	const stateHome = mkdtempSync(path.join(tmpdir(), 'dockwise-lesson-'));
	await emptyPrivateEngine();
	let terminal = await startLesson('en', stateHome);
	try {
		await terminal.waitFor('1/7', {where: 'transcript'});

		// Stage 1: left without writing the file.
		await expectNew(terminal, hint(l, 0, 'no-loss'), async () => {
			await submit(terminal, 'docker container run --rm --name my_alpine -it alpine:latest');
			await shellSession(terminal, []);
		});
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, passed(terminal, l, 0), async () => {
			await tryCommand(terminal, 'docker container run --rm --name my_alpine -it alpine:latest');
			await shellSession(terminal, ['echo "hello world from Docker" > /home/test.txt']);
		});
		await waitForIdlePrompt(terminal);

		// Stage 2: inspected before creating.
		await expectNew(terminal, hint(l, 1, 'missing'), async () => submit(terminal, 'docker volume inspect my_volume'));
		await waitForIdlePrompt(terminal);
		await submit(terminal, 'docker volume create --name my_volume');
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, passed(terminal, l, 1), async () => submit(terminal, 'docker volume inspect my_volume'));
		await waitForIdlePrompt(terminal);

		// Stage 3: a relative dst=, then the file written outside the volume.
		await expectNew(terminal, hint(l, 2, 'relative-target', 'home/my_folder'), async () => {
			await submit(terminal, 'docker container run -it --name my_alpine --mount type=volume,src=my_volume,dst=home/my_folder --rm alpine:latest sh');
		});
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, hint(l, 2, 'wrote-outside', '/home/test.txt'), async () => {
			await submit(terminal, 'docker container run -it --name my_alpine --mount type=volume,src=my_volume,dst=/home/my_folder --rm alpine:latest sh');
			await shellSession(terminal, ['echo "hello world from Docker" > /home/test.txt']);
		});
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, passed(terminal, l, 2), async () => {
			await tryCommand(terminal, 'docker container run -it --name my_alpine --mount type=volume,src=my_volume,dst=/home/my_folder --rm alpine:latest sh');
			await shellSession(terminal, ['echo "hello world from Docker" > /home/my_folder/test.txt']);
		});
		await waitForIdlePrompt(terminal);

		// Stage 4: back, skip, next.
		await expectNew(terminal, '── stage 3/7', async () => submit(terminal, ':back'));
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, '── stage 4/7', async () => submit(terminal, ':skip'));
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, '── stage 5/7', async () => submit(terminal, ':next'));
		await waitForIdlePrompt(terminal);

		// Stage 5: the second container before the first.
		await expectNew(terminal, hint(l, 4, 'no-first'), async () => {
			await submit(terminal, 'docker container run -it --name my_alpine2 --mount type=volume,src=my_volume,dst=/home/my_folder2 --rm alpine:latest sh');
			await shellSession(terminal, []);
		});
		await waitForIdlePrompt(terminal);
		await tryCommand(terminal, `docker container run -d --name my_alpine1 --mount type=volume,src=my_volume,dst=/home/my_folder1 --rm alpine:latest sh -c 'echo "hello from my_alpine1" > /home/my_folder1/shared.txt && sleep 3600'`);
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, passed(terminal, l, 4), async () => {
			await submit(terminal, 'docker container run -it --name my_alpine2 --mount type=volume,src=my_volume,dst=/home/my_folder2 --rm alpine:latest sh');
			await shellSession(terminal, ['cat /home/my_folder2/shared.txt']);
		});
		await waitForIdlePrompt(terminal);

		// Stage 6: HOME without its $ names a volume; then the learner leaves the lesson half-way.
		await expectNew(terminal, hint(l, 5, 'named-volume', 'HOME'), async () => submit(terminal, 'docker container run --rm -v HOME:/home/my_folder alpine:latest ls /home/my_folder'));
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, 'dockwise learn persistence resumes it', async () => submit(terminal, ':quit'));
		t.regex(terminal.transcript(), /The lesson created my_alpine1, my_volume\. Type :clean/);
		await waitForIdlePrompt(terminal);
		await submit(terminal, ':keep');
		await terminal.waitFor('Kept: my_alpine1, my_volume.', {where: 'transcript'});
		await waitForIdlePrompt(terminal);
		await submit(terminal, ':quit');
		await terminal.exited;
		await terminal.stop();

		terminal = await startLesson('en', stateHome);
		await terminal.waitFor('Resuming where you left off: stage 6/7.', {where: 'transcript'});
		// The stage is shown once the lesson follows the commands: type after it, as a learner would.
		await terminal.waitFor('── stage 6/7', {where: 'transcript'});
		t.false(terminal.transcript().includes('already exist'), 'its own objects are not taken for the user\'s');
		await expectNew(terminal, passed(terminal, l, 5), async () => submit(terminal, 'docker container run --rm -v $HOME:/home/my_folder:ro alpine:latest ls /home/my_folder'));
		await waitForIdlePrompt(terminal);
		await expectNew(terminal, 'Type :clean', async () => submit(terminal, ':next'));
		await waitForIdlePrompt(terminal);
		await submit(terminal, ':clean');
		await answerYes(terminal, 'en');
		await answerYes(terminal, 'en');
		await terminal.waitFor(/◆ volume my_volume removed/, {where: 'transcript', timeout: 30_000});
		const volumes = (await execa(dockerBinary, ['volume', 'ls', '--quiet'], {env: engine!.env})).stdout.split('\n');
		t.false(volumes.includes('my_volume'));
		t.true(volumes.includes('HOME'), 'what the learner created by mistake is not the lesson\'s to remove');
	} finally {
		await terminal.stop();
		rmSync(stateHome, {recursive: true, force: true});
	}
});
