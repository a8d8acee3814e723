import test from 'ava';
import {explainLine} from '../../source/explain/index.js';
import {givesContainerTerminal, needsTerminal} from '../../source/repl/needs-terminal.js';

const explained = (line: string) => explainLine(line, {lang: 'en', env: {}});

const terminal = [
	'container run --rm --name my_alpine -it alpine:latest',
	'container run -it --name my_alpine --mount type=volume,src=my_volume,dst=/home/my_folder --rm alpine:latest sh',
	'run -i alpine cat',
	'run --tty alpine',
	'run --name x -e A=1 -v /a:/b -ti alpine',
	'docker --context default run -it alpine',
	'network prune',
	'exec -it web sh',
	'start -ai web',
	'attach web',
	'login',
	'volume prune',
	'system prune -a',
	'stats',
];

const piped = [
	'volume ls',
	'run --rm alpine echo hi',
	'run --rm alpine sh -c "ls -t"',
	'run --rm alpine ls -it',
	'run -d -it alpine',
	'run --interactive=false alpine',
	'run --name -it alpine',
	'exec web ls',
	'start web',
	'volume prune -f',
	'network prune -f',
	'run -e A=1 -v /a:/b alpine cat -t',
	'system prune --force',
	'login --password-stdin',
	'stats --no-stream',
	'',
];

for (const line of terminal) {
	test(`needs the terminal: ${line}`, t => {
		t.true(needsTerminal(explained(line)));
	});
}

for (const line of piped) {
	test(`runs piped: ${line || '(nothing)'}`, t => {
		t.false(needsTerminal(explained(line)));
	});
}

test('a container given a terminal shows the keys itself: the terminal\'s echo is off only then', t => {
	const echoedByContainer = ['run --rm -it alpine', 'container run -t alpine', 'exec -it web sh', 'run --tty=true -i alpine sh'];
	const echoedByTerminal = ['run -i alpine cat', 'run --tty=false -i alpine', 'run -d -it alpine', 'start -ai web', 'attach web', 'login', 'volume prune', 'run --rm alpine ls -t'];
	t.deepEqual(echoedByContainer.filter(line => !givesContainerTerminal(explained(line))), []);
	t.deepEqual(echoedByTerminal.filter(line => givesContainerTerminal(explained(line))), []);
});

test('start -i and attach: the echo is off only for a container known to have been created with -t', t => {
	const created = new Map([['web', true], ['cat_box', false]]);
	const hasTty = (reference: string) => created.get(reference);
	const echoedByContainer = ['start -ai web', 'start -i web', 'container start --interactive web', 'attach web', 'container attach --sig-proxy=false web'];
	const echoedByTerminal = ['start -ai cat_box', 'start -a web', 'start web', 'attach cat_box', 'attach --no-stdin web', 'start -ai stranger', 'attach stranger', 'start -i --interactive=false web'];
	t.deepEqual(echoedByContainer.filter(line => !givesContainerTerminal(explained(line), hasTty)), []);
	t.deepEqual(echoedByTerminal.filter(line => givesContainerTerminal(explained(line), hasTty)), []);
});
