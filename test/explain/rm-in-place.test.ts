import test from 'ava';
import {explainLine} from '../../source/explain/index.js';

const effectsOf = (line: string, runsRmInPlace: boolean, lang: 'en' | 'fr' = 'en') => explainLine(line, {lang, runsRmInPlace}).effects;

test('a foreground run --rm says dockwise runs it in place, then removes it, when the REPL does so', t => {
	t.true(effectsOf('run --rm -it alpine sh', true).some(effect => effect.includes('without --rm') && effect.includes('docker rm -v')));
	t.true(effectsOf('run --rm -it alpine sh', true, 'fr').some(effect => effect.includes('sans --rm')));
});

test('no such sentence where --rm is kept: explain mode, detached runs, create, no --rm', t => {
	const inPlace = (effects: string[]) => effects.some(effect => effect.includes('without --rm'));
	t.false(inPlace(effectsOf('run --rm -it alpine sh', false)));
	t.false(inPlace(effectsOf('run --rm -d alpine sleep 9', true)));
	t.false(inPlace(effectsOf('create --rm alpine', true)));
	t.false(inPlace(effectsOf('run -it alpine sh', true)));
	t.false(inPlace(effectsOf('run --rm=false alpine true', true)));
});
