import test from 'ava';
import {boundaryAtOrAfter, boundaryAtOrBefore, graphemes, isBoundary, nextBoundary, previousBoundary} from '../../source/editor/graphemes.js';

const family = '👨‍👩‍👧';

test('boundaries around a ZWJ family', t => {
	const text = `a${family}b`;
	t.is(nextBoundary(text, 1), 1 + family.length);
	t.is(previousBoundary(text, 1 + family.length), 1);
	t.is(boundaryAtOrBefore(text, 3), 1);
	t.is(boundaryAtOrAfter(text, 3), 1 + family.length);
	t.false(isBoundary(text, 2));
	t.true(isBoundary(text, text.length));
	t.false(isBoundary(text, text.length + 1));
});

test('edges and out-of-range indexes', t => {
	t.is(previousBoundary('ab', 0), 0);
	t.is(nextBoundary('ab', 2), 2);
	t.is(nextBoundary('ab', 9), 2);
	t.is(previousBoundary('ab', 9), 1);
	t.is(boundaryAtOrBefore('ab', -1), 0);
	t.is(boundaryAtOrAfter('', 0), 0);
});

test('graphemes', t => {
	t.deepEqual(graphemes(`e\u0301🇫🇷${family}`), ['e\u0301', '🇫🇷', family]);
});

test('boundaries found in a window agree with segmenting the whole text, long runs and a 1 MB text included', t => {
	const pieces = ['a', ' ', '\r', '\n', '\r\n', 'e\u0301', '\u0301', '🇫', '🇷', family, '\u200D', 'é', '字', '🇫🇷'.repeat(200), '\u0301'.repeat(300)];
	const whole = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	let seed = 7;
	const random = () => {
		seed = ((seed * 1_103_515_245) + 12_345) % 2_147_483_648;
		return seed / 2_147_483_648;
	};

	for (let round = 0; round < 40; round++) {
		const text = Array.from({length: 30}, () => pieces[Math.floor(random() * pieces.length)]!).join('');
		const expected = new Set([...whole.segment(text)].map(({index}) => index));
		expected.add(text.length);
		for (let index = 0; index <= text.length; index++) {
			t.is(isBoundary(text, index), expected.has(index), `${JSON.stringify(text)} at ${index}`);
		}
	}

	const big = `${'docker volume ls\n'.repeat(60_000)}${family}x`;
	t.is(previousBoundary(big, big.length - 1), big.length - 1 - family.length);
	t.is(nextBoundary(big, 500_000), 500_001);
});
