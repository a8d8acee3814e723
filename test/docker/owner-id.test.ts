import {hostname} from 'node:os';
import test from 'ava';
import {ownerId} from '../../source/docker/pending-removals.js';

test('the owner label has one width in every session: the pid padded to 7 digits, then the host', t => {
	const owner = ownerId();
	t.regex(owner, /^\d{7}@/);
	t.is(Number(owner.slice(0, 7)), process.pid);
	t.is(owner.slice(8), hostname());
});
