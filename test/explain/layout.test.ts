import test from 'ava';
import {explainLine, explanationHeight, layoutExplanation, wrap, type PanelLine} from '../../source/explain/index.js';

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

test('maxHeight keeps errors, the current token and warnings first, and marks every cut where it is', t => {
	const broken = explainLine('docker run --rm --name xy -v /:/host --privileged --mount foo=bar alpine sh', {lang: 'en'});
	const cursor = 'docker run --rm --name xy -v /:/host'.length;
	const lines = layoutExplanation(broken, {lang: 'en', width: 80, cursor, maxHeight: 12});
	const shown = lines.map(panelLine => text(panelLine));
	t.is(lines.length, 12);
	t.is(shown[0], '… 6 more words: docker run --rm --name xy -v');
	t.regex(shown[1]!, /^› \/:\/host/);
	t.true(shown.includes('… 5 more words: --privileged --mount foo=bar alpine sh'));
	t.true(shown.some(entry => entry.startsWith('✗ error: foo is not a --mount key')));
	t.true(shown.some(entry => entry.startsWith('‼ danger:')));
	t.is(shown.at(-1), '… 3 more warnings');
	t.true(layoutExplanation(broken, {lang: 'en', width: 80, cursor, maxHeight: 1}).length <= 1);
	t.deepEqual(layoutExplanation(broken, {lang: 'en', width: 80, maxHeight: 0}), []);
});

test('a cut in the effects is marked after the last one shown, and nothing disappears unmarked', t => {
	const run = 'docker run --rm -it -v my_volume:/home --name my_alpine alpine sh';
	for (const lang of ['en', 'fr'] as const) {
		const localized = explainLine(run, {lang});
		for (let maxHeight = 6; maxHeight <= 30; maxHeight++) {
			const panel = layoutExplanation(localized, {lang, width: 64, cursor: run.indexOf('my_volume'), maxHeight});
			const shown = panel.map(panelLine => text(panelLine));
			t.true(shown.length <= maxHeight);
			t.true(shown.some(entry => entry.startsWith('› my_volume:/home')), `${lang} ${maxHeight}: the word under the cursor stays`);
			// A word's first line: its marker, then its label in its role's style.
			const words = panel.filter(panelLine => (panelLine[0]?.text === '  ' || panelLine[0]?.text === '› ') && panelLine[1] && !['plain', 'dim'].includes(panelLine[1].style)).length;
			const markedWords = shown.map(entry => /^… (\d+) (?:more words?|mots? de plus)/.exec(entry)).reduce((sum, match) => sum + Number(match?.[1] ?? 0), 0);
			t.is(words + markedWords, localized.tokens.length, `${lang} ${maxHeight}: every word is shown or counted`);
			const effects = shown.filter(entry => entry.startsWith('• ')).length;
			const markedEffects = Number(shown.map(entry => /^… (\d+) (?:more effects?|effets? de plus)/.exec(entry)?.[1]).find(Boolean) ?? 0);
			const heading = shown.some(entry => entry === 'What will happen' || entry === 'Ce qui va se passer');
			if (heading) {
				t.is(effects + markedEffects, localized.effects.length, `${lang} ${maxHeight}: every effect is shown or counted`);
			}
		}
	}

	const french = layoutExplanation(explainLine(run, {lang: 'fr'}), {lang: 'fr', width: 64, cursor: run.indexOf('my_volume'), maxHeight: 14}).map(panelLine => text(panelLine));
	t.is(french.at(-1), '… 2 effets de plus');
	t.is(french[0], '… 6 mots de plus\u00A0: docker run --rm -i -t -v');
	t.true(french.includes('! attention\u00A0: Avec --rm, les fichiers écrits par le container'));
});

test('scroll: a window on the whole explanation, what is above and below counted, clamped to the last page', t => {
	const run = 'docker run --rm -it -v my_volume:/home --name my_alpine alpine sh';
	const all = layoutExplanation(explanation, {lang: 'en', width: 64, cursor: 10}).map(panelLine => text(panelLine));
	t.is(explanationHeight(explanation, {lang: 'en', width: 64, cursor: 10}), all.length);
	const page = (scroll: number) => layoutExplanation(explanation, {lang: 'en', width: 64, cursor: 10, maxHeight: 10, scroll}).map(panelLine => text(panelLine));
	t.deepEqual(page(0).slice(0, 9), all.slice(0, 9));
	t.is(page(0).at(-1), `↓ ${all.length - 9} more lines below (Alt-Down, F1 prints all)`);
	t.is(page(5)[0], '↑ 5 more lines above (Alt-Up)');
	t.deepEqual(page(5).slice(1, 9), all.slice(5, 13));
	const last = page(1000);
	t.is(last.length, 10);
	t.deepEqual(last.slice(1), all.slice(-9));
	t.is(last[0], `↑ ${all.length - 9} more lines above (Alt-Up)`);
	t.deepEqual(layoutExplanation(explainLine(run, {lang: 'en'}), {lang: 'en', width: 160, maxHeight: 100, scroll: 3}), layoutExplanation(explainLine(run, {lang: 'en'}), {lang: 'en', width: 160}), 'all of it fits: nothing to scroll');
	const french = layoutExplanation(explanation, {lang: 'fr', width: 64, cursor: 10, maxHeight: 10, scroll: 5}).map(panelLine => text(panelLine));
	t.is(french[0], '↑ 5 lignes de plus au-dessus (Alt-Haut)');
});

test('an empty line invites typing', t => {
	const lines = layoutExplanation(explainLine('', {lang: 'fr'}), {lang: 'fr', width: 80});
	t.deepEqual(lines, [[{text: 'Tapez une commande docker : chaque mot est expliqué ici.', style: 'dim'}]]);
});

test('wrap keeps French punctuation with its word and breaks long words', t => {
	t.deepEqual(wrap('un dossier de l’hôte : partagé', 20), ['un dossier de', 'l’hôte : partagé']);
	t.deepEqual(wrap('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
});
