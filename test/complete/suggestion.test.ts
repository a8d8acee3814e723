import test from 'ava';
import {historySuggestion} from '../../source/complete/prompt-keys.js';
import {menuRows} from '../../source/complete/menu-view.js';
import {escapeControls} from '../../source/text/escape-controls.js';
import {at} from '../editor/helpers.js';
import {tab} from './helpers.js';

const history = ['volume ls', 'run --rm -it --mount type=volume,src=my_volume,dst=/data alpine sh', 'volume create my_volume'];

test('the newest history line starting with what is typed is suggested, at the end of the line only', t => {
	t.is(historySuggestion(at('volume |'), history), 'create my_volume');
	t.is(historySuggestion(at('run |'), history), '--rm -it --mount type=volume,src=my_volume,dst=/data alpine sh');
	t.is(historySuggestion(at('volu|me'), history), undefined);
	t.is(historySuggestion(at('|'), history), undefined);
	t.is(historySuggestion(at('volume ls|'), history), undefined, 'nothing to add');
});

test('Right (or End) at the end of the line takes the suggestion, Alt-F one word of it', t => {
	t.is(tab('volume |', '\u001B[C', {history}).line, 'volume create my_volume|');
	t.is(tab('volume |', '\u001B[F', {history}).line, 'volume create my_volume|');
	t.is(tab('volume |', '\u001Bf', {history}).line, 'volume create|');
	t.is(tab('volume |', '\u001Bf\u001Bf', {history}).line, 'volume create my|');
	t.is(tab('volu|me', '\u001B[C', {history}).line, 'volum|e', 'elsewhere Right moves');
});

test('the list shows a window around the chosen candidate and how many are left out', t => {
	const menu = {
		completion: {cursor: 0, prefix: '', quote: undefined, directoriesWanted: [], candidates: Array.from({length: 20}, (_, index) => ({value: `v${index}\u001B[31m`, description: `d${index}`, suffix: ' '}))},
		base: {text: '', cursor: 0},
		selected: 12,
	};
	const rows = menuRows(menu, 5, 'en');
	t.is(rows.length, 5);
	t.is(rows.filter(row => row.selected).length, 1);
	t.is(rows.find(row => row.selected)!.label, 'v12\\x1b[31m', 'control bytes from the engine are escaped');
	t.regex(rows.at(-1)!.description, /16 more/);
	t.deepEqual(menuRows(menu, 0, 'en'), []);
	t.is(escapeControls('a\u0007b'), 'a\\x07b');
});
