import test from 'ava';
import {createQuestionReader, type QuestionKey} from '../../source/repl/question-keys.js';

function reader(lang: 'en' | 'fr' = 'en', graceMs = 500) {
	let clock = 1000;
	const read = createQuestionReader({lang, graceMs, now: () => clock});
	return {
		at(time: number) {
			clock = time;
			return this;
		},
		key(input: string, key: Omit<QuestionKey, 'input'> = {}) {
			return read({input, ...key});
		},
	};
}

test('after a quiet keyboard: y runs, n and a lone Enter cancel, Escape and Ctrl-C cancel at once', t => {
	t.is(reader().at(1500).key('y').answer, true);
	t.is(reader().at(1500).key('Y').answer, true);
	t.is(reader('fr').at(1500).key('o').answer, true);
	t.is(reader().at(1500).key('o').answer, undefined);
	t.is(reader().at(1500).key('n').answer, false);
	t.is(reader().at(1500).key('\r', {return: true}).answer, false);
	t.is(reader().at(1000).key('', {escape: true}).answer, false);
	t.is(reader().at(1000).key('c', {ctrl: true}).answer, false);
});

test('a typed-ahead Enter, y or n (keyboard not quiet yet) answers nothing, and each key pushes the wait', t => {
	const r = reader();
	t.is(r.at(1100).key('\r', {return: true}).answer, undefined);
	t.is(r.at(1400).key('y').answer, undefined);
	t.is(r.at(1800).key('\r', {return: true}).answer, undefined, 'only 400 ms of quiet since the y');
	t.is(r.at(2400).key('y').answer, true);
});

test('typing under the question is kept: Enter hands the line on, a paste splits into lines, backspace edits', t => {
	const r = reader().at(2000);
	t.deepEqual(r.key('l'), {lines: [], typing: 'l'});
	t.deepEqual(r.key('s'), {lines: [], typing: 'ls'});
	t.deepEqual(r.key('', {delete: true}), {lines: [], typing: 'l'});
	t.deepEqual(r.key('s -a'), {lines: [], typing: 'ls -a'});
	t.is(r.key('y').answer, undefined, 'y is a letter of the line being typed');
	t.deepEqual(r.key('\r', {return: true}), {lines: ['ls -ay'], typing: ''});
	t.deepEqual(r.key('\u001B[200~docker ps\rdocker volume ls\nvolume rm x\u001B[201~'), {lines: ['docker ps', 'docker volume ls'], typing: 'volume rm x'});
	t.is(r.key('\r', {return: true}).lines[0], 'volume rm x');
	t.is(r.at(3000).key('n').answer, false);
	t.deepEqual(r.key('y'), {lines: [], typing: ''}, 'answers once');
});

test('typed-ahead text before the question could be read starts a line, it does not answer', t => {
	const r = reader();
	t.deepEqual(r.at(1010).key('docker ps\r'), {lines: ['docker ps'], typing: ''});
	t.is(r.at(1020).key('\r', {return: true}).answer, undefined);
	t.is(r.at(1600).key('y').answer, true);
});
