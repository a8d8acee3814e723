import test from 'ava';
import {createAnswerReader} from '../../source/repl/answer-keys.js';

function reader(lang: 'en' | 'fr' = 'en') {
	let time = 0;
	const read = createAnswerReader({lang, graceMs: 500, now: () => time});
	return {
		read,
		at(ms: number) {
			time = ms;
		},
	};
}

test('a key typed ahead answers nothing, and keeps the question waiting until the keyboard is quiet', t => {
	const {read, at} = reader();
	at(100);
	t.is(read({input: 'y'}), undefined);
	at(550);
	t.is(read({input: 'y'}), undefined, 'still typing: 500 ms since the last key not over');
	at(1100);
	t.true(read({input: 'y'}));
	t.is(read({input: 'n'}), undefined, 'answers once');
});

test('Escape and Ctrl-C cancel at once; Enter and n say no; o is yes in French only', t => {
	t.false(reader().read({input: '', escape: true}));
	t.false(reader().read({input: 'c', ctrl: true}));
	const en = reader();
	en.at(600);
	t.false(en.read({input: '', return: true}));
	const n = reader();
	n.at(600);
	t.false(n.read({input: 'N'}));
	const oEn = reader();
	oEn.at(600);
	t.is(oEn.read({input: 'o'}), undefined);
	const oFr = reader('fr');
	oFr.at(600);
	t.true(oFr.read({input: 'o'}));
});

test('a chunk of several characters is a paste, not an answer', t => {
	const {read, at} = reader();
	at(600);
	t.is(read({input: 'yes'}), undefined);
	t.true(read({input: 'y'}));
});
