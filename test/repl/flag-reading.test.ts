import test from 'ava';
import {explainLine, isFlagOn} from '../../source/explain/index.js';
import {parseGoBool} from '../../source/explain/go-values.js';
import {isOn, readCommand} from '../../source/guard/read-command.js';
import {needsTerminal} from '../../source/repl/needs-terminal.js';

const explained = (line: string) => explainLine(line, {lang: 'en', env: {}});

/** Every form Go's strconv.ParseBool accepts, which docker uses for boolean flags. */
const trueForms = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const falseForms = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

test('one boolean reader: Go\'s ParseBool forms, nothing else', t => {
	for (const form of trueForms) {
		t.true(parseGoBool(form), form);
	}

	for (const form of falseForms) {
		t.false(parseGoBool(form), form);
	}

	for (const form of ['yes', 'no', 'on', 'off', 'tRUE', '', ' true']) {
		t.is(parseGoBool(form), undefined, form);
	}
});

for (const [form, value] of [...trueForms.map(form => [form, true] as const), ...falseForms.map(form => [form, false] as const)]) {
	test(`run --interactive=${form}: the terminal is needed only when it is true`, t => {
		t.is(needsTerminal(explained(`run --interactive=${form} alpine sh`)), value);
		t.is(needsTerminal(explained(`run -i=${form} alpine sh`)), value);
		t.is(isFlagOn(explained(`run --interactive=${form} alpine sh`).flagUses, 'interactive'), value);
	});

	test(`volume prune --force=${form}: the guard and the terminal decision agree`, t => {
		const explanation = explained(`volume prune --force=${form}`);
		const forced = isOn(readCommand(explanation)!.flags, 'force');
		t.is(forced, value);
		// Docker asks "Are you sure?" exactly when the guard reads no --force.
		t.is(needsTerminal(explanation), !forced);
	});
}

test('a later value wins; a value docker refuses changes nothing', t => {
	t.true(needsTerminal(explained('volume prune -f --force=F')));
	t.false(needsTerminal(explained('volume prune --force=F -f')));
	t.true(needsTerminal(explained('run -i --interactive=0 -t alpine')));
	t.false(needsTerminal(explained('run -it --interactive=0 --tty=FALSE alpine')));
});

test('quoted flag words and combined short flags are read like docker reads them', t => {
	t.true(needsTerminal(explained('volume prune "--force=FALSE"')));
	t.false(needsTerminal(explained('volume prune "--force=True"')));
	t.false(needsTerminal(explained('container prune -f')), 'the curated knowledge names -f without docker\'s help');
	t.true(isOn(readCommand(explained('container prune -f'))!.flags, 'force'));
	t.deepEqual(readCommand(explained('kill -s KILL web'))?.operands, ['web'], 'KILL is the signal, not a container');
});
