import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {repositoryRoot} from './helpers/repository.js';

const sourceRoot = path.join(repositoryRoot, 'source');

/** Every source file, with the folders (under source/) it imports from. */
function imports(): Array<{folder: string; file: string; targets: string[]}> {
	const files = readdirSync(sourceRoot, {recursive: true, encoding: 'utf8'}).filter(file => /\.tsx?$/.test(file));
	return files.map(file => {
		const text = readFileSync(path.join(sourceRoot, file), 'utf8');
		const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map(match => path.relative(sourceRoot, path.resolve(path.dirname(path.join(sourceRoot, file)), match[1]!)));
		return {folder: file.split(path.sep)[0]!, file, targets};
	});
}

const folderOf = (target: string) => target.split(path.sep)[0]!;

test('no import cycle between folders of source/', t => {
	const edges = new Map<string, Set<string>>();
	for (const {folder, targets} of imports()) {
		for (const target of targets.map(folderOf).filter(other => other !== folder && !other.includes('.'))) {
			edges.set(folder, (edges.get(folder) ?? new Set()).add(target));
		}
	}

	const cycles: string[] = [];
	const visit = (folder: string, trail: string[]) => {
		for (const next of edges.get(folder) ?? []) {
			if (trail.includes(next)) {
				cycles.push([...trail.slice(trail.indexOf(next)), next].join(' -> '));
			} else {
				visit(next, [...trail, next]);
			}
		}
	};

	for (const folder of edges.keys()) {
		visit(folder, [folder]);
	}

	t.deepEqual(cycles, []);
});

test('source/ui starts no process: it imports no runner', t => {
	const offenders = imports().filter(({folder}) => folder === 'ui').flatMap(({file, targets}) => targets.filter(target => /^docker[/\\](run-command|state-runner|background)/.test(target)).map(target => `${file} -> ${target}`));
	t.deepEqual(offenders, []);
});

test('only source/docker starts processes: no other folder imports execa, child_process or node-pty', t => {
	const offenders = readdirSync(sourceRoot, {recursive: true, encoding: 'utf8'})
		.filter(file => /\.tsx?$/.test(file) && file.split(path.sep)[0] !== 'docker')
		.filter(file => /from '(execa|node:child_process|child_process|@lydell\/node-pty)'|import\('(execa|node:child_process|@lydell\/node-pty)'\)/.test(readFileSync(path.join(sourceRoot, file), 'utf8')));
	t.deepEqual(offenders, []);
});

test('the command pipeline is plain code: no React, no Ink', t => {
	const text = readFileSync(path.join(sourceRoot, 'session/command-pipeline.ts'), 'utf8');
	t.notRegex(text, /from '(react|ink)'/);
});
