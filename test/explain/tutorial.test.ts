import test from 'ava';
import {explainLine, type ExplainOptions, type Explanation} from '../../source/explain/index.js';
import type {Lang} from '../../source/i18n/catalogue.js';

// Every docker command of the persistence tutorial (shared/persistence-tutorial-fr.md), verbatim.
const runWithoutPersistence = 'docker container run --rm --name my_alpine -it alpine:latest';
const createVolume = 'docker volume create --name my_volume';
const mountRun = (name: string, folder: string) => `docker container run -it --name ${name} \\\n  --mount type=volume,src=my_volume,dst=/home/${folder} \\\n  --rm alpine:latest sh`;
const bindHomeRun = 'docker container run -it --name my_alpine \\\n  --volume $HOME:/home/my_folder \\\n  --rm alpine:latest sh';

const options = (lang: Lang): ExplainOptions => ({lang, env: {HOME: '/home/ada'}, home: '/home/ada', cwd: '/home/ada/lesson'});
const explain = (line: string, lang: Lang = 'en') => explainLine(line, options(lang));
const roles = (explanation: Explanation) => explanation.tokens.map(token => `${token.role}:${token.text}`);
const codes = (explanation: Explanation) => explanation.warnings.map(warning => warning.code);

for (const lang of ['en', 'fr'] as const) {
	test(`${lang}: every token slices back to the line and has a summary`, t => {
		for (const line of [runWithoutPersistence, createVolume, 'docker volume ls', 'docker volume inspect my_volume', mountRun('my_alpine', 'my_folder'), bindHomeRun]) {
			const explanation = explain(line, lang);
			t.deepEqual(explanation.errors, [], line);
			for (const token of explanation.tokens) {
				t.is(line.slice(token.start, token.end), token.text);
				t.true(token.summary.length > 5, `${line}: ${token.text}`);
				t.is(token.source, 'curated', `${line}: ${token.text} is explained in our own words`);
			}
		}
	});
}

test('run without persistence: flags, image, warnings and effects', t => {
	const explanation = explain(runWithoutPersistence);
	t.is(explanation.command, 'container run');
	t.deepEqual(roles(explanation), [
		'program:docker', 'command:container', 'command:run', 'flag:--rm', 'flag:--name', 'value:my_alpine', 'flag:-i', 'flag:t', 'image:alpine:latest',
	]);
	t.deepEqual(explanation.tokens.filter(token => token.role === 'flag').map(token => token.flag), ['--rm', '--name', '--interactive', '--tty']);
	t.deepEqual(explanation.mounts, []);
	t.deepEqual(codes(explanation), ['rm-writable-loss'], 'the --rm warning says that nothing is mounted: no second note');
	t.deepEqual(explanation.effects, [
		'creates container my_alpine from alpine:latest',
		'starts it with your terminal connected: you are inside until you type exit',
		'removes the container on exit, with every file it wrote',
	]);
	t.is(explanation.warnings[0]!.message, 'Nothing is mounted: with --rm, every file this container writes is lost when it exits.');
});

test('run without persistence, in French', t => {
	const explanation = explain(runWithoutPersistence, 'fr');
	t.deepEqual(explanation.effects, [
		'crée le container my_alpine à partir de alpine:latest',
		'le démarre avec votre terminal branché\u00A0: vous êtes dedans jusqu’à ce que vous tapiez exit',
		'supprime le container à sa sortie, avec chaque fichier qu’il a écrit',
	]);
	t.regex(explanation.tokens.find(token => token.text === '--rm')!.summary, /Supprimer le container dès qu’il s’arrête/);
	t.is(explanation.warnings[0]!.message, 'Rien n’est monté\u00A0: avec --rm, chaque fichier écrit par ce container est perdu à sa sortie.');
});

test('volume create --name: the deprecated form is explained and flagged', t => {
	for (const lang of ['en', 'fr'] as const) {
		const explanation = explain(createVolume, lang);
		t.is(explanation.command, 'volume create');
		t.deepEqual(roles(explanation), ['program:docker', 'command:volume', 'command:create', 'flag:--name', 'value:my_volume']);
		const [warning] = explanation.warnings;
		t.is(warning?.code, 'deprecated-flag');
		t.true(warning?.message.includes('docker volume create my_volume'));
		t.is(explanation.effects.length, 2);
	}

	t.is(explain(createVolume).effects[0], 'creates named volume my_volume (driver local); it persists until docker volume rm');
});

test('volume ls and volume inspect change nothing', t => {
	t.deepEqual(explain('docker volume ls').effects, ['lists volumes; changes nothing']);
	t.deepEqual(explain('docker volume ls', 'fr').effects, ['liste les volumes ; ne modifie rien']);
	const inspect = explain('docker volume inspect my_volume');
	t.deepEqual(roles(inspect), ['program:docker', 'command:volume', 'command:inspect', 'argument:my_volume']);
	t.regex(inspect.effects[0]!, /changes nothing$/);
});

test('the multi-line --mount runs: continuation lines, keys, a persistent named volume', t => {
	for (const [name, folder] of [['my_alpine', 'my_folder'], ['my_alpine1', 'my_folder1'], ['my_alpine2', 'my_folder2']] as const) {
		const line = mountRun(name, folder);
		const explanation = explain(line);
		t.deepEqual(explanation.errors, []);
		t.deepEqual(explanation.mounts.map(({type, source, target, readOnly, persistent}) => ({type, source, target, readOnly, persistent})), [
			{type: 'volume', source: 'my_volume', target: `/home/${folder}`, readOnly: false, persistent: true},
		]);
		const value = explanation.tokens.find(token => token.flag === '--mount' && token.role === 'value')!;
		t.is(value.text, `type=volume,src=my_volume,dst=/home/${folder}`);
		t.deepEqual(value.parts?.map(part => [part.key, part.text]), [['type', 'type=volume'], ['src', 'src=my_volume'], ['dst', `dst=/home/${folder}`]]);
		t.deepEqual(explanation.tokens.at(-1), {
			text: 'sh',
			start: line.length - 2,
			end: line.length,
			role: 'container-command',
			summary: 'Command run in the container instead of the image’s default: sh',
			value: 'sh',
			source: 'curated',
		});
		t.deepEqual(codes(explanation), ['rm-writable-loss']);
		t.deepEqual(explanation.effects, [
			`creates container ${name} from alpine:latest`,
			'runs sh in it instead of the image’s default command',
			`mounts volume my_volume at /home/${folder} (persists)`,
			'starts it with your terminal connected: you are inside until you type exit',
			`removes the container on exit, with the files it wrote outside /home/${folder}`,
		]);
	}

	const french = explain(mountRun('my_alpine', 'my_folder'), 'fr');
	t.true(french.effects.includes('monte le volume my_volume sur /home/my_folder (persistant)'));
});

test('--volume $HOME: expanded, a bind mount of the home folder, with the bind-home warning', t => {
	for (const lang of ['en', 'fr'] as const) {
		const explanation = explain(bindHomeRun, lang);
		t.deepEqual(explanation.errors, []);
		t.deepEqual(explanation.mounts.map(({type, source, target}) => ({type, source, target})), [{type: 'bind', source: '/home/ada', target: '/home/my_folder'}]);
		const warning = explanation.warnings.find(candidate => candidate.code === 'bind-home');
		t.truthy(warning);
		t.is(warning?.level, 'warning');
		t.true(warning?.message.includes('/home/ada'));
		const value = explanation.tokens.find(token => token.flag === '--volume' && token.role === 'value')!;
		t.is(value.text, '$HOME:/home/my_folder');
		t.is(value.value, '/home/ada:/home/my_folder');
		t.deepEqual(value.parts?.map(part => part.text), ['$HOME', '/home/my_folder']);
	}
});

test('host commands of the tutorial are not docker commands', t => {
	const explanation = explain('sudo ls /var/lib/docker/volumes/my_volume/_data');
	t.is(explanation.command, null);
	t.regex(explanation.errors[0]!.message, /sudo is not a docker command/);
});
