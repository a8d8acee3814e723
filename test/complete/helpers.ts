import {completeLine} from '../../source/complete/complete-line.js';
import {completionKey, type CompletionMenu} from '../../source/complete/prompt-keys.js';
import type {CompletionSources, DirectoryEntry} from '../../source/complete/types.js';
import {decodeKeys} from '../../source/editor/decode-keys.js';
import {editorReducer} from '../../source/editor/editor-reducer.js';
import type {EditorState} from '../../source/editor/editor-state.js';
import {container, stateWith, volume} from '../state/build.js';
import {at, picture} from '../editor/helpers.js';

export const docker = stateWith({
	volumes: [
		volume('my_volume', {contents: {fileCount: 1, totalBytes: 24, files: [], truncated: false, partial: false, via: 'mountpoint', readAt: 0}}),
		volume('my_other', {size: 2_000_000}),
		volume('data'),
		volume('4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934', {anonymous: true}),
	],
	containers: [
		container('c1', 'my_alpine', {status: 'running', mounts: [{type: 'volume', name: 'my_volume', destination: '/home/my_folder', readOnly: false}]}),
		container('c2', 'my_old', {status: 'exited', exitCode: 0}),
		container('c3', 'web', {status: 'paused', image: 'nginx:1.27'}),
	],
});

export const folders: Record<string, DirectoryEntry[]> = {
	'/root': [{name: 'Documents', directory: true}, {name: 'Downloads', directory: true}, {name: 'notes.txt', directory: false}, {name: '.ssh', directory: true}, {name: 'my dir', directory: true}],
	'/': [{name: 'root', directory: true}, {name: 'tmp', directory: true}],
	'/work/project': [{name: 'data', directory: true}],
};

export const sources: CompletionSources = {
	lang: 'en',
	docker,
	images: ['alpine:latest', 'busybox:1.36'],
	lessons: ['persistence', 'bind-mounts'],
	env: {HOME: '/root'},
	home: '/root',
	cwd: '/work/project',
	listDirectory: path => folders[path],
};

/** Candidate values for the line pictured with `|` at the cursor. */
export function candidates(line: string, extra: Partial<CompletionSources> = {}): string[] {
	const state = at(line);
	return completeLine(state.text, state.cursor, {...sources, ...extra}).candidates.map(candidate => candidate.value);
}

/** Presses keys (Tab is `\t`) on the pictured line, completion first as the prompt does; returns the picture and the menu. */
export function tab(line: string, keys = '\t', {history = [], extra = {}}: {history?: string[]; extra?: Partial<CompletionSources>} = {}): {line: string; menu: CompletionMenu | undefined} {
	let editor: EditorState = at(line);
	let menu: CompletionMenu | undefined;
	for (const action of decodeKeys(keys)) {
		const result = completionKey(editor, menu, action, {history, complete: (text, cursor) => completeLine(text, cursor, {...sources, ...extra})});
		if (result.handled) {
			editor = result.editor;
			menu = result.menu;
			continue;
		}

		menu = undefined;
		editor = editorReducer(editor, action, {history}).state;
	}

	return {line: picture(editor), menu};
}
