import test from 'ava';
import {explainLine, tokenIndexAt, type Explanation} from '../../source/explain/index.js';

const explain = (line: string) => explainLine(line, {lang: 'en', env: {HOME: '/home/ada'}, cwd: '/home/ada'});
const shape = (explanation: Explanation) => explanation.tokens.map(token => `${token.role}:${token.text}${token.flag ? `(${token.flag})` : ''}`);
const dockerErrors = (line: string) => explain(line).errors.map(error => error.docker);

test('aliases resolve to the canonical command', t => {
	const cases: Array<[string, string]> = [
		['run alpine', 'container run'],
		['docker run alpine', 'container run'],
		['docker container run alpine', 'container run'],
		['docker ps', 'container ls'],
		['docker container ps', 'container ls'],
		['docker container list', 'container ls'],
		['docker volume list', 'volume ls'],
		['docker volume remove v1', 'volume rm'],
		['docker rm c1', 'container rm'],
		['docker container remove c1', 'container rm'],
		['docker images', 'image ls'],
		['docker rmi alpine', 'image rm'],
		['docker pull alpine', 'image pull'],
		['docker exec c1 sh', 'container exec'],
		['docker cp c1:/a /tmp/a', 'container cp'],
		['docker logs c1', 'container logs'],
		['docker builder build .', 'image build'],
		['docker events', 'system events'],
	];
	for (const [line, command] of cases) {
		t.is(explain(line).command, command, line);
	}

	t.regex(explain('docker ps').tokens[1]!.summary, /\(same as docker container ls\)$/);
	t.notRegex(explain('docker container ls').tokens[2]!.summary, /same as/);
});

test('global options come before the command, with their values', t => {
	t.deepEqual(shape(explain('docker --context prod -H unix:///x.sock --config=/cfg --log-level debug -D volume ls')), [
		'program:docker',
		'flag:--context(--context)', 'value:prod(--context)',
		'flag:-H(--host)', 'value:unix:///x.sock(--host)',
		'flag:--config(--config)', 'value:/cfg(--config)',
		'flag:--log-level(--log-level)', 'value:debug(--log-level)',
		'flag:-D(--debug)',
		'command:volume', 'command:ls',
	]);
	t.deepEqual(explain('docker -l warn ps').errors, []);
	t.deepEqual(dockerErrors('docker --context'), ['flag needs an argument: --context']);
});

test('flag values: separate, with =, combined short flags, attached short values', t => {
	t.deepEqual(shape(explain('docker run -v x:/y alpine')).slice(2, 4), ['flag:-v(--volume)', 'value:x:/y(--volume)']);
	t.deepEqual(shape(explain('docker run -v=x:/y alpine')).slice(2, 4), ['flag:-v(--volume)', 'value:x:/y(--volume)']);
	t.deepEqual(shape(explain('docker run -vx:/y alpine')).slice(2, 4), ['flag:-v(--volume)', 'value:x:/y(--volume)']);
	t.deepEqual(shape(explain('docker run --mount=type=tmpfs,dst=/t alpine')).slice(2, 4), ['flag:--mount(--mount)', 'value:type=tmpfs,dst=/t(--mount)']);
	t.deepEqual(shape(explain('docker run -itd alpine')).slice(2, 5), ['flag:-i(--interactive)', 'flag:t(--tty)', 'flag:d(--detach)']);
	t.deepEqual(shape(explain('docker run -itv x:/y alpine')).slice(2, 6), ['flag:-i(--interactive)', 'flag:t(--tty)', 'flag:v(--volume)', 'value:x:/y(--volume)']);
	t.deepEqual(shape(explain('docker run --rm=false alpine')).slice(2, 4), ['flag:--rm(--rm)', 'value:false(--rm)']);
	t.false(explain('docker run --rm=false alpine').effects.some(effect => effect.includes('removes the container')));
	t.deepEqual(dockerErrors('docker run --rm=maybe alpine'), ['invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax']);
	t.deepEqual(dockerErrors('docker ps -q=bad'), ['invalid argument "bad" for "-q, --quiet" flag: strconv.ParseBool: parsing "bad": invalid syntax']);
	// A value that looks like a flag is still the value, as in docker.
	t.deepEqual(shape(explain('docker run --name --rm alpine')).slice(2, 4), ['flag:--name(--name)', 'value:--rm(--name)']);
});

test('quoted words stay whole and keep their raw text', t => {
	const line = 'docker run --name "my_alpine" -v \'/srv/my data:/data\' alpine';
	const explanation = explain(line);
	t.deepEqual(explanation.errors, []);
	const value = explanation.tokens.find(token => token.flag === '--volume' && token.role === 'value')!;
	t.is(value.text, '\'/srv/my data:/data\'');
	t.is(value.value, '/srv/my data:/data');
	t.deepEqual(value.parts?.map(part => part.text), ['/srv/my data', '/data']);
	t.deepEqual(explanation.mounts[0]?.source, '/srv/my data');
	// A quoted combined flag cannot be split: one token carrying both flags.
	const combined = explain('docker run "-it" alpine').tokens[2]!;
	t.is(combined.text, '"-it"');
	t.regex(combined.summary, /standard input.*terminal/s);
});

test('the image ends the options; the rest is the container’s command, never docker flags', t => {
	const explanation = explain('docker run --rm alpine ls -la --rm /');
	t.deepEqual(shape(explanation), [
		'program:docker', 'command:run', 'flag:--rm(--rm)', 'image:alpine',
		'container-command:ls', 'container-command:-la', 'container-command:--rm', 'container-command:/',
	]);
	t.deepEqual(explanation.errors, []);
	t.deepEqual(shape(explain('docker exec -it c1 sh -c "ls"')).slice(4), ['argument:c1', 'container-command:sh', 'container-command:-c', 'container-command:"ls"']);
	t.deepEqual(shape(explain('docker run -- alpine')).slice(2), ['flag:--', 'image:alpine']);
});

test('other commands take flags after their operands', t => {
	t.deepEqual(shape(explain('docker volume rm v1 -f')), ['program:docker', 'command:volume', 'command:rm', 'argument:v1', 'flag:-f(--force)']);
	t.deepEqual(shape(explain('docker volume rm -- -f')).slice(3), ['flag:--', 'argument:-f']);
});

test('errors docker would raise, in its words', t => {
	t.deepEqual(dockerErrors('docker run'), ['\'docker run\' requires at least 1 argument']);
	t.deepEqual(dockerErrors('docker container exec c1'), ['\'docker container exec\' requires at least 2 arguments']);
	t.deepEqual(dockerErrors('docker volume inspect'), ['\'docker volume inspect\' requires at least 1 argument']);
	t.deepEqual(dockerErrors('docker volume ls x'), ['\'docker volume ls\' accepts no arguments']);
	t.deepEqual(dockerErrors('docker volume create a1 b1'), ['\'docker volume create\' requires at most 1 argument']);
	t.deepEqual(dockerErrors('docker container logs'), ['\'docker container logs\' requires 1 argument']);
	t.deepEqual(dockerErrors('docker container cp a'), ['\'docker container cp\' requires 2 arguments']);
	t.deepEqual(dockerErrors('docker run --name'), ['flag needs an argument: --name']);
	t.deepEqual(dockerErrors('docker run -v'), ['flag needs an argument: \'v\' in -v']);
	t.deepEqual(dockerErrors('docker run -itv'), ['flag needs an argument: \'v\' in -itv']);
	t.deepEqual(dockerErrors('docker ps -x'), ['unknown shorthand flag: \'x\' in -x']);
	t.deepEqual(dockerErrors('docker volume ls --bogus'), ['unknown flag: --bogus']);
	t.deepEqual(dockerErrors('docker volume foo'), ['docker: unknown command: docker volume foo']);
	t.deepEqual(dockerErrors('docker foo'), ['docker: unknown command: docker foo']);
	t.deepEqual(dockerErrors('docker volume create "bad name"'), ['create bad name: "bad name" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path']);
	t.deepEqual(dockerErrors('docker run --rm --help'), [], '--help skips the argument checks');
});

test('an unknown flag of a partly curated command is only a warning without docker’s catalogue', t => {
	const explanation = explain('docker run --cpu-period 100 alpine');
	t.deepEqual(explanation.errors, []);
	t.deepEqual(explanation.warnings.filter(warning => warning.code === 'unknown-flag').map(warning => [warning.start, warning.end]), [[11, 23]]);
	// Without knowing it takes a value, `100` reads as the image.
	t.is(explanation.tokens.find(token => token.role === 'image')?.text, '100');
});

test('shell syntax is reported, and words after a pipe are not docker’s', t => {
	const explanation = explain('docker volume ls | grep my');
	t.deepEqual(explanation.errors.map(error => [error.start, error.end]), [[17, 18]]);
	t.deepEqual(explanation.tokens.slice(3).map(token => token.role), ['argument', 'argument']);
	t.regex(explanation.tokens[3]!.summary, /after \|/);
	t.regex(explain('docker run "alpine').errors[0]!.message, /never closed/);
});

test('the token under the cursor', t => {
	const explanation = explain('docker run -it alpine');
	const at = (cursor: number) => {
		const index = tokenIndexAt(explanation.tokens, cursor);
		return index === undefined ? undefined : explanation.tokens[index]!.text;
	};

	t.is(at(0), 'docker');
	t.is(at(6), 'docker', 'just after a word still names it');
	t.is(at(8), 'run');
	t.is(at(12), '-i');
	t.is(at(13), 't');
	t.is(at(14), 't');
	t.is(at(21), 'alpine');
	t.is(at(100), undefined);
	t.is(tokenIndexAt(explain('docker  ps').tokens, 7), undefined, 'between words');
});

test('implicit docker prefix, empty lines and the bare program', t => {
	t.deepEqual(shape(explain('volume ls')), ['command:volume', 'command:ls']);
	t.deepEqual(explain('').tokens, []);
	t.deepEqual(explain('   ').errors, []);
	t.deepEqual(explain('docker').effects, ['prints docker’s list of commands; nothing else happens']);
	t.deepEqual(explain('docker volume').effects, ['prints the subcommands of docker volume; nothing else happens']);
	t.deepEqual(explain('docker volume ls --help').effects, ['prints the help of docker volume ls; nothing else runs']);
	t.deepEqual(explain('docker -h').warnings.map(warning => warning.code), ['deprecated-flag']);
	t.is(explain('docker run -h box alpine').tokens[2]!.flag, '--hostname', '-h is --hostname for run');
});

test('catalogueWanted names the docker help that would sharpen the explanation', t => {
	t.deepEqual(explain('docker volume ls').catalogueWanted, [[], ['volume', 'ls']]);
	t.deepEqual(explain('ps').catalogueWanted, [[], ['container', 'ls']]);
});

test('a command word being typed says what it may become; a finished mistyped one, what it looks like', t => {
	const summaryOf = (line: string, word: string, lang: 'en' | 'fr' = 'en') => explainLine(line, {lang}).tokens.find(token => token.text === word)?.summary;
	t.is(summaryOf('docker vol', 'vol'), 'Not a docker command yet: as you type, it may become volume.');
	t.is(summaryOf('volume l', 'l'), 'Not a docker command yet: as you type, it may become list, ls.');
	t.is(summaryOf('docker volum ls', 'volum'), 'Not a docker command: did you mean volume?');
	t.is(summaryOf('docker vol', 'vol', 'fr'), 'Pas encore une commande docker\u00A0: en continuant de taper, elle peut devenir volume.');
	t.is(summaryOf('docker zzzzzz', 'zzzzzz'), 'Not a docker command.');
});
