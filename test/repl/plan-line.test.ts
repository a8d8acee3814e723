import test from 'ava';
import {replMessages} from '../../source/repl/messages.js';
import {planLine} from '../../source/repl/plan-line.js';

const context = {lang: 'en' as const, env: {HOME: '/home/ada'}, home: '/home/ada'};
const en = replMessages('en');
const fr = replMessages('fr');

test('docker lines: piped or on the terminal', t => {
	t.like(planLine('volume ls', context, en), {kind: 'docker', args: ['volume', 'ls'], terminal: false, explanation: {command: 'volume ls'}});
	t.like(planLine('docker container run -it --volume $HOME:/home/my_folder --rm alpine:latest sh', context, en), {
		kind: 'docker',
		args: ['container', 'run', '-it', '--volume', '/home/ada:/home/my_folder', '--rm', 'alpine:latest', 'sh'],
		terminal: true,
	});
});

test('a trailing backslash asks for more', t => {
	t.deepEqual(planLine('docker container run -it --name my_alpine \\', context, en), {kind: 'continue'});
});

test('builtins with aliases, unknown builtins refused', t => {
	t.deepEqual(planLine(':q', context, en), {kind: 'builtin', name: 'quit', args: [], rest: ''});
	t.deepEqual(planLine(':lang fr', context, en), {kind: 'builtin', name: 'lang', args: ['fr'], rest: 'fr'});
	t.like(planLine(':explain  docker run -v "a b":/x alpine ', context, en), {kind: 'builtin', name: 'explain', rest: 'docker run -v "a b":/x alpine'}, ':explain gets its line as typed, quotes kept');
	t.like(planLine(':frob', context, en), {kind: 'refuse', keepLine: true, lines: ['Unknown dockwise command ":frob". Type :help for the list.']});
});

test('refusals explain themselves, in both languages', t => {
	t.like(planLine('ps | grep web', context, en), {kind: 'refuse', keepLine: true});
	const plan = planLine('volume create "oops', context, fr);
	t.is(plan.kind, 'refuse');
	t.regex(plan.kind === 'refuse' ? plan.lines[0]! : '', /Guillemet " ouvert en colonne 15/);
	t.like(planLine('sudo ls /var/lib/docker/volumes', context, en), {kind: 'refuse', lines: ['dockwise: "sudo" is not a docker command, and dockwise runs nothing else unless asked.', 'To run it in your shell on the host, type: !sudo ls /var/lib/docker/volumes']});
});

test('host lines and empty lines', t => {
	t.deepEqual(planLine('!ls -la | wc -l', context, en), {kind: 'host', command: 'ls -la | wc -l'});
	t.deepEqual(planLine('   ', context, en), {kind: 'nothing'});
});
