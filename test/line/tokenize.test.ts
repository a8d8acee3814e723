import test from 'ava';
import fc from 'fast-check';
import {tokenize} from '../../source/line/tokenize.js';

const context = {env: {HOME: '/home/ada', EMPTY: '', NAME: 'vol'}, home: '/home/ada'};
const values = (line: string) => tokenize(line, context).tokens.map(token => token.value);
const codes = (line: string) => tokenize(line, context).problems.map(problem => problem.code);

test('splits on blanks and keeps positions', t => {
	const {tokens, problems} = tokenize('  docker   volume\tls ');
	t.deepEqual(tokens.map(token => [token.value, token.start, token.end]), [['docker', 2, 8], ['volume', 11, 17], ['ls', 18, 20]]);
	t.deepEqual(problems, []);
});

test('quotes and escapes', t => {
	t.deepEqual(values(String.raw`echo 'a b' "c d" e\ f "x\"y" 'it''s' ""`), ['echo', 'a b', 'c d', 'e f', 'x"y', 'its', '']);
	t.deepEqual(values(String.raw`"a\nb" 'a\nb' a\nb`), [String.raw`a\nb`, String.raw`a\nb`, 'anb']);
});

test('expands $VAR, ${VAR} and ~ like the tutorial needs', t => {
	t.deepEqual(values('run --volume $HOME:/home/my_folder'), ['run', '--volume', '/home/ada:/home/my_folder']);
	t.deepEqual(values('a ${NAME}x "$NAME y" \'$NAME\' $UNSET. $'), ['a', 'volx', 'vol y', '$NAME', '.', '$']);
	t.deepEqual(values('-v ~/data:/data ~ ~x a~ --volume=~/d:/d A=~/d "~"'), ['-v', '/home/ada/data:/data', '/home/ada', '~x', 'a~', '--volume=~/d:/d', 'A=/home/ada/d', '~']);
	const [token] = tokenize('$HOME/x', context).tokens;
	t.deepEqual(token?.expansions, [{name: 'HOME', start: 0, end: 5, value: '/home/ada'}]);
});

test('without a context nothing is expanded', t => {
	t.deepEqual(tokenize('$HOME ~/x').tokens.map(token => token.value), ['$HOME', '~/x']);
});

test('unbalanced quotes are reported where they open', t => {
	const {problems} = tokenize('run --name "my alpine');
	t.deepEqual(problems, [{code: 'unbalanced-quote', start: 11, end: 21, text: '"'}]);
	t.deepEqual(codes("echo 'x"), ['unbalanced-quote']);
});

test('shell operators and substitutions are reported, not interpreted', t => {
	t.deepEqual(tokenize('ps | grep x && ls > out; a & b').problems.map(problem => problem.text), ['|', '&&', '>', ';', '&']);
	t.deepEqual(codes('run $(pwd) `id` "$(id)"'), ['command-substitution', 'command-substitution', 'command-substitution']);
	t.deepEqual(codes('a ${1abc} ${unclosed'), ['bad-substitution', 'bad-substitution']);
	t.deepEqual(codes('echo "a|b" \'c;d\' e\\|f'), []);
});

test('backslash-newline continues the line; a trailing backslash is reported', t => {
	t.deepEqual(values('run -it \\\n  --rm alpine'), ['run', '-it', '--rm', 'alpine']);
	t.deepEqual(codes('run -it \\'), ['trailing-backslash']);
});

test('a # at the start of a word starts a comment', t => {
	const result = tokenize('volume ls # list them');
	t.deepEqual(result.tokens.map(token => token.value), ['volume', 'ls']);
	t.is(result.commentStart, 10);
	t.deepEqual(values('echo a#b'), ['echo', 'a#b']);
});

test('property: never throws, tokens are ordered slices of the line', t => {
	const alphabet = fc.constantFrom(...'ab -=:/~$\'"\\|&;<>(){}`#\t\n$H{}'.split(''), 'HOME', '--mount', '-v');
	fc.assert(fc.property(fc.array(alphabet, {maxLength: 40}).map(parts => parts.join('')), line => {
		const {tokens, problems} = tokenize(line, context);
		let previousEnd = 0;
		for (const token of tokens) {
			if (token.raw !== line.slice(token.start, token.end) || token.start < previousEnd || token.end <= token.start) {
				return false;
			}

			previousEnd = token.end;
		}

		return problems.every(problem => problem.start >= 0 && problem.end <= line.length && problem.start <= problem.end);
	}), {numRuns: 5000});
	t.pass();
});
