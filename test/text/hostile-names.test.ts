import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import {explainLine} from '../../source/explain/index.js';
import {assessLoss, formatLossPreview} from '../../source/guard/index.js';
import {formatEcho, formatMessage, formatNarration, formatOutcome} from '../../source/session/transcript-format.js';
import {formatStateText, formatVolumeContents} from '../../source/state/format-state.js';
import {narrateChanges} from '../../source/state/narrate.js';
import {volumePanelLines} from '../../source/state/panel-lines.js';
import {volumePanelView} from '../../source/state/panel-view.js';
import {parseDiff} from '../../source/state/parse-queries.js';
import {initialState, reduceAll} from '../../source/state/reducer.js';
import type {DockerState, StateInput, VolumeContents} from '../../source/state/types.js';
import {escapeControls, escapeDeep, hasControls} from '../../source/text/escape-controls.js';
import {ConfirmLoss} from '../../source/ui/ConfirmLoss.js';
import {VolumePanel} from '../../source/ui/VolumePanel.js';

/** What the issue saw: a title change, a clipboard write (OSC 52), a line rewritten (CR, erase line), a C1 CSI, a bidi override. */
const hostile = [
	'\u001B]0;pwned\u0007',
	'\u001B]52;c;ZWNobyBwd25lZA==\u0007',
	'\r\u001B[2Kvolume data: empty, nothing lost',
	'\u009B31m',
	'\u202Egnp.exe',
	'bell\u0007del\u007F',
];
const evil = hostile.join('|');

/** SGR colour codes are dockwise's own (chalk, Ink); anything else that drives the terminal must not be there. */
function controlsBeyondColours(text: string): string[] {
	// eslint-disable-next-line no-control-regex -- terminal sequences are what this test reads.
	const withoutColours = text.replaceAll(/\u001B\[[\d;]*m/g, '');
	return [...withoutColours].filter(character => character !== '\n' && hasControls(character));
}

const at = 1_800_000_000_000;
const volumeName = 'hostile_data';
const containerId = 'c'.repeat(64);
const files = (names: string[]): VolumeContents => ({fileCount: names.length, totalBytes: names.length, files: names.map(path => ({path, size: 1})), truncated: false, partial: false, via: 'mountpoint', readAt: at});

function hostileState(): DockerState {
	const inputs: StateInput[] = [
		{kind: 'volume-list', volumes: [{name: volumeName, driver: 'local', labels: {[`k${evil}`]: evil}, mountpoint: '/var/lib/docker/volumes/x/_data'}], at},
		{kind: 'volume-details', volumes: [{name: volumeName, driver: 'local', labels: {[`k${evil}`]: evil}, createdAt: '2026-01-01T00:00:00Z'}], missing: [], at},
		{kind: 'container-list', containers: [{id: containerId, name: 'web', image: `alpine${evil}`, status: 'exited', labels: {note: evil}}], at},
		{kind: 'container-details', containers: [{id: containerId, name: 'web', image: `alpine${evil}`, status: 'exited', labels: {note: evil}, autoRemove: false, mounts: [
			{type: 'volume', name: volumeName, destination: `/data${evil}`, readOnly: false},
			{type: 'bind', source: `/host${evil}`, destination: `/bind${evil}`, readOnly: false},
		]}], missing: [], at},
		{kind: 'volume-contents', name: volumeName, contents: files(hostile)},
		{kind: 'writable-layer', id: containerId, layer: {changes: parseDiff(hostile.map(name => `A /srv/${name.replaceAll('\r', '')}`).join('\n')), capturedAt: at, final: true}},
	];
	return reduceAll(initialState(), inputs);
}

test('escapeControls: C0, DEL, C1 and bidi controls become visible escapes; plain text and backslashes stay; twice is once', t => {
	t.is(escapeControls('\u001B]0;x\u0007'), String.raw`\x1b]0;x\x07`);
	t.is(escapeControls('a\tb\nc\rd'), String.raw`a\tb\nc\rd`);
	t.is(escapeControls('a\nb', {keepNewlines: true}), 'a\nb');
	t.is(escapeControls('\u009B\u007F\u202E'), String.raw`\u009b\x7f\u202e`);
	t.is(escapeControls('été 日本 C:\\x'), 'été 日本 C:\\x');
	t.is(escapeControls(escapeControls(evil)), escapeControls(evil));
	const value = {a: ['x'], b: {c: 'y'}};
	t.is(escapeDeep(value), value, 'nothing to escape: the same object');
	t.deepEqual(escapeDeep({[`k\u001B`]: ['\u0007']}), {[String.raw`k\x1b`]: [String.raw`\x07`]});
});

test('the model holds no control character, whatever the engine sent (labels, images, destinations, file names, layer paths)', t => {
	const json = JSON.stringify(hostileState());
	t.false(/\\u00(?:[01][\da-f]|7f|[89][\da-f])|\\[bfnrt]/i.test(json.replaceAll('\\\\', '')), json);
});

test('every printing path of engine data: :state, :volume, volume panel, narration, loss preview, transcript', t => {
	const state = hostileState();
	const explanation = explainLine(`volume rm ${volumeName}`, {lang: 'en'});
	const preview = assessLoss(explainLine('rm web', {lang: 'en'}), state, {lang: 'en'});
	t.truthy(preview);
	const removed = reduceAll(state, [{kind: 'events', events: [{type: 'container', action: 'destroy', id: containerId, attributes: {name: 'web', image: evil}, time: at + 10, timestamp: '1'}]}]);
	const outputs: Record<string, string> = {
		state: formatStateText(state, {lang: 'en', utc: true}),
		'state fr': formatStateText(state, {lang: 'fr', utc: true}),
		// Straight from a reading (not through the model): the draw site escapes it.
		volume: formatMessage(formatVolumeContents(volumeName, files(hostile), {lang: 'en', utc: true}).split('\n'), 'info'),
		panel: volumePanelLines(volumePanelView(state, {selected: volumeName, typing: {referenced: [volumeName], willCreate: []}}), {width: 200, lang: 'en'}).flatMap(line => line.segments.map(segment => segment.text)).join('\n'),
		narration: formatNarration(narrateChanges(state, removed, 'en')),
		preview: formatMessage(formatLossPreview(preview!, {lang: 'en'}), 'warning'),
		volumeRm: JSON.stringify(assessLoss(explanation, state, {lang: 'en'}) ?? {}),
		transcript: formatMessage(hostile, 'error') + formatNarration(hostile) + formatEcho('dockwise> ', evil) + formatOutcome({ok: false, exitCode: 1, lines: hostile}),
	};
	for (const [where, output] of Object.entries(outputs)) {
		t.deepEqual(controlsBeyondColours(output), [], where);
	}

	t.true(outputs['preview']!.includes(String.raw`/srv/\x1b[2Kvolume data: empty, nothing lost (new)`), 'the name is still shown, escaped, on its own line');
	t.true(outputs['state']!.includes(String.raw`\x1b]0;pwned\x07`));
	t.regex(outputs['narration']!, /web/);
});

test('Ink draw sites: the question and the volume panel draw no control character from the engine', t => {
	const state = hostileState();
	const preview = assessLoss(explainLine('rm web', {lang: 'en'}), state, {lang: 'en'})!;
	// A preview built elsewhere, not escaped: the component escapes again.
	const raw = {...preview, lines: [...preview.lines, {text: evil, kind: 'lost' as const, depth: 0 as const}]};
	const question = render(React.createElement(ConfirmLoss, {preview: raw, lang: 'en', width: 200, onAnswer() {}, isActive: false, maxHeight: 40}));
	const panel = render(React.createElement(VolumePanel, {view: volumePanelView(state, {selected: volumeName}), width: 200, maxHeight: 40, lang: 'en'}));
	for (const frame of [question.lastFrame() ?? '', panel.lastFrame() ?? '']) {
		t.deepEqual(controlsBeyondColours(frame), []);
		t.true(frame.includes(String.raw`\x1b]0;pwned\x07`) || frame.includes('web'));
	}

	question.unmount();
	panel.unmount();
});
