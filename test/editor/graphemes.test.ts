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
