import test from 'ava';
import {topLevelDockerCommands} from '../../source/line/docker-commands.js';
import {closestWord, wordsStartingWith} from '../../source/line/word-suggestions.js';

test('a typo gets the close command; a far word gets nothing', t => {
	t.is(closestWord('volum', topLevelDockerCommands), 'volume');
	t.is(closestWord('frobnicate', topLevelDockerCommands), undefined);
});

test('a word being typed: the commands it may become', t => {
	t.deepEqual(wordsStartingWith('vol', topLevelDockerCommands), ['volume']);
	t.deepEqual(wordsStartingWith('im', topLevelDockerCommands), ['image', 'images', 'import']);
	t.deepEqual(wordsStartingWith('', topLevelDockerCommands), []);
});
