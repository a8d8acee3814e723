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
	t.deepEqual(classifyLine('git status'), {kind: 'unknown', word: 'git', suggestion: {kind: 'host', line: '!git status'}});
});

test('problems travel with the docker line', t => {
	const line = classifyLine('docker ps | grep x');
	t.is(line.kind, 'docker');
	t.like(line, {problems: [{code: 'shell-operator', text: '|'}]});
});

test('lines meant for a container are told apart; one that writes or deletes is never offered for the host', t => {
	t.deepEqual(classifyLine('echo "hello" > /home/test.txt'), {kind: 'unknown', word: 'echo', suggestion: {kind: 'container', writes: true, line: 'echo "hello" > /home/test.txt'}});
	t.deepEqual(classifyLine('ls /home'), {kind: 'unknown', word: 'ls', suggestion: {kind: 'container', writes: false, line: 'ls /home'}});
	t.like(classifyLine('cat /home/test.txt'), {suggestion: {kind: 'container', writes: false}});
	t.like(classifyLine('touch /data/a'), {suggestion: {kind: 'container', writes: true}});
	t.like(classifyLine('rm /home/test.txt'), {kind: 'unknown', suggestion: {kind: 'container', writes: true}});
	t.like(classifyLine('frobnicate > out.txt'), {suggestion: {kind: 'container', writes: true}});
	t.like(classifyLine('rm my_container'), {kind: 'docker', args: ['rm', 'my_container']});
});

test('sudo before a docker line: the line without it', t => {
	t.deepEqual(classifyLine('  sudo docker volume ls'), {kind: 'unknown', word: 'sudo', suggestion: {kind: 'sudo', line: 'docker volume ls'}});
	t.deepEqual(classifyLine('sudo volume ls'), {kind: 'unknown', word: 'sudo', suggestion: {kind: 'sudo', line: 'volume ls'}});
});
