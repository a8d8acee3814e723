import test from 'ava';
import {render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import {volumePanelView} from '../../source/state/panel-view.js';
import {VolumePanel} from '../../source/ui/VolumePanel.js';
import {container, stateWith, volume} from '../state/build.js';

function manyVolumes(count: number) {
	return stateWith({
		volumes: Array.from({length: count}, (_, index) => volume(`vol-${String(index).padStart(3, '0')}`)),
		containers: [container('c1', 'app', {mounts: [
			{type: 'volume', name: 'vol-000', destination: '/data', readOnly: false},
			{type: 'bind', source: '/home/me', destination: '/src', readOnly: false},
		]})],
	});
}

const strip = (frame = '') => stripAnsi(frame);

test('shows volumes, users and bind mounts within the height', t => {
	const {lastFrame, unmount} = render(<VolumePanel view={volumePanelView(manyVolumes(3))} width={50} maxHeight={10} lang="en"/>);
	t.is(strip(lastFrame()), [
		'Volumes  3 named · 2 unused',
		'  vol-000  app:/data',
		'  vol-001  unused',
		'  vol-002  unused',
		'Bind mounts',
		'  /home/me -> app:/src',
	].join('\n'));
	unmount();
});

test('a long list is cut to maxHeight with "more" markers', t => {
	const {lastFrame, unmount} = render(<VolumePanel view={volumePanelView(manyVolumes(100))} width={40} maxHeight={8} lang="en"/>);
	const rows = strip(lastFrame()).split('\n');
	t.is(rows.length, 8);
	t.is(rows[0], 'Volumes  100 named · 99 unused');
	t.is(rows.at(-1), '↓ 96 more');
	unmount();
});

test('scrolls to the volume the typed line names, or to an explicit offset', t => {
	const view = volumePanelView(manyVolumes(100), {typing: {referenced: ['vol-050'], willCreate: []}});
	const focused = render(<VolumePanel view={view} width={40} maxHeight={6} lang="en"/>);
	const rows = strip(focused.lastFrame()).split('\n');
	t.is(rows.length, 6);
	t.is(rows[0], '↑ 50 more');
	t.true(rows.includes('▸ vol-050  unused'));
	focused.unmount();

	const scrolled = render(<VolumePanel view={view} width={40} maxHeight={6} lang="fr" scrollOffset={10}/>);
	const frRows = strip(scrolled.lastFrame()).split('\n');
	t.deepEqual([frRows[0], frRows[1], frRows.at(-1)], ['↑ 10 de plus', '  vol-009  inutilisé', '↓ 89 de plus']);
	scrolled.unmount();
});

test('a volume the typed line would create is shown as such', t => {
	const view = volumePanelView(manyVolumes(1), {typing: {referenced: ['my_volume'], willCreate: ['my_volume']}});
	const {lastFrame, unmount} = render(<VolumePanel view={view} width={60} maxHeight={10} lang="en"/>);
	t.true(strip(lastFrame()).includes('+ my_volume (will be created)'));
	unmount();
});

test('a banner while the engine is away, within the height', t => {
	const state = {...manyVolumes(20), engine: {kind: 'away' as const, since: 0, reason: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', retryAt: Date.now() + 4000}};
	const {lastFrame, unmount} = render(<VolumePanel view={volumePanelView(state)} width={50} maxHeight={7} lang="en"/>);
	const rows = strip(lastFrame()).split('\n');
	t.is(rows.length, 7);
	t.regex(rows[0] ?? '', /^Docker engine not answering; retrying/);
	t.true(rows[1]!.endsWith('…'));
	t.is(rows[2], 'Volumes  20 named · 19 unused');
	unmount();
});
