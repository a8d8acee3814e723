import test from 'ava';
import {OutputBuffer} from '../../source/session/output-buffer.js';

const collect = () => {
	const writes: string[] = [];
	return {writes, buffer: new OutputBuffer(text => writes.push(text), 10)};
};

test('writes whole lines only, batched', async t => {
	const {writes, buffer} = collect();
	buffer.push('a\nb', 'stdout');
	buffer.push('c\nd\n', 'stdout');
	t.deepEqual(writes, []);
	await new Promise(resolve => setTimeout(resolve, 30));
	t.deepEqual(writes, ['a\nbc\nd\n']);
});

test('keeps stdout and stderr partial lines apart and ends them on end()', t => {
	const {writes, buffer} = collect();
	buffer.push('out', 'stdout');
	buffer.push('err\n', 'stderr');
	buffer.push('put', 'stdout');
	buffer.end();
	t.deepEqual(writes, ['err\noutput\n']);
});

test('flushes at once when a lot is pending, and never holds a huge line', t => {
	const {writes, buffer} = collect();
	buffer.push(`${'x'.repeat(70 * 1024)}`, 'stdout');
	t.is(writes.length, 1);
	t.true(writes[0]!.endsWith('\n'));
	buffer.end();
	t.is(writes.length, 1);
});
