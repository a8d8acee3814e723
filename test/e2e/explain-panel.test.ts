import test from 'ava';
import {docker, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {liveLayout} from '../../source/ui/live-layout.js';
import {keys, type ReplTerminal, startInLanguage} from '../helpers/pty.js';
import {clearLine, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

// Only typed, never run: names unique to the run, so a user's own volumes change nothing.
const container = uniqueName('alpine');
const volume = uniqueName('volume');
const longLine = `docker container run -it --name ${container} --mount type=volume,src=${volume},dst=/home/my_folder --volume $HOME:/home/my_folder2 --env GREETING=hello --workdir /home/my_folder --hostname dockwise-demo --rm alpine:latest sh`;

const taken = uniqueName('taken');

test.after.always(async () => {
	await removeCreated({containers: [taken]});
});

const words = {
	en: {heading: 'What will happen', cut: /^… \d+ more (?:words?|effects?|warnings?|lines?)/m, above: /↑ \d+ more lines above/, explained: 'Explanation of: '},
	fr: {heading: 'Ce qui va se passer', cut: /^… \d+ (?:mots?|effets?|avertissements?|lignes?) de plus/m, above: /↑ \d+ lignes de plus au-dessus/, explained: 'Explication de\u00A0: '},
} as const;

/** What F1 or :explain printed last: from its heading to the prompt below it. */
function lastPrinted(terminal: ReplTerminal, heading: string): string {
	const transcript = terminal.transcript();
	const printed = transcript.slice(transcript.lastIndexOf(heading));
	const prompt = printed.indexOf('\ndockwise>');
	return prompt === -1 ? printed : printed.slice(0, prompt);
}

/** Rows from the prompt's row to the status bar: the live area Ink redraws. */
function liveRows(terminal: ReplTerminal): number {
	const lines = terminal.screenLines();
	const prompt = lines.findLastIndex(line => line.includes('dockwise>'));
	const status = lines.findLastIndex(line => line.trim() !== '');
	return status - prompt + 1;
}

for (const [cols, rows] of [[80, 24], [160, 50]] as const) {
	for (const lang of ['en', 'fr'] as const) {
		engineSerialTest(`${cols}×${rows} ${lang}: the panel uses the room, marks its cuts, scrolls with Alt-Down/Alt-Up, and F1 and :explain print all of it`, async t => {
			const w = words[lang];
			const terminal = await startInLanguage(lang, cols, rows);
			try {
				await terminal.typeLine(longLine);
				await terminal.waitFor(/› sh\s/);
				const fitted = terminal.screen();
				t.true(liveRows(terminal) <= rows - 2, 'the live area stays shorter than the terminal');
				// At 80×24 the explanation cannot fit: each cut says what it left out, where.
				if (cols === 80) {
					t.regex(fitted, w.cut);
				} else {
					t.true(terminal.screenLines().filter(line => line.trim() !== '').length > 30, 'a tall terminal shows a tall panel, not 16 rows');
				}

				terminal.press(keys.altDown);
				await terminal.waitFor(w.above);
				terminal.press(keys.altUp);
				terminal.press(keys.altUp);
				terminal.press(keys.altUp);
				terminal.press(keys.altUp);
				await terminal.waitFor(text => !w.above.test(text) && /› sh\s/.test(text));

				terminal.press(keys.f1);
				await terminal.waitFor(`${w.explained}${longLine}`, {where: 'transcript'});
				await terminal.waitFor(text => text.slice(text.lastIndexOf(w.explained)).includes(w.heading), {where: 'transcript'});
				const printed = lastPrinted(terminal, w.explained);
				t.notRegex(printed, w.cut, 'nothing is cut in the transcript');
				t.regex(printed, /--hostname/);
				t.regex(printed, /• /);
				clearLine(terminal);

				await submit(terminal, ':explain docker volume ls');
				await terminal.waitFor(`${w.explained}docker volume ls`, {where: 'transcript'});
				await waitForIdlePrompt(terminal);
			} finally {
				await terminal.stop();
			}
		});
	}
}

for (const [cols, rows] of [[80, 24], [160, 50]] as const) {
	for (const lang of ['en', 'fr'] as const) {
		engineSerialTest(`${cols}×${rows} ${lang}: a --name a container already has is said to be taken, by which container and its state`, async t => {
			await docker('create', '--label', `${testLabel}=1`, '--name', taken, 'alpine:latest', 'true').catch(() => '');
			const terminal = await startInLanguage(lang, cols, rows);
			try {
				await terminal.typeLine(`run --name ${taken} alpine:latest true`);
				const said = lang === 'en' ? `The name ${taken} is already used by a container (created, never started)` : `Le nom ${taken} est déjà pris par un container (créé, jamais démarré)`;
				// Beside the prompt the panel wraps at its own width: compare without the line breaks.
				const from = cols >= 110 ? liveLayout({columns: cols, rows, fixedRows: 0, explain: true, volumes: true}).mainWidth + 1 : 0;
				await terminal.waitFor(() => terminal.screenLines().map(line => line.slice(from)).join(' ').replaceAll(/\s+/g, ' ').includes(said));
				t.pass();
			} finally {
				await terminal.stop();
			}
		});
	}
}
