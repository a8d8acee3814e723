import {explainLine} from '../../source/explain/index.js';
import {parseHelpText} from '../../source/explain/help-parser.js';
import type {DockerCatalogue} from '../../source/explain/types.js';
import {assessLoss, formatLossPreview, type LossPreview} from '../../source/guard/index.js';
import type {Lang} from '../../source/i18n/catalogue.js';
import {parseDiff} from '../../source/state/parse-queries.js';
import {initialState, reduceAll} from '../../source/state/reducer.js';
import type {DockerState, VolumeContents} from '../../source/state/types.js';

export type AssessCase = {
	lang?: Lang;
	/** Engine API version; `null` for an engine whose version is not known. */
	api?: string | null;
	catalogue?: DockerCatalogue;
	readLimit?: number;
	freshSince?: number;
};

/** Explains the line like the REPL does, then assesses it against the state. */
export function assess(line: string, state: DockerState, {lang = 'en', api = '1.41', catalogue, readLimit, freshSince}: AssessCase = {}): LossPreview | undefined {
	const apiVersion = api ?? undefined;
	const explanation = explainLine(line, {lang, ...(apiVersion ? {engine: {apiVersion}} : {}), ...(catalogue ? {catalogue} : {})});
	return assessLoss(explanation, state, {lang, ...(apiVersion ? {apiVersion} : {}), ...(readLimit === undefined ? {} : {readLimit}), ...(freshSince === undefined ? {} : {freshSince})});
}

export function text(preview: LossPreview | undefined, lang: Lang = 'en'): string[] {
	return preview ? formatLossPreview(preview, {lang}) : [];
}

export function contents(files: Array<[path: string, size: number]>, extra: Partial<VolumeContents> = {}): VolumeContents {
	return {
		fileCount: files.length,
		totalBytes: files.reduce((sum, [, size]) => sum + size, 0),
		files: files.map(([path, size]) => ({path, size})),
		truncated: false,
		partial: false,
		via: 'mountpoint',
		readAt: 1000,
		...extra,
	};
}

export const emptyContents = contents([]);

/** `docker container prune --help`, `kill --help` as docker 28.2 prints them: what the REPL's catalogue holds. */
export const catalogue: DockerCatalogue = {
	clientVersion: '28.2.2',
	commands: new Map([
		['container prune', parseHelpText('Usage:  docker container prune [OPTIONS]\n\nRemove all stopped containers\n\nOptions:\n      --filter filter   Provide filter values (e.g. "until=<timestamp>")\n  -f, --force           Do not prompt for confirmation\n', ['container', 'prune'])!],
		['container kill', parseHelpText('Usage:  docker container kill [OPTIONS] CONTAINER [CONTAINER...]\n\nKill one or more running containers\n\nAliases:\n  docker container kill, docker kill\n\nOptions:\n  -s, --signal string   Signal to send to the container\n', ['container', 'kill'])!],
	]),
};

export const tutorialContainerId = 'f81d34869b3267174409df8130a80158d84a1415788f85ddb68920d765603271';
export const tutorialVolumeContainerId = '2f1793e646e7d4c32d1ab84eda36702a8632d9143c7eaaec4f1e15f6533db700';

/**
The persistence tutorial, built through the real reducer: `my_alpine` started
with `--rm -it` has written /home/test.txt (first lesson), and the volume
`my_volume` holds test.txt, written through `my_alpine1`, which still runs.
*/
export function tutorialState(): DockerState {
	const at = 1_800_000_000_000;
	return reduceAll(initialState(), [
		{kind: 'volume-list', volumes: [{name: 'my_volume', driver: 'local', labels: {}, mountpoint: '/var/lib/docker/volumes/my_volume/_data', scope: 'local'}], at},
		{kind: 'volume-details', volumes: [{name: 'my_volume', driver: 'local', labels: {}, mountpoint: '/var/lib/docker/volumes/my_volume/_data', scope: 'local', createdAt: '2026-11-27T18:39:20Z'}], missing: [], at},
		{kind: 'container-list', containers: [
			{id: tutorialContainerId, name: 'my_alpine', image: 'alpine:latest', status: 'running', labels: {}},
			{id: tutorialVolumeContainerId, name: 'my_alpine1', image: 'alpine:latest', status: 'running', labels: {}},
		], at},
		{kind: 'container-details', containers: [
			{id: tutorialContainerId, name: 'my_alpine', image: 'alpine:latest', status: 'running', labels: {}, autoRemove: true, mounts: []},
			{id: tutorialVolumeContainerId, name: 'my_alpine1', image: 'alpine:latest', status: 'running', labels: {}, autoRemove: true, mounts: [
				{type: 'volume', name: 'my_volume', destination: '/home/my_folder1', readOnly: false, driver: 'local'},
			]},
		], missing: [], at},
		{kind: 'writable-layer', id: tutorialContainerId, layer: {changes: parseDiff('C /home\nA /home/test.txt\nC /root\nA /root/.ash_history'), capturedAt: at + 5000, final: false}},
		{kind: 'writable-layer', id: tutorialVolumeContainerId, layer: {changes: parseDiff('C /home\nA /home/my_folder1'), capturedAt: at + 5000, final: false}},
		{kind: 'volume-contents', name: 'my_volume', contents: contents([['test.txt', 24]], {readAt: at + 6000})},
	]);
}
