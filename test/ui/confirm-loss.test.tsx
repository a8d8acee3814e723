import test from 'ava';
import {render} from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import type {LossPreview} from '../../source/guard/index.js';
import type {Lang} from '../../source/i18n/catalogue.js';
import {ConfirmLoss} from '../../source/ui/ConfirmLoss.js';
import {assess, tutorialState} from '../guard/helpers.js';

const keys = {
	enter: '\r',
	escape: '\u001B',
	ctrlC: '\u0003',
};

const strip = (frame = '') => stripAnsi(frame);

/** Waits (at most 5 s) until `done()` holds: keys reach Ink later on a loaded machine. */
async function until(done: () => boolean) {
	for (let waited = 0; !done() && waited < 5000; waited += 10) {
		await delay(10);
	}
}

const delay = async (milliseconds: number) => new Promise(resolve => {
	setTimeout(resolve, milliseconds);
});

function tutorialPreview(lang: Lang = 'en'): LossPreview {
	const preview = assess('docker stop my_alpine', tutorialState(), {lang});
	if (!preview) {
		throw new Error('the tutorial stop should have a preview');
	}

	return preview;
}

function setup({lang = 'en', isActive = true, preview = tutorialPreview(lang), width = 100, maxHeight, graceMs = 0}: {lang?: Lang; isActive?: boolean; preview?: LossPreview; width?: number; maxHeight?: number; graceMs?: number} = {}) {
	const answers: boolean[] = [];
	const element = (active: boolean) => (
		<ConfirmLoss preview={preview} lang={lang} width={width} isActive={active} maxHeight={maxHeight} graceMs={graceMs} onAnswer={yes => answers.push(yes)}/>
	);
	const instance = render(element(isActive));
	return {
		...instance,
		answers,
		activate: () => {
			instance.rerender(element(true));
		},
		press: async (input: string) => {
			instance.stdin.write(input);
			await delay(20);
		},
		/** Presses a key and waits for the answer it gives: a loaded machine may take a while to deliver it. */
		answerWith: async (input: string) => {
			instance.stdin.write(input);
			await until(() => answers.length > 0);
		},
	};
}

test('shows what would be lost, then the question', async t => {
	const {lastFrame, unmount} = setup();
	await delay(10);
	t.is(strip(lastFrame()), [
		'Running this deletes, for good:',
		'  container my_alpine was started with --rm: once stopped, docker deletes it',
		'      2 changes outside volumes: /home/test.txt (new), /root/.ash_history (new)',
		'Run it? [y/N]',
	].join('\n'));
	unmount();
});

test('in French', async t => {
	const {lastFrame, unmount} = setup({lang: 'fr'});
	await delay(10);
	t.is(strip(lastFrame()), [
		'Lancer ceci supprime, sans retour possible :',
		'  le container my_alpine a été lancé avec --rm : une fois arrêté, docker le supprime',
		'      2 modifications hors volumes : /home/test.txt (nouveau), /root/.ash_history (nouveau)',
		'Le lancer ? [o/N]',
	].join('\n'));
	unmount();
});

test('y and Y confirm', async t => {
	for (const key of ['y', 'Y']) {
		const {answerWith, answers, unmount} = setup();
		await delay(10);
		await answerWith(key);
		t.deepEqual(answers, [true], key);
		unmount();
	}
});

test('Enter, n, N, Escape and Ctrl-C cancel', async t => {
	for (const key of [keys.enter, 'n', 'N', keys.escape, keys.ctrlC]) {
		const {answerWith, answers, unmount} = setup();
		await delay(10);
		await answerWith(key);
		t.deepEqual(answers, [false], JSON.stringify(key));
		unmount();
	}
});

test('other typing is a line typed ahead, shown under the question, handed on with Enter; only the first answer counts', async t => {
	const typed: string[] = [];
	const answers: boolean[] = [];
	const {stdin, lastFrame, unmount} = render(<ConfirmLoss preview={tutorialPreview()} lang="en" width={100} isActive graceMs={0} onAnswer={yes => answers.push(yes)} onTypedLines={lines => typed.push(...lines)}/>);
	const press = async (input: string) => {
		stdin.write(input);
		await delay(60);
	};

	await delay(10);
	await press('x');
	await press(' ');
	await press('yes');
	await until(() => /typed ahead: x yes$/.test(strip(lastFrame())));
	t.deepEqual(answers, [], 'a line being typed: y is one of its letters');
	t.regex(strip(lastFrame()), /typed ahead: x yes$/);
	await press(keys.enter);
	await press('docker ps\rdocker volume ls\r');
	await until(() => typed.length >= 3 && /3 lines typed ahead/.test(strip(lastFrame())));
	t.deepEqual(typed, ['x yes', 'docker ps', 'docker volume ls']);
	t.deepEqual(answers, []);
	t.regex(strip(lastFrame()), /3 lines typed ahead: they run after this one if you answer y$/);
	await press('n');
	await press('y');
	await until(() => answers.length > 0);
	t.deepEqual(answers, [false]);
	unmount();
});

test('o (oui) confirms in French only', async t => {
	const french = setup({lang: 'fr'});
	await delay(10);
	await french.press('o');
	t.deepEqual(french.answers, [true]);
	french.unmount();

	const english = setup({lang: 'en'});
	await delay(10);
	await english.press('o');
	t.deepEqual(english.answers, []);
	english.unmount();
});

test('keys are not read while inactive', async t => {
	const {press, answers, activate, unmount} = setup({isActive: false});
	await delay(10);
	await press('y');
	t.deepEqual(answers, []);
	activate();
	await delay(10);
	await press('y');
	t.deepEqual(answers, [true]);
	unmount();
});

test('a long preview is cut to maxHeight, lines cut to the width', async t => {
	const preview: LossPreview = {
		severity: 'warning',
		headline: 'Running this may delete data dockwise has not seen yet:',
		lines: Array.from({length: 40}, (_, index) => ({text: `volume v${index}: contents unknown, about 12 MB on disk`, kind: 'unknown' as const, depth: 0 as const})),
		volumesToRead: [],
		containersToRead: [],
	};
	const {lastFrame, unmount} = setup({preview, maxHeight: 6, width: 30});
	await delay(10);
	const rows = strip(lastFrame()).split('\n');
	t.is(rows.length, 6);
	t.is(rows[1], '  volume v0: contents unknown…');
	t.is(rows[4], '  … 37 more lines');
	t.is(rows[5], 'Run it? [y/N]');
	t.true(rows.every(row => row.length <= 30));
	unmount();
});

// A grace far longer than any pause a loaded machine puts between two keys: typing goes on.
test('keys typed ahead do not answer: the keyboard must be quiet first', async t => {
	const {press, answers, unmount} = setup({graceMs: 60_000});
	await press('s');
	await press('y');
	await press('s');
	await press(keys.enter);
	t.deepEqual(answers, [], 'typing that goes on answers nothing');
	unmount();
});

test('once the keyboard was quiet for the grace, a key answers', async t => {
	const {press, answers, unmount} = setup({graceMs: 150});
	// A y typed too soon answers nothing (and starts no line: other letters would, see the type-ahead test).
	await press('y');
	t.deepEqual(answers, []);
	await delay(400);
	await press('y');
	t.deepEqual(answers, [true]);
	unmount();
});

test('Escape and Ctrl-C cancel at once, even while typing', async t => {
	for (const key of [keys.escape, keys.ctrlC]) {
		const {press, answers, unmount} = setup({graceMs: 10_000});
		await press(key);
		t.deepEqual(answers, [false], JSON.stringify(key));
		unmount();
	}
});
