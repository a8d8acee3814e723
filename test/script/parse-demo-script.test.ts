import test from 'ava';
import {parseDemoScript, ScriptError} from '../../source/script/index.js';

function problem(source: string, lang: 'en' | 'fr' = 'en'): string {
	const error = tryRun(() => parseDemoScript(source, 'x.yaml', lang));
	if (!(error instanceof ScriptError)) {
		throw new Error(`expected a ScriptError, got ${String(error)}`);
	}

	return error.message;
}

function tryRun(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}

	return undefined;
}

test('a demo script with steps', t => {
	const script = parseDemoScript('title: Docker data persistence\nsize: 100x30\nlang: fr\nsteps:\n  - say: Bonjour\n  - pause: 1\n', 'x.yaml', 'en');
	t.deepEqual(script, {
		title: 'Docker data persistence',
		size: {columns: 100, rows: 30},
		lang: 'fr',
		play: {kind: 'steps', steps: [{kind: 'say', text: 'Bonjour', line: 5}, {kind: 'pause', seconds: 1, line: 6}]},
	});
});

test('a demo script playing a lesson; size defaults to 100x30', t => {
	t.deepEqual(parseDemoScript('lesson: persistence\n', 'x.yaml', 'en'), {
		title: '',
		size: {columns: 100, rows: 30},
		play: {kind: 'lesson', name: 'persistence', line: 1},
	});
});

const errors: Array<[string, string, string]> = [
	['bad size', 'size: 100*30\nsteps: [{say: hi}]', 'x.yaml:1: "size" must look like 100x30 (columns x rows, 40 to 400 columns, 10 to 200 rows), not "100*30"'],
	['size too small', 'steps: [{say: hi}]\nsize: 10x3', 'x.yaml:2: "size" must look like 100x30 (columns x rows, 40 to 400 columns, 10 to 200 rows), not "10x3"'],
	['unknown top field', 'title: t\ntheme: dark\nsteps: [{say: hi}]', 'x.yaml:2: unknown field "theme" in the file (known: title, size, lang, steps, lesson)'],
	['both', 'steps: [{say: hi}]\nlesson: persistence', 'x.yaml:2: a demo script needs either "steps" or "lesson", not both'],
	['neither', 'title: t', 'x.yaml:1: a demo script needs "steps" (a list) or "lesson" (a lesson name)'],
	['empty steps', 'title: t\nsteps: []', 'x.yaml:2: "steps" has no step'],
	['steps null', 'title: t\nsteps:', 'x.yaml:2: "steps" must be a list (lines starting with "- ")'],
	['bad lang', 'lang: de\nsteps: [{say: hi}]', 'x.yaml:1: "lang" must be en or fr, not "de"'],
	['bad lesson', 'lesson: ../etc', 'x.yaml:1: "lesson" must be a lesson name like persistence (letters, digits, -), not "../etc"'],
	['empty file', '', 'x.yaml:1: the file is empty'],
	['a list at the top', '- say: hi', 'x.yaml:1: the file must be a mapping of fields (name: value)'],
	['duplicate key', 'title: a\ntitle: b\nsteps: [{say: hi}]', 'x.yaml:2: not valid YAML: Map keys must be unique'],
	['error inside a step', 'title: t\nsteps:\n  - say: hi\n  - run: ls\n    timeout: soon', 'x.yaml:5: "timeout" must be a number of seconds'],
];

for (const [title, source, message] of errors) {
	test(`error: ${title}`, t => {
		t.is(problem(source), message);
	});
}

test('French error', t => {
	t.is(problem('size: big\nsteps: [{say: hi}]', 'fr'), 'x.yaml:1 : « size » doit avoir la forme 100x30 (colonnes x lignes, de 40 à 400 colonnes, de 10 à 200 lignes), pas « big »');
});
