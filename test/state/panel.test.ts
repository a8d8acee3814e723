import test from 'ava';
import fc from 'fast-check';
import {engineBanner, fitSegments, panelWindow, volumePanelLines, type PanelLine} from '../../source/state/panel-lines.js';
import {volumePanelView} from '../../source/state/panel-view.js';
import {container, stateWith, volume} from './build.js';

const anonymous = 'c7a953d5830c9eae83075092489d856e6fb914de90efc2c79e5aa586883b0554';

function sample() {
	return stateWith({
		volumes: [
			volume('zeta', {size: 1_500_000}),
			volume(anonymous, {anonymous: true}),
			volume('my_volume', {size: 10, contents: {fileCount: 1, totalBytes: 24, files: [], truncated: false, partial: false, via: 'mountpoint', readAt: 1}}),
		],
		containers: [
			container('c1', 'my_alpine', {mounts: [
				{type: 'volume', name: 'my_volume', destination: '/home/my_folder', readOnly: false},
				{type: 'bind', source: '/home/me', destination: '/home/my_folder2', readOnly: false},
			]}),
			container('c2', 'old', {status: 'exited', mounts: [
				{type: 'volume', name: 'my_volume', destination: '/data', readOnly: true},
				{type: 'volume', name: anonymous, destination: '/cache', readOnly: false},
				{type: 'bind', source: '/etc', destination: '/host-etc', readOnly: true},
			]}),
		],
	});
}

const text = (line: PanelLine) => line.segments.map(segment => segment.text).join('');

test('view: named volumes, then anonymous; dangling marked; used-by and sizes', t => {
	const view = volumePanelView(sample());
	t.deepEqual(view.counts, {named: 2, anonymous: 1, dangling: 1});
	t.deepEqual(view.volumes.map(entry => [entry.label, entry.dangling]), [['my_volume', false], ['zeta', true], ['c7a953d5830c…', false]]);
	t.like(view.volumes[0], {size: 24, fileCount: 1});
	t.deepEqual(view.volumes[0]?.usedBy, [
		{container: 'my_alpine', destination: '/home/my_folder', readOnly: false, running: true},
		{container: 'old', destination: '/data', readOnly: true, running: false},
	]);
	t.deepEqual(view.binds.map(bind => [bind.container, bind.source, bind.running]), [['my_alpine', '/home/me', true], ['old', '/etc', false]]);
});

test('view: what the typed line names is highlighted, what it would create is shown first', t => {
	const view = volumePanelView(sample(), {typing: {referenced: ['zeta', 'new_one'], willCreate: ['new_one', 'my_volume']}});
	t.deepEqual(view.volumes.map(entry => [entry.name, entry.referenced, entry.willBeCreated]), [
		['new_one', true, true],
		['my_volume', false, false],
		['zeta', true, false],
		[anonymous, false, false],
	]);
});

test('view: bind-mount warnings come from the injected assessment', t => {
	const view = volumePanelView(sample(), {assessBind: bind => bind.source === '/etc' ? {level: 'danger', messages: ['host system folder']} : {level: 'none'}});
	t.deepEqual(view.binds.map(bind => bind.warning), [{level: 'none'}, {level: 'danger', messages: ['host system folder']}]);
	const lines = volumePanelLines(view, {width: 100, lang: 'en'});
	t.deepEqual(lines.slice(-2).map(line => text(line)), [
		'  /home/me -> my_alpine:/home/my_folder2',
		'  /etc -> old:/host-etc (ro, stopped)  ⚠ host system folder',
	]);
	t.is(lines.at(-1)?.segments.at(-1)?.tone, 'danger');
});

test('lines, English and French', t => {
	const view = volumePanelView(sample(), {typing: {referenced: ['zeta'], willCreate: ['new_one']}});
	t.deepEqual(volumePanelLines(view, {width: 120, lang: 'en'}).map(line => text(line)), [
		'Volumes  2 named · 1 anonymous · 1 unused',
		'+ new_one (will be created)',
		'  my_volume  24 B, 1 file  my_alpine:/home/my_folder, old:/data (ro, stopped)',
		'▸ zeta  1.5 MB  unused',
		'  c7a953d5830c…  old:/cache (stopped)',
		'Bind mounts',
		'  /home/me -> my_alpine:/home/my_folder2',
		'  /etc -> old:/host-etc (ro, stopped)',
	]);
	t.deepEqual(volumePanelLines(view, {width: 120, lang: 'fr'}).map(line => text(line)).slice(0, 4), [
		'Volumes  2 nommés · 1 anonyme · 1 inutilisé',
		'+ new_one (sera créé)',
		'  my_volume  24 o, 1 fichier  my_alpine:/home/my_folder, old:/data (lecture seule, arrêté)',
		'▸ zeta  1,5 Mo  inutilisé',
	]);
});

test('lines before the first load and with no volume', t => {
	const loading = volumePanelView({...stateWith({}), loaded: false});
	t.is(text(volumePanelLines(loading, {width: 40, lang: 'en'})[1]!), '  reading the engine…');
	t.is(text(volumePanelLines(volumePanelView(stateWith({})), {width: 40, lang: 'en'})[1]!), '  no volumes yet');
});

test('lines are cut to the width with an ellipsis', t => {
	const lines = volumePanelLines(volumePanelView(sample()), {width: 20, lang: 'en'});
	t.is(text(lines[1]!), '  my_volume  24 B, …');
	t.true(lines.every(line => [...text(line)].length <= 20));
	t.deepEqual(fitSegments([{text: 'abc', tone: 'plain'}, {text: 'def', tone: 'muted'}], 3), [{text: 'ab…', tone: 'plain'}]);
	t.deepEqual(fitSegments([{text: 'abc', tone: 'plain'}], 0), []);
});

test('window: fits the height with "more" markers, follows focus', t => {
	const lines: PanelLine[] = Array.from({length: 10}, (_, index) => ({key: String(index), segments: [{text: String(index), tone: 'plain'}], focus: index === 7}));
	t.like(panelWindow(lines, {height: 20}), {offset: 0, above: 0, below: 0});
	const top = panelWindow(lines, {height: 5, offset: 0});
	t.deepEqual([top.lines.length, top.above, top.below], [4, 0, 6]);
	const focused = panelWindow(lines, {height: 5});
	t.is(focused.offset, 6);
	t.true(focused.lines.some(line => line.focus));
	t.deepEqual([focused.lines.length + (focused.above > 0 ? 1 : 0) + (focused.below > 0 ? 1 : 0)], [5]);
	const bottom = panelWindow(lines, {height: 5, offset: 99});
	t.deepEqual([bottom.offset, bottom.lines.length, bottom.below], [6, 4, 0]);
	const tiny = panelWindow(lines, {height: 2, offset: 3});
	t.deepEqual(tiny.lines.map(line => line.key), ['3', '4']);
});

test('property: the window never takes more rows than allowed', t => {
	fc.assert(fc.property(fc.nat(60), fc.integer({min: 1, max: 30}), fc.option(fc.nat(80)), fc.option(fc.nat(60)), (count, height, offset, focus) => {
		const lines: PanelLine[] = Array.from({length: count}, (_, index) => ({key: String(index), segments: [], focus: index === focus}));
		const window = panelWindow(lines, {height, ...(offset === null ? {} : {offset})});
		const markers = height >= 3 ? (window.above > 0 ? 1 : 0) + (window.below > 0 ? 1 : 0) : 0;
		t.true(window.lines.length + markers <= Math.max(1, height));
		t.is(window.above + window.lines.length + window.below, count);
		if (count > 0) {
			t.true(window.lines.length > 0);
		}
	}));
});

test('property: panel lines never exceed the width', t => {
	fc.assert(fc.property(fc.array(fc.string({minLength: 1, maxLength: 40}), {maxLength: 8}), fc.integer({min: 1, max: 80}), (names, width) => {
		const state = stateWith({volumes: names.map(name => volume(name)), containers: [container('c', 'x'.repeat(30), {mounts: names.map(name => ({type: 'volume' as const, name, destination: `/${name}`, readOnly: true}))})]});
		for (const line of volumePanelLines(volumePanelView(state, {typing: {referenced: names.slice(0, 2), willCreate: ['fresh']}}), {width, lang: 'fr'})) {
			t.true([...text(line)].length <= width);
		}
	}));
});

test('the selected volume lists its files below it and stays in view', t => {
	const base = sample();
	const state = {...base, volumes: {...base.volumes, my_volume: {...base.volumes['my_volume']!, contents: {
		fileCount: 8,
		totalBytes: 80,
		files: Array.from({length: 8}, (_, index) => ({path: `dir/file-${index}.txt`, size: 10})),
		truncated: false,
		partial: false,
		via: 'helper' as const,
		readAt: 1,
	}}}};
	const view = volumePanelView(state, {selected: 'my_volume', maxFiles: 2});
	t.like(view.volumes[0], {selected: true, files: {total: 8}});
	const lines = volumePanelLines(view, {width: 80, lang: 'en'});
	t.deepEqual(lines.slice(1, 5).map(line => text(line)), [
		'› my_volume  80 B, 8 files  my_alpine:/home/my_folder, old:/data (ro, stopped)',
		'    dir/file-0.txt  10 B',
		'    dir/file-1.txt  10 B',
		'    … 6 more',
	]);
	t.true(lines[1]?.focus);
	t.is(lines[1]?.segments[1]?.tone, 'selected');
});

test('the engine banner quotes docker\'s reason as docker gave it, our own reasons in the user\'s language', t => {
	const away = (reason: string) => volumePanelView({...stateWith({}), engine: {kind: 'away', since: 0, reason, retryAt: 2000}});
	t.is(engineBanner(away('Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?'), 'en', 0), 'Docker engine not answering; retrying in 2 s. Docker said: Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?');
	t.is(engineBanner(away('dockwise:not-found'), 'fr', 2000), 'Le moteur Docker ne répond pas ; nouvel essai… Aucun programme docker n’a été trouvé.');
});
