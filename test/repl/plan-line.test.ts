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

test('a line for a container\'s shell: where to run it, never ! when it writes', t => {
	const written = planLine('echo "hello" > /home/test.txt', context, en, {target: {kind: 'exec', name: 'my_alpine', justLeft: true}, justLeft: true});
	t.like(written, {kind: 'refuse'});
	const lines = written.kind === 'refuse' ? written.lines : [];
	t.regex(lines.join('\n'), /on the host now/);
	t.true(lines.includes('Container my_alpine still runs; to run this in it: docker exec -it my_alpine sh'));
	t.false(lines.some(line => line.includes('!')), 'a line that writes is never offered for the host');

	const listed = planLine('ls /home', context, en, {target: {kind: 'exec', name: 'web', justLeft: false}, justLeft: false});
	const listedLines = listed.kind === 'refuse' ? listed.lines : [];
	t.false(listedLines.some(line => line.includes('Did you mean')), 'ls is not a typo of ps');
	t.true(listedLines.includes('To run this in a container (such as web, which is running): docker exec -it web sh'));
	t.true(listedLines.includes('To run it in your shell on the host, type: !ls /home'));

	const nowhere = planLine('cat /home/test.txt', context, fr);
	t.regex(nowhere.kind === 'refuse' ? nowhere.lines.join('\n') : '', /nouveau container\u00A0: docker run -it --rm alpine sh/);
});

test('exit just after a container: back on the host, and how to leave dockwise', t => {
	t.like(planLine('exit', context, en, {target: {kind: 'run', image: 'alpine'}, justLeft: true}), {kind: 'refuse', lines: ['You are back on the host, in dockwise: the container’s shell has ended.', 'To leave dockwise, type :quit (or press Ctrl-D).']});
	t.like(planLine('exit', context, en), {kind: 'refuse', lines: ['dockwise: "exit" is not a docker command, and dockwise runs nothing else unless asked.', 'To leave dockwise, type :quit (or press Ctrl-D).']});
});

test('docker volum ls gets the suggestion volum ls gets; sudo is dropped and the line offered', t => {
	const typo = planLine('volum ls', context, en);
	t.like(planLine('docker volum ls', context, en), {kind: 'refuse', lines: typo.kind === 'refuse' ? typo.lines : []});
	t.like(planLine('sudo docker volume ls', context, en), {kind: 'refuse', offer: 'docker volume ls', lines: ['dockwise already runs docker for you: drop sudo (nothing was run).']});
	t.like(planLine('docker --context default volume ls', context, en), {kind: 'docker'});
});
