import test from 'ava';
import {splitFirstInspect} from '../../source/state/load-plan.js';
import type {ContainerStatus, ContainerSummary} from '../../source/state/types.js';

const container = (id: string, status: ContainerStatus): ContainerSummary => ({id, name: id, image: 'alpine:latest', status, labels: {}});

test('the first load inspects what may mount something or is live; stopped containers listed with no mount wait', t => {
	const containers = [
		container('mounts-volume', 'exited'),
		container('bare-exited', 'exited'),
		container('bare-created', 'created'),
		container('bare-dead', 'dead'),
		container('bare-running', 'running'),
		container('bare-paused', 'paused'),
		container('bare-restarting', 'restarting'),
		container('bare-removing', 'removing'),
	];
	const unmounted = new Set(containers.map(({id}) => id).filter(id => id.startsWith('bare-')));
	t.deepEqual(splitFirstInspect(containers, unmounted), {
		first: ['mounts-volume', 'bare-running', 'bare-paused', 'bare-restarting', 'bare-removing'],
		later: ['bare-exited', 'bare-created', 'bare-dead'],
	});
});

test('a list that says nothing of mounts (ps -a while the engine counts disk usage): every container first', t => {
	const containers = [container('a', 'exited'), container('b', 'created')];
	t.deepEqual(splitFirstInspect(containers, new Set()), {first: ['a', 'b'], later: []});
});
