import test from 'ava';
import {explainLine, layoutExplanation, wrap, type PanelLine} from '../../source/explain/index.js';

const line = 'docker container run -it --name my_alpine \\\n  --mount type=volume,src=my_volume,dst=/home/my_folder \\\n  --rm alpine:latest sh';
const explanation = explainLine(line, {lang: 'en'});
const text = (panelLine: PanelLine) => panelLine.map(segment => segment.text).join('');

test('every line fits the width, wide and narrow, in both languages', t => {
	for (const lang of ['en', 'fr'] as const) {
		const localized = explainLine(line, {lang});
		for (const width of [20, 32, 49, 50, 60, 80, 120]) {
			for (const panelLine of layoutExplanation(localized, {lang, width, cursor: 60})) {
				t.true(text(panelLine).length <= width, `${lang} ${width}: ${text(panelLine)}`);
			}
		}
	}
});

test('at 80 columns: one line per word, the text beside it; the token under the cursor is marked', t => {
	const cursor = line.indexOf('--name') + 2;
	const lines = layoutExplanation(explanation, {lang: 'en', width: 80, cursor}).map(panelLine => text(panelLine));
	t.is(lines[0], '  docker         The docker client: it sends your command to the Docker engine.');
	t.true(lines.some(shown => shown.startsWith('› --name         Give the container a name')));
	t.is(lines.filter(shown => shown.startsWith('›')).length, 1);
	t.true(lines.includes('What will happen'));
	t.true(lines.includes('• mounts volume my_volume at /home/my_folder (persists)'));
	t.true(lines.some(shown => shown.startsWith('! warning: With --rm, files the container writes outside /home/my_folder')));
});

test('narrow: each word on its own line, its text indented below', t => {
	const lines = layoutExplanation(explanation, {lang: 'en', width: 40}).map(panelLine => text(panelLine));
	t.is(lines[0], '  docker');
	t.true(lines[1]!.startsWith('    The docker client'));
});

test('the parts of a --mount value are detailed under the cursor, the current one marked', t => {
	const cursor = line.indexOf('src=') + 3;
	const lines = layoutExplanation(explanation, {lang: 'en', width: 80, cursor});
	const parts = lines.filter(panelLine => text(panelLine).includes('· '));
	t.deepEqual(parts.map(panelLine => text(panelLine).trim().split(':')[0]), ['· type=volume', '· src=my_volume', '· dst=/home/my_folder']);
	t.is(parts[1]!.at(-1)!.style, 'current');
	t.is(parts[0]!.at(-1)!.style, 'dim');
	// Away from the value, its parts are not shown.
	t.false(layoutExplanation(explanation, {lang: 'en', width: 80, cursor: 3}).some(panelLine => text(panelLine).includes('· ')));
});

test('maxHeight keeps errors, the current token and warnings first, and says what it left out', t => {
	const broken = explainLine('docker run --rm --name xy -v /:/host --privileged --mount foo=bar alpine sh', {lang: 'en'});
	const cursor = 'docker run --rm --name xy -v /:/host'.length;
	const lines = layoutExplanation(broken, {lang: 'en', width: 80, cursor, maxHeight: 12});
	const shown = lines.map(panelLine => text(panelLine));
	t.is(lines.length, 12);
	t.regex(shown[0]!, /^› \/:\/host/);
	t.true(shown.some(entry => entry.startsWith('✗ error: foo is not a --mount key')));
	t.true(shown.some(entry => entry.startsWith('‼ danger:')));
	t.regex(shown.at(-1)!, /^… \d+ more lines$/);
	t.true(layoutExplanation(broken, {lang: 'en', width: 80, cursor, maxHeight: 1}).length <= 1);
	t.deepEqual(layoutExplanation(broken, {lang: 'en', width: 80, maxHeight: 0}), []);
});

test('an empty line invites typing', t => {
	const lines = layoutExplanation(explainLine('', {lang: 'fr'}), {lang: 'fr', width: 80});
	t.deepEqual(lines, [[{text: 'Tapez une commande docker : chaque mot est expliqué ici.', style: 'dim'}]]);
});

test('wrap keeps French punctuation with its word and breaks long words', t => {
	t.deepEqual(wrap('un dossier de l’hôte : partagé', 20), ['un dossier de', 'l’hôte : partagé']);
	t.deepEqual(wrap('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
});
