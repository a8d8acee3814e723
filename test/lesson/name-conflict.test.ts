import test from 'ava';
import {canReuse, choiceForKey, conflictQuestion, keyForChoice} from '../../source/lesson/name-conflict.js';
import {lessonMessages} from '../../source/lesson/messages.js';

const proposed = ['my_volume_2', 'my_alpine_2'];

test('a volume holding files: the question says how many and offers other names or no lesson, never reuse', t => {
	const question = conflictQuestion([{name: 'my_volume', kind: 'volume', fileCount: 3}], proposed, 'en', lessonMessages('en'));
	t.deepEqual(question.lines, ['my_volume already exists on this engine and holds 3 file(s).']);
	t.is(question.question, 'Use my_volume_2, my_alpine_2 instead? [Y/n]');
	t.deepEqual(question.choices, ['suffix', 'quit']);
	t.false(question.help.includes('r: work'));
});

test('only empty volumes taken: reusing them is offered; an unread volume or a container is never reused', t => {
	const empty = conflictQuestion([{name: 'my_volume', kind: 'volume', fileCount: 0}], proposed, 'fr', lessonMessages('fr'));
	t.is(empty.question, 'Utiliser my_volume_2, my_alpine_2 à la place\u00A0? [O/n/r]');
	t.true(empty.help.includes('r\u00A0: travailler dans votre my_volume vide'));
	t.deepEqual(empty.choices, ['suffix', 'quit', 'reuse']);
	t.false(canReuse([{name: 'my_volume', kind: 'volume'}]), 'files not read: it may hold data');
	t.false(canReuse([{name: 'my_volume', kind: 'volume', fileCount: 0}, {name: 'my_alpine', kind: 'container'}]));
	t.false(canReuse([]));
	const lines = conflictQuestion([{name: 'my_volume', kind: 'volume'}, {name: 'my_alpine', kind: 'container'}], proposed, 'en', lessonMessages('en')).lines;
	t.deepEqual(lines, ['my_volume already exists on this engine (dockwise could not read its files).', 'A container called my_alpine already exists on this engine.']);
	const because = conflictQuestion([{name: 'my_volume', kind: 'volume', unreadReason: 'permission refusée'}], proposed, 'fr', lessonMessages('fr'));
	t.deepEqual(because.lines, ['my_volume existe déjà sur ce moteur\u00A0; dockwise n’a pas pu lire ses fichiers\u00A0: permission refusée']);
	t.deepEqual(because.choices, ['suffix', 'quit'], 'never reused');
});

test('keys: y (o in French) or Enter take other names, n, Escape or Ctrl-C leave, r reuses only when offered', t => {
	const en = {choices: ['suffix', 'quit'] as const, lang: 'en' as const};
	const fr = {choices: ['suffix', 'quit', 'reuse'] as const, lang: 'fr' as const};
	const ask = (key: Parameters<typeof choiceForKey>[0], question: {choices: readonly string[]; lang: 'en' | 'fr'}) => choiceForKey(key, question as Parameters<typeof choiceForKey>[1]);
	t.is(ask({input: 'y'}, en), 'suffix');
	t.is(ask({input: 'Y'}, en), 'suffix');
	t.is(ask({input: '', return: true}, en), 'suffix');
	t.is(ask({input: 'o'}, en), undefined, 'o is not yes in English');
	t.is(ask({input: 'o'}, fr), 'suffix');
	t.is(ask({input: 'n'}, en), 'quit');
	t.is(ask({input: '', escape: true}, en), 'quit');
	t.is(ask({input: 'c', ctrl: true}, en), 'quit');
	t.is(ask({input: 'r'}, en), undefined, 'reuse not offered');
	t.is(ask({input: 'r'}, fr), 'reuse');
	t.is(ask({input: 'x'}, fr), undefined);
	t.is(keyForChoice('suffix', 'fr'), 'o');
	t.is(keyForChoice('quit', 'en'), 'n');
});
