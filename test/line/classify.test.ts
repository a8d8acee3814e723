import test from 'ava';
import {classifyLine} from '../../source/line/classify.js';

test('docker lines with or without the prefix', t => {
	t.like(classifyLine('docker volume ls'), {kind: 'docker', args: ['volume', 'ls'], implicitPrefix: false});
	t.like(classifyLine('volume ls'), {kind: 'docker', args: ['volume', 'ls'], implicitPrefix: true});
	t.like(classifyLine('run --rm alpine echo hi'), {kind: 'docker', args: ['run', '--rm', 'alpine', 'echo', 'hi']});
});

test('builtins, host commands and empty lines', t => {
	t.like(classifyLine(':help'), {kind: 'builtin', name: 'help', args: []});
	t.like(classifyLine(' :lang fr'), {kind: 'builtin', name: 'lang', args: ['fr']});
	t.deepEqual(classifyLine('!ls -la | wc -l'), {kind: 'host', command: 'ls -la | wc -l'});
	t.deepEqual(classifyLine('   '), {kind: 'empty'});
	t.deepEqual(classifyLine('!'), {kind: 'empty'});
});

test('anything else is refused with a suggestion', t => {
	t.deepEqual(classifyLine('exit'), {kind: 'unknown', word: 'exit', suggestion: {kind: 'builtin', name: 'quit'}});
	t.deepEqual(classifyLine('volum ls'), {kind: 'unknown', word: 'volum', suggestion: {kind: 'docker-command', command: 'volume'}});
	t.deepEqual(classifyLine('dokcer ps'), {kind: 'unknown', word: 'dokcer', suggestion: {kind: 'docker-command', command: 'docker'}});
	t.deepEqual(classifyLine('sudo ls /var/lib/docker'), {kind: 'unknown', word: 'sudo', suggestion: {kind: 'host', line: '!sudo ls /var/lib/docker'}});
});

test('problems travel with the docker line', t => {
	const line = classifyLine('docker ps | grep x');
	t.is(line.kind, 'docker');
	t.like(line, {problems: [{code: 'shell-operator', text: '|'}]});
});
