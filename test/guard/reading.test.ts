import test from 'ava';
import {explainLine} from '../../source/explain/index.js';
import {confirmedArgs} from '../../source/guard/confirmed-args.js';
import {formatLossPreview, previewRows, type LossPreview} from '../../source/guard/index.js';
import {allFilter, matchesLabelFilters, parsePruneFilters} from '../../source/guard/prune-filters.js';
import {isOn, readCommand, valuesOf} from '../../source/guard/read-command.js';
import {classifyLine} from '../../source/line/classify.js';
import {catalogue} from './helpers.js';

const read = (line: string, withCatalogue = false) => readCommand(explainLine(line, {lang: 'en', ...(withCatalogue ? {catalogue} : {})}));

test('readCommand: canonical command, long names for short and combined flags, operands', t => {
	const line = read('docker rm -fv web db');
	t.is(line?.command, 'container rm');
	t.deepEqual(line?.flags, [{long: 'force', value: undefined}, {long: 'volumes', value: undefined}]);
	t.deepEqual(line?.operands, ['web', 'db']);
	t.is(read('docker volume ls'), undefined);
	t.is(read('docker image rm alpine'), undefined);
	t.is(read('docker network rm net1'), undefined);
});

test('readCommand: flags docker’s help would name are named from the command’s own list without it', t => {
	for (const withCatalogue of [false, true]) {
		const prune = read('container prune -f --filter until=1h', withCatalogue);
		t.true(isOn(prune!.flags, 'force'));
		t.deepEqual(valuesOf(prune!.flags, 'filter'), ['until=1h']);
		t.deepEqual(prune?.operands, []);
		const kill = read('kill -s HUP web', withCatalogue);
		t.deepEqual(valuesOf(kill!.flags, 'signal'), ['HUP']);
		t.deepEqual(kill?.operands, ['web']);
	}
});

test('readCommand: switches with values, quoted flag words, globals', t => {
	t.false(isOn(read('volume prune --force=false')!.flags, 'force'));
	t.true(isOn(read('volume prune --force=false -f')!.flags, 'force'));
	t.false(isOn(read('volume prune "--force=false"')!.flags, 'force'));
	t.deepEqual(read('docker -H unix:///x.sock --log-level debug volume rm a')?.globals, [{long: 'host', value: 'unix:///x.sock'}, {long: 'log-level', value: 'debug'}]);
	t.deepEqual(read('volume rm -- -odd-name')?.operands, ['-odd-name']);
});

test('confirmedArgs: the words docker would get, --force added last (before a trailing --), flag values joined', t => {
	const args = (line: string) => confirmedArgs(explainLine(line, {lang: 'en'}));
	t.deepEqual(args('docker volume prune'), ['volume', 'prune', '--force']);
	t.deepEqual(args('volume prune --filter label=a'), ['volume', 'prune', '--filter=label=a', '--force']);
	t.deepEqual(args('docker system prune -a --volumes'), ['system', 'prune', '-a', '--volumes', '--force']);
	t.deepEqual(args('docker --log-level error system prune --filter "label=two words"'), ['--log-level=error', 'system', 'prune', '--filter=label=two words', '--force']);
	t.deepEqual(args('volume prune --'), ['volume', 'prune', '--force', '--']);
	// Same words as the REPL would run, apart from the joined values and --force.
	const line = 'docker volume prune -a --filter=label!=keep';
	const classified = classifyLine(line);
	t.is(classified.kind, 'docker');
	t.deepEqual(args(line), [...(classified.kind === 'docker' ? classified.args : []), '--force']);
});

test('prune filters: split like the docker client, matched like the engine', t => {
	const filters = parsePruneFilters(['label=a', 'LABEL!= b=2 ', 'until=24h', 'all=1']);
	t.deepEqual(filters.label, ['a']);
	t.deepEqual(filters.notLabel, ['b=2']);
	t.deepEqual(filters.other, [{key: 'until', text: 'until=24h'}]);
	t.is(allFilter(filters), true);
	t.false(filters.malformed);
	t.true(parsePruneFilters(['label']).malformed);
	t.is(allFilter(parsePruneFilters(['all=true', 'all=false'])), 'invalid');
	t.is(allFilter(parsePruneFilters(['all=yes'])), 'invalid');
	t.is(allFilter(parsePruneFilters([])), undefined);

	t.true(matchesLabelFilters({label: [], notLabel: []}, {}));
	t.false(matchesLabelFilters({label: ['a'], notLabel: []}, {}));
	t.true(matchesLabelFilters({label: [], notLabel: ['a']}, {}));
	t.true(matchesLabelFilters({label: ['a='], notLabel: []}, {a: ''}));
	t.false(matchesLabelFilters({label: ['a=1'], notLabel: []}, {a: '2'}));
	t.true(matchesLabelFilters({label: [], notLabel: ['a', 'b']}, {a: ''}));
	t.false(matchesLabelFilters({label: [], notLabel: ['a', 'b']}, {a: '', b: ''}));
});

const bigPreview: LossPreview = {
	severity: 'danger',
	headline: 'Running this deletes, for good:',
	lines: Array.from({length: 10}, (_, index) => ({text: `volume v${index}: 1 file, 1 B`, kind: 'lost' as const, depth: (index % 2) as 0 | 1})),
	volumesToRead: [],
	containersToRead: [],
};

test('previewRows and formatLossPreview: headline, indented lines, cut with a count of what is left', t => {
	t.deepEqual(formatLossPreview(bigPreview, {lang: 'en', maxLines: 5}), [
		'Running this deletes, for good:',
		'  volume v0: 1 file, 1 B',
		'      volume v1: 1 file, 1 B',
		'  volume v2: 1 file, 1 B',
		'  … 7 more lines',
	]);
	t.is(formatLossPreview(bigPreview, {lang: 'fr', maxLines: 10}).at(-1), '  … 2 lignes de plus');
	t.is(formatLossPreview(bigPreview, {lang: 'en'}).length, 11);
	t.deepEqual(previewRows(bigPreview, {lang: 'en', maxLines: 11}).map(row => row.kind), ['headline', ...Array.from({length: 10}, () => 'lost')]);
	t.deepEqual(previewRows(bigPreview, {lang: 'en', maxLines: 0}).map(row => row.kind), ['headline', 'more']);
});
