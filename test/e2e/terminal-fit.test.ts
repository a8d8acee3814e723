import test from 'ava';
import {dockerBinary, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {liveLayout} from '../../source/ui/live-layout.js';
import {delay, keys, type ReplTerminal, startInLanguage} from '../helpers/pty.js';
import {shellPrompt, submit, waitForEngineState, waitForIdlePrompt} from '../helpers/repl-session.js';

// One REPL per language and size runs every check below in turn: starting a session is the slow part.

const containers: string[] = [];

test.after.always(async () => {
	await removeCreated({containers});
});

/** Only typed, never run: the explanation panel at its tallest. */
const longLine = 'docker container run --rm -it --mount type=volume,src=x,dst=/data -v /tmp:/h alpine:latest sh';

/** Keys that are an escape sequence: echoed by the terminal itself, they show as `^[[A`, or as `[A` when the ESC was read apart. */
const rawEcho = /\^\[|\[[ABCD]/;

/**
Submits `line` (a container's shell given the terminal), types `exit` in that
shell and, from that Enter until the prompt is back, keeps pressing an arrow key
and letters: some land while docker gives the terminal back. Returns everything
once the prompt is back.
*/
async function keysAcrossHandBack(terminal: ReplTerminal, line = runShell()): Promise<string> {
	await submit(terminal, line);
	await terminal.waitFor(/\/ # $/m);
	await terminal.typeLine('exit', {prompt: shellPrompt});
	terminal.press(keys.enter);
	const back = () => /^✓ /m.test(terminal.screen()) && /dockwise>/.test(terminal.screen());
	for (let burst = 0; burst < 2000 && !back(); burst++) {
		terminal.press(keys.up + 'qz' + keys.down);
		await delay(3);
	}

	// A last burst as the prompt comes back, then the first frames after it.
	for (let burst = 0; burst < 20; burst++) {
		terminal.press(keys.up + 'qz' + keys.down);
		await delay(3);
	}

	await terminal.waitFor(/^✓ /m, {where: 'everything'});
	await terminal.waitFor('dockwise>');
	await delay(500);
	return terminal.everything();
}

/** `run --rm -it` of a shell, under a name removed after the tests. */
function runShell(): string {
	const name = uniqueName('hand-back');
	containers.push(name);
	return `docker container run --rm -it --name ${name} --label ${testLabel}=1 alpine:latest`;
}

/** The tables of `:help`: runs of indented rows, each below a heading that ends with a colon. */
function helpTables(rows: readonly string[]): string[][] {
	const tables: string[][] = [];
	let table: string[] | undefined;
	for (const [index, row] of rows.entries()) {
		if (row.startsWith('  ') && table) {
			table.push(row);
		} else {
			table = row.startsWith('  ') || !rows[index]!.trimEnd().endsWith(':') ? undefined : [];
			if (table) {
				tables.push(table);
			}
		}
	}

	return tables.filter(rowsOfTable => rowsOfTable.length >= 5);
}

/** Whatever breaks the two columns of a help table `columns` wide: a key run into its text, a text not at its column. */
function columnProblems(table: readonly string[], columns: number): string[] {
	// The text column: where the first row's text starts, after the key and its gap.
	const textColumn = /^ {2}\S.*?\S {2,}(?=\S)/.exec(table[0]!)?.[0].length;
	if (textColumn === undefined) {
		return [`no key column: ${table[0]}`];
	}

	const problems: string[] = [];
	for (const row of table) {
		const key = row.slice(0, textColumn);
		const text = row.slice(textColumn);
		if (row.length > columns) {
			problems.push(`longer than ${columns}: ${row}`);
		} else if (key.trim() === '' ? text.startsWith(' ') : !/^ {2}\S/.test(key) || (text !== '' && (!key.endsWith('  ') || text.startsWith(' ')))) {
			problems.push(`not in two columns at ${textColumn}: ${row}`);
		}
	}

	return problems;
}

for (const [cols, rows] of [[80, 24], [160, 50]] as const) {
	for (const lang of ['en', 'fr'] as const) {
		const wide = cols === 160;
		const title = `${cols}×${rows} ${lang}: keys pressed as a container gives the terminal back are never echoed raw; :help keeps its key column apart${wide ? ', one row per entry; shrinking to 80×24 leaves no ghost panel' : ''}`;
		engineSerialTest(title, async t => {
			const terminal = await startInLanguage(lang, cols, rows);
			try {
				// A. The hand-back: keys are swallowed or replayed into the prompt, never echoed.
				const afterHandBack = await keysAcrossHandBack(terminal);
				t.notRegex(afterHandBack, rawEcho, 'no key echoed raw by the terminal');
				t.notRegex(terminal.screen(), rawEcho);
				// Replayed keys are in the prompt, where Ctrl-U takes them away.
				terminal.press(keys.ctrlE + keys.ctrlU);
				await waitForIdlePrompt(terminal);

				// B. :help in two columns that never run into each other.
				await submit(terminal, ':help');
				// Its last entry: the prompt is empty before the help is written.
				await terminal.waitFor(/^ {2}F1, Alt-E/m, {where: 'everything'});
				await waitForIdlePrompt(terminal);
				const everything = terminal.rows();
				const helpRows = everything.slice(everything.findLastIndex(row => row.text.startsWith('dockwise> :help')));
				const help = helpRows.slice(0, helpRows.findIndex((row, index) => index > 0 && row.text.startsWith('dockwise>')));
				const tables = helpTables(help.map(row => row.text));
				t.is(tables.length, 2, 'the dockwise commands and the keys');
				t.deepEqual(tables.flatMap(table => columnProblems(table, cols)), []);
				t.notRegex(help.map(row => row.text).join('\n'), /Alt-F(?:move|avancer)/);
				t.deepEqual(help.filter(row => row.wrapped).map(row => row.text), [], 'no row was wider than the terminal');
				if (wide) {
					t.deepEqual(tables.flat().filter(row => !/^ {2}\S/.test(row)), [], 'each entry on one row');
				} else {
					t.true(tables.flat().some(row => /^ {3,}\S/.test(row)), 'long texts go on under their column');
				}

				if (!wide) {
					return;
				}

				// C. From 160×50 to 80×24 with the panel beside the prompt: nothing of the wide frame stays.
				// Ctrl-L, then one short line of transcript: anything else above the prompt is a ghost.
				terminal.press('\u000C');
				await terminal.waitFor(screen => screen.split('\n')[0]!.startsWith('dockwise>'));
				await submit(terminal, `:lang ${lang}`);
				await terminal.waitFor(/^(?:Language|Langue)\b/m);
				await waitForIdlePrompt(terminal);
				await terminal.typeLine(longLine);
				await terminal.waitFor(/› sh\s/);
				const panelColumn = liveLayout({columns: cols, rows, fixedRows: 0, explain: true, volumes: true}).mainWidth + 1;
				const wideRows = terminal.screenLines();
				t.not(wideRows[wideRows.findIndex(line => line.startsWith('dockwise> docker container run'))]?.slice(panelColumn).trim() ?? '', '', 'the panel sits beside the prompt at 160 columns');

				terminal.resize(80, 24);
				const settled = await terminal.waitFor(screen => {
					const lines = screen.split('\n');
					const prompt = lines.findIndex(line => line.startsWith('dockwise> docker container run'));
					return prompt !== -1 && lines.findIndex(line => line.startsWith('› sh')) > prompt;
				});
				// The frame after next too: a ghost would show in either.
				await delay(300);
				const narrow = terminal.screenLines();
				t.is(settled.split('\n').length, 24);
				const prompt = narrow.findIndex(line => line.startsWith('dockwise> docker container run'));
				const statusBar = narrow.findLastIndex(line => line.includes(lang === 'en' ? ':help for help' : ':help pour l’aide'));
				t.deepEqual(narrow.slice(0, prompt).filter(line => line.trim() !== '' && line !== `dockwise> :lang ${lang}` && !/^(?:Language|Langue)\b/.test(line)), [], 'above the prompt: the transcript, no panel rows');
				t.regex(terminal.everything(), new RegExp(`^dockwise> :lang ${lang}$`, 'm'), 'the transcript is kept: the scrollback was not cleared');
				t.deepEqual(narrow.slice(statusBar + 1).filter(line => line.trim() !== ''), [], 'below the status bar: nothing');
				t.deepEqual(terminal.rows({viewport: true}).filter(row => row.wrapped).map(row => row.text), [], 'no row of the 160-column frame, rewrapped by the terminal');
				t.is(narrow.filter(line => line.startsWith('› ')).length, 1, 'one word under the cursor, one panel');
			} finally {
				await terminal.stop();
			}
		});
	}
}

engineSerialTest('start -ai and attach of a container created with -t: keys pressed as it gives the terminal back are never echoed raw', async t => {
	const name = uniqueName('tty-box');
	containers.push(name);
	const {execa} = await import('execa');
	await execa(dockerBinary, ['create', '-it', '--name', name, '--label', `${testLabel}=1`, 'alpine:latest']);
	const terminal = await startInLanguage('en', 80, 24);
	try {
		await waitForEngineState(terminal);
		t.notRegex(await keysAcrossHandBack(terminal, `start -ai ${name}`), rawEcho, 'start -ai');
		terminal.press(keys.ctrlE + keys.ctrlU);
		await waitForIdlePrompt(terminal);
		await submit(terminal, ':clear');
		await submit(terminal, `start ${name}`);
		await terminal.waitFor(/✓ exit 0/, {where: 'everything'});
		await waitForIdlePrompt(terminal);
		t.notRegex(await keysAcrossHandBack(terminal, `attach ${name}`), rawEcho, 'attach');
	} finally {
		await terminal.stop();
	}
});
