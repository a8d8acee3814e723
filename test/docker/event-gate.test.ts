import test from 'ava';
import {EventGate} from '../../source/docker/tracker/event-gate.js';
import type {DockerEvent} from '../../source/state/types.js';

// Pure ordering logic: no process runs here.
function event(id: string, action = 'create'): DockerEvent {
	return {type: 'volume', action, id, attributes: {}, time: 1, timestamp: '1'};
}

test('events about what a query reads wait for its result; others go through, each object in order', async t => {
	const delivered: string[][] = [];
	const gate = new EventGate(events => {
		delivered.push(events.map(({id, action}) => `${id}:${action}`));
	});
	let finish: () => void = () => undefined;
	const query = gate.around(async () => new Promise<void>(resolve => {
		finish = resolve;
	}), candidate => candidate.id === 'a');
	gate.offer([event('a'), event('b')]);
	gate.offer([event('a', 'destroy')]);
	t.deepEqual(delivered, [['b:create']]);
	finish();
	await query;
	t.deepEqual(delivered, [['b:create'], ['a:create', 'a:destroy']]);
});

test('a full load holds every event', async t => {
	const delivered: string[] = [];
	const gate = new EventGate(events => {
		delivered.push(...events.map(({id}) => id));
	});
	await gate.around(async () => {
		gate.offer([event('x'), event('y')]);
		await Promise.resolve();
		t.deepEqual(delivered, []);
	});
	t.deepEqual(delivered, ['x', 'y']);
});
