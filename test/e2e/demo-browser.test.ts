import {access, readFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {readCast} from '../helpers/cast-replay.js';
import {repositoryRoot} from '../helpers/repository.js';

const chromiumPath = '/usr/bin/chromium';
const castFile = path.join(repositoryRoot, 'examples/persistence.en.cast');
const playerBundle = path.join(repositoryRoot, 'node_modules/asciinema-player/dist/bundle');

const missing = await access(chromiumPath).then(() => undefined, () => `${chromiumPath} is not installed (apt-get install chromium)`);
const browserTest = missing ? test.skip : test;
if (missing) {
	if (process.env['CI']) {
		test('a browser for the player test (required when CI is set)', t => {
			t.fail(missing);
		});
	} else {
		console.log(`skipping the asciinema-player browser test: ${missing}`);
	}
}

// Runs in the page (as source text: the tests compile without the DOM types).
// The rows of the player's terminal, each span placed at its column (innerText loses the spacing).
const readScreen = `[...document.querySelectorAll('pre.ap-term-text .ap-line')].map(line => {
	let text = '';
	for (const span of line.querySelectorAll(':scope > span')) {
		const offset = Number.parseInt(span.style.getPropertyValue('--offset') || '0', 10);
		text = text.padEnd(offset, ' ') + (span.textContent ?? '');
	}
	return text;
})`;

const createPlayer = (data: string) => `window.player = AsciinemaPlayer.create({data: ${JSON.stringify(data)}}, document.querySelector('#player'), {preload: true});`;

// Seeks, waits two animation frames for the terminal to be drawn, hides the play button over it.
const seek = (where: unknown) => `(async () => {
	await window.player.seek(${JSON.stringify(where)});
	await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
	const overlay = document.querySelector('.ap-overlay-start');
	if (overlay) overlay.style.display = 'none';
})()`;

browserTest('the official asciinema-player plays the English example in Chromium: at a marker, the volume panel shows the new volume', async t => {
	const {chromium} = await import('playwright-core');
	const text = await readFile(castFile, 'utf8');
	const markers = readCast(text).events.filter(event => event.code === 'm').map(event => event.data);
	const marker = markers.indexOf('docker volume inspect demo_vol');
	t.not(marker, -1);
	const browser = await chromium.launch({executablePath: chromiumPath});
	try {
		const page = await browser.newPage();
		await page.setContent('<!doctype html><html><body><div id="player"></div></body></html>');
		await page.addStyleTag({path: path.join(playerBundle, 'asciinema-player.css')});
		await page.addScriptTag({path: path.join(playerBundle, 'asciinema-player.min.js')});
		await page.evaluate(createPlayer(text));
		const screenAt = async (where: unknown): Promise<string[]> => {
			await page.evaluate(seek(where));
			return page.evaluate<string[]>(readScreen);
		};

		const screen = (await screenAt({marker})).join('\n');
		t.regex(screen, /Volumes {2}1 named/);
		t.regex(screen, /^ {2}demo_vol/m);
		t.regex(screen, /◆ volume demo_vol created/);
		t.true((await screenAt('100%')).join('\n').includes('no volumes yet'));
	} finally {
		await browser.close();
	}
});
