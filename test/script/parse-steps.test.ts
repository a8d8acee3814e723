import test from 'ava';
import {parseSteps, parseYaml, ScriptError, type Step} from '../../source/script/index.js';

function steps(source: string, lang: 'en' | 'fr' = 'en'): Step[] {
	const {root, context} = parseYaml(source, 'demo.yaml', lang);
	return parseSteps(root, context);
}

function problem(source: string, lang: 'en' | 'fr' = 'en'): string {
	const error = (() => {
		try {
			steps(source, lang);
		} catch (error) {
			return error;
		}

		return undefined;
	})();
	if (!(error instanceof ScriptError)) {
		throw new Error(`expected a ScriptError, got ${String(error)}`);
	}

	return error.message;
}

test('the documented example parses, every step with its 1-based line', t => {
	const parsed = steps(`# comment
- say: Without a volume, files vanish with the container.
- run: docker volume create demo_vol
  expect: demo_vol
  keys:
    - echo hello > /home/test.txt
    - Enter
    - exit
    - Enter
  answer: y
  hidden: true
  timeout: 30
- pause: 1.5
`);
	t.deepEqual(parsed, [
		{kind: 'say', text: 'Without a volume, files vanish with the container.', line: 2},
		{
			kind: 'run',
			command: 'docker volume create demo_vol',
			expect: /demo_vol/m,
			keys: [
				{kind: 'text', text: 'echo hello > /home/test.txt'},
				{kind: 'key', name: 'Enter'},
				{kind: 'text', text: 'exit'},
				{kind: 'key', name: 'Enter'},
			],
			answer: 'y',
			hidden: true,
			timeoutSeconds: 30,
			line: 3,
		},
		{kind: 'pause', seconds: 1.5, line: 13},
	]);
});

test('defaults: shown, 60 s timeout, no expect/keys/answer', t => {
	t.deepEqual(steps('- run: volume ls'), [{kind: 'run', command: 'volume ls', hidden: false, timeoutSeconds: 60, line: 1}]);
});

test('a multi-line say keeps its lines, without the trailing newline', t => {
	t.deepEqual(steps('- say: |\n    one\n    two\n'), [{kind: 'say', text: 'one\ntwo', line: 1}]);
});

test('{text: Enter} types the word; every named key is a key', t => {
	const parsed = steps('- run: run -it alpine sh\n  keys: [{text: Enter}, Tab, Ctrl-C, Ctrl-D, Up, Down, Left, Right, Escape, Backspace]');
	t.deepEqual((parsed[0] as {keys: unknown[]}).keys, [
		{kind: 'text', text: 'Enter'},
		...['Tab', 'Ctrl-C', 'Ctrl-D', 'Up', 'Down', 'Left', 'Right', 'Escape', 'Backspace'].map(name => ({kind: 'key', name})),
	]);
});

test('expect is a multi-line regular expression', t => {
	const [step] = steps('- run: volume ls\n  expect: ^local +demo_vol$');
	t.true((step as {expect: RegExp}).expect.test('DRIVER VOLUME NAME\nlocal     demo_vol\n'));
});

const errors: Array<[string, string, string]> = [
	['unknown field', '- say: hi\n- run: ls\n  expct: x', 'demo.yaml:3: unknown field "expct" in a run step (known: run, expect, keys, answer, hidden, timeout)'],
	['say has no options', '- say: hi\n  hidden: true', 'demo.yaml:2: unknown field "hidden" in a say step (known: say)'],
	['two kinds', '- say: hi\n  run: ls', 'demo.yaml:1: a step needs exactly one of say, run, pause (found: say, run)'],
	['no kind', '- expect: x', 'demo.yaml:1: a step needs exactly one of say, run, pause (found: -)'],
	['unknown named key', '- run: run -it alpine sh\n  keys:\n    - ls\n    - enter', 'demo.yaml:4: unknown key "enter" (named keys: Enter Tab Ctrl-C Ctrl-D Up Down Left Right Escape Backspace); to type it as text, write {text: "enter"}'],
	['unknown Ctrl key', '- run: x\n  keys: [Ctrl-Z]', 'demo.yaml:2: unknown key "Ctrl-Z" (named keys: Enter Tab Ctrl-C Ctrl-D Up Down Left Right Escape Backspace); to type it as text, write {text: "Ctrl-Z"}'],
	['key of another type', '- run: x\n  keys: [3]', 'demo.yaml:2: a key must be a text, a named key, or {text: ...}'],
	['keys not a list', '- run: x\n  keys: Enter', 'demo.yaml:2: "keys" must be a list (lines starting with "- ")'],
	['bad regex', '- run: x\n  expect: "a("', 'demo.yaml:2: "expect" is not a valid regular expression: Invalid regular expression: /a(/m: Unterminated group'],
	['answer yes', '- run: x\n  answer: yes', 'demo.yaml:2: "answer" must be y or n, not "yes"'],
	['hidden as text', '- run: x\n  hidden: "yes"', 'demo.yaml:2: "hidden" must be true or false'],
	['timeout zero', '- run: x\n  timeout: 0', 'demo.yaml:2: "timeout" must be more than 0 seconds'],
	['pause negative', '- pause: -1', 'demo.yaml:1: "pause" must not be negative'],
	['pause as text', '- pause: long', 'demo.yaml:1: "pause" must be a number of seconds'],
	['run as number', '- run: 42', 'demo.yaml:1: "run" must be a text'],
	['empty say', '- say: ""', 'demo.yaml:1: "say" must not be empty'],
	['step not a map', '- hello', 'demo.yaml:1: a step must be a mapping of fields (name: value)'],
	['not a list', 'say: hi', 'demo.yaml:1: "steps" must be a list (lines starting with "- ")'],
	['yaml syntax', '- run: [x\n- say: y', 'demo.yaml:2: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
];

for (const [title, source, message] of errors) {
	test(`error: ${title}`, t => {
		t.is(problem(source), message);
	});
}

test('errors are worded in French, with French typography', t => {
	t.is(problem('- run: ls\n  expct: x', 'fr'), 'demo.yaml:2 : champ inconnu « expct » dans une étape run (connus : run, expect, keys, answer, hidden, timeout)');
	t.is(problem('- run: x\n  answer: yes', 'fr'), 'demo.yaml:2 : « answer » doit valoir y ou n, pas « yes »');
});
