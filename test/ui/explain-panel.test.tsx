import {stripVTControlCharacters} from 'node:util';
import test from 'ava';
import {render} from 'ink-testing-library';
import {explainLine} from '../../source/explain/index.js';
import {ExplainPanel} from '../../source/ui/ExplainPanel.js';

const line = 'docker container run -it --name my_alpine \\\n  --volume $HOME:/home/my_folder \\\n  --rm alpine:latest sh';
const en = explainLine(line, {lang: 'en', env: {HOME: '/home/ada'}});
const fr = explainLine(line, {lang: 'fr', env: {HOME: '/home/ada'}});
const frameLines = (frame: string | undefined) => stripVTControlCharacters(frame ?? '').split('\n');

test('explains every word at 80 columns, the word under the cursor marked', t => {
	const cursor = line.indexOf('--rm') + 1;
	const {lastFrame, unmount} = render(<ExplainPanel explanation={en} cursor={cursor} width={80} lang="en" maxHeight={100}/>);
	const lines = frameLines(lastFrame());
	t.true(lines.every(shown => shown.length <= 80));
	t.true(lines.some(shown => shown.startsWith('› --rm')));
	t.is(lines.filter(shown => shown.startsWith('›')).length, 1);
	t.true(lines.some(shown => shown.startsWith('! warning: Your home folder /home/ada is shared')));
	t.true(lines.includes('What will happen'));
	t.true(lines.includes('• removes the container on exit, with the files it wrote outside /home/my_folder'));
	unmount();
});

test('stays within maxHeight and says how much it left out', t => {
	const {lastFrame, unmount} = render(<ExplainPanel explanation={en} cursor={line.length} width={80} lang="en" maxHeight={8}/>);
	const lines = frameLines(lastFrame());
	t.is(lines.length, 8);
	t.regex(lines.at(-1)!, /^… \d+ more effects$/, 'the cut is marked where it is');
	t.true(lines.some(shown => shown.startsWith('› sh')), 'the word being typed is always shown');
	unmount();
});

test('narrow widths stack each word above its text', t => {
	const {lastFrame, unmount} = render(<ExplainPanel explanation={fr} width={36} lang="fr" maxHeight={200}/>);
	const lines = frameLines(lastFrame());
	t.true(lines.every(shown => shown.length <= 36));
	t.is(lines[0], '  docker');
	t.true(lines.includes('Ce qui va se passer'));
	unmount();
});

test('follows the cursor as the line is typed', t => {
	const typed = 'docker volume create --name my_volume';
	const {lastFrame, rerender, unmount} = render(<ExplainPanel explanation={explainLine('docker vol', {lang: 'en'})} cursor={10} width={80} lang="en"/>);
	t.regex(frameLines(lastFrame()).join('\n'), /vol is not a docker command|unknown command/);
	rerender(<ExplainPanel explanation={explainLine(typed, {lang: 'en'})} cursor={typed.indexOf('--name') + 3} width={80} lang="en"/>);
	const lines = frameLines(lastFrame());
	t.true(lines.some(shown => shown.startsWith('› --name')));
	t.true(lines.some(shown => shown.includes('--name is deprecated')));
	unmount();
});
