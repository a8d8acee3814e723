import test from 'ava';
import {explainLine} from '../../source/explain/index.js';
import {classifyLine} from '../../source/line/classify.js';
import {afterRunLines} from '../../source/state/after-run-words.js';
import {scopeOf, splitChanges} from '../../source/state/command-scope.js';
import {diffStates} from '../../source/state/diff.js';
import {followUpsFor} from '../../source/state/follow-up.js';
import {planRunRewrite} from '../../source/state/run-rewrite.js';
import {apply, container, stateWith, volume} from './build.js';

const context = {owner: '42@host', cidfile: '/tmp/x/cid-1'};

function rewrite(line: string) {
	const classified = classifyLine(line, {env: {}, home: ''});
	if (classified.kind !== 'docker') {
		throw new Error('not docker');
	}

	const starts = classified.tokens.slice(classified.implicitPrefix ? 0 : 1).map(token => token.start);
	return planRunRewrite(explainLine(line, {lang: 'en'}), classified.args, starts, context);
}

test('a foreground run --rm runs without --rm, labelled, with a cidfile; the container command keeps its own --rm', t => {
	t.deepEqual(rewrite('docker run --rm --name box -it alpine sh -c "rm --rm"'), {
		args: ['run', '--cidfile', '/tmp/x/cid-1', '--label', 'dockwise.pending-rm=42@host', '--name', 'box', '-it', 'alpine', 'sh', '-c', 'rm --rm'],
		pendingRm: true,
		cidfile: '/tmp/x/cid-1',
	});
	t.deepEqual(rewrite('container run --rm=true -e A=--rm alpine true')?.args, ['container', 'run', '--cidfile', '/tmp/x/cid-1', '--label', 'dockwise.pending-rm=42@host', '-e', 'A=--rm', 'alpine', 'true']);
});

test('--rm is kept when dockwise may not see the end: detached, --restart; --rm=false is no --rm', t => {
	for (const line of ['run --rm -d alpine sleep 9', 'run -itd --rm alpine', 'run --rm --restart no alpine true']) {
		t.is(rewrite(line)?.pendingRm, false, line);
		t.true(rewrite(line)?.args.includes('--rm'), line);
	}

	t.is(rewrite('run --rm --rm=false alpine true')?.pendingRm, false);
	t.is(rewrite('volume ls'), undefined);
	t.deepEqual(rewrite('run --cidfile /tmp/mine alpine true'), {args: ['run', '--cidfile', '/tmp/mine', 'alpine', 'true'], pendingRm: false, cidfile: '/tmp/mine'});
});

test('your command apart from the rest: by name, by id, by mounted volume; prunes own their removals', t => {
	const mine = container('a'.repeat(64), 'nw_mine', {mounts: [{type: 'volume', name: 'nw_vol', destination: '/d', readOnly: false}]});
	const other = container('c'.repeat(64), 'someone_else');
	const before = stateWith({volumes: [volume('nw_vol')]});
	const after = apply(stateWith({volumes: [volume('nw_vol'), volume('other_vol')], containers: [mine, other]}));
	const changes = diffStates(before, after);
	const {own, elsewhere} = splitChanges(changes, scopeOf(explainLine('run --name nw_mine -v nw_vol:/d alpine', {lang: 'en'})), after);
	t.deepEqual(own.map(change => change.kind), ['mounted']);
	t.deepEqual(elsewhere.map(change => change.kind).sort(), ['container-created-without-volume', 'volume-created']);
	const byId = splitChanges(changes, {...scopeOf(explainLine('run alpine', {lang: 'en'})), containerIds: [mine.id]}, after);
	t.is(byId.own.length, 1);
	const prune = scopeOf(explainLine('volume prune -f', {lang: 'en'}));
	t.true(prune.removes.volumes);
	t.true(scopeOf(explainLine('compose up', {lang: 'en'})).all);
});

test('follow-ups are decided without I/O', t => {
	const state = stateWith({containers: [container('d'.repeat(64), 'nw', {detailed: false})]});
	const event = {type: 'container', action: 'die', id: 'd'.repeat(64), attributes: {}, time: 1, timestamp: '1'};
	t.deepEqual(followUpsFor(state, event, {commandRunning: false, watched: new Set(['d'.repeat(64)]), watchNames: new Set()}), [
		{kind: 'read-layer', id: 'd'.repeat(64)},
		{kind: 'inspect-container', id: 'd'.repeat(64)},
	]);
	t.deepEqual(followUpsFor(state, {...event, action: 'create', attributes: {name: 'nw'}}, {commandRunning: false, watched: new Set(), watchNames: new Set(['nw'])}), [
		{kind: 'matched-name', name: 'nw'},
		{kind: 'watch', id: 'd'.repeat(64)},
		{kind: 'inspect-container', id: 'd'.repeat(64)},
	]);
	t.deepEqual(followUpsFor(state, {...event, type: 'volume', action: 'prune'}, {commandRunning: true, watched: new Set(), watchNames: new Set()}), [{kind: 'relist'}]);
	t.deepEqual(followUpsFor(state, {...event, action: 'destroy'}, {commandRunning: true, watched: new Set(), watchNames: new Set()}), [{kind: 'forget-container', id: 'd'.repeat(64)}]);
});

test('a run’s exit status in words, and a container still running after Ctrl-C', t => {
	const base = {signal: undefined, interrupted: false, isRun: true, container: {name: 'nw_box'}, stillRunning: false, removedWhenStopped: false};
	t.deepEqual(afterRunLines({...base, exitCode: 1, containerCommand: ['sh']}, 'en'), ['the shell in nw_box exited with 1, the status of its last command; docker itself worked']);
	t.deepEqual(afterRunLines({...base, exitCode: 2, containerCommand: ['/bin/ls', '/x']}, 'en'), ['ls in nw_box exited with 2; docker itself worked']);
	t.deepEqual(afterRunLines({...base, exitCode: 125, containerCommand: []}, 'en'), []);
	t.deepEqual(afterRunLines({...base, exitCode: 0, containerCommand: []}, 'en'), []);
	t.deepEqual(afterRunLines({...base, exitCode: undefined, interrupted: true, stillRunning: true, removedWhenStopped: true, containerCommand: []}, 'en'), [
		'container nw_box still runs: its main process did not stop on Ctrl-C. To stop it: docker stop nw_box',
		'dockwise removes it when it stops, as --rm would.',
	]);
});
