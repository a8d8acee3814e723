import test from 'ava';
import {docker, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {keys, ReplTerminal} from '../helpers/pty.js';
import {startRepl, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

const tab = '\t';
const fromElsewhere = uniqueName('complete-elsewhere');
const pairBase = uniqueName('complete-pair');
const pair = [`${pairBase}-a`, `${pairBase}-b`];
/** Labelled volumes that fill the volume panel, so the list competes with a full panel. */
const fillBase = uniqueName('complete-fill');
const fillers = Array.from({length: 14}, (_, index) => `${fillBase}-${String(index).padStart(2, '0')}`);

test.after.always(async () => {
	await removeCreated({volumes: [fromElsewhere, ...pair, ...fillers]});
});

/** The prompt's row, trailing blanks trimmed. */
function promptLine(terminal: ReplTerminal): string {
	return terminal.screenLines().findLast(line => line.startsWith('dockwise>'))?.trimEnd() ?? '';
}

async function waitForPromptLine(terminal: ReplTerminal, expected: string): Promise<void> {
	await terminal.waitFor(() => promptLine(terminal) === expected.trimEnd(), {timeout: 10_000});
}

/**
Presses Tab until `done`, waiting for each Tab's answer before the next: a late
answer followed by one more Tab would complete further than wanted.
*/
async function tabUntil(terminal: ReplTerminal, done: () => boolean): Promise<void> {
	for (let attempt = 0; attempt < 15; attempt++) {
		terminal.press(tab);
		const found = await terminal.waitFor(done, {timeout: 2000}).then(() => true, () => false);
		if (found) {
			return;
		}
	}
}

/** Checks that the cursor is at the end of `expected` (trailing space included) by typing a character there. */
async function cursorAfter(terminal: ReplTerminal, expected: string): Promise<void> {
	terminal.press('_');
	await waitForPromptLine(terminal, `${expected}_`);
	terminal.press(keys.backspace);
	await waitForPromptLine(terminal, expected);
}

engineSerialTest('docker vol<Tab> cr<Tab> gives docker volume create, and run --rm --mo<Tab> gives --mount', async t => {
	const terminal = await startRepl({cols: 100, rows: 30});
	try {
		await terminal.type('docker vol');
		terminal.press(tab);
		await waitForPromptLine(terminal, 'dockwise> docker volume ');
		await terminal.type('cr', {before: 'docker volume '});
		terminal.press(tab);
		await waitForPromptLine(terminal, 'dockwise> docker volume create ');
		await cursorAfter(terminal, 'dockwise> docker volume create ');

		terminal.press(keys.ctrlU);
		await waitForIdlePrompt(terminal);
		await terminal.type('run --rm --mo');
		terminal.press(tab);
		await waitForPromptLine(terminal, 'dockwise> run --rm --mount ');
		await cursorAfter(terminal, 'dockwise> run --rm --mount ');
		t.pass();
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('a volume created from another terminal completes after --mount type=volume,src=', async t => {
	const terminal = await startRepl({cols: 100, rows: 30});
	try {
		// Up to the unique part of the name: only this test's volume can match.
		const typed = `run --rm --mount type=volume,src=${fromElsewhere.slice(0, -3)}`;
		await terminal.type(typed);
		await docker('volume', 'create', '--label', `${testLabel}=1`, fromElsewhere);
		const expected = `dockwise> run --rm --mount type=volume,src=${fromElsewhere},`;
		// The tracker follows docker events: Tab again until the model has it.
		await tabUntil(terminal, () => promptLine(terminal).includes(fromElsewhere));

		await waitForPromptLine(terminal, expected);
		t.pass();
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('several volumes: the common prefix, then a list with each one explained (in French), Tab goes through it, Escape closes it', async t => {
	for (const name of pair) {
		await docker('volume', 'create', '--label', `${testLabel}=1`, name);
	}

	const terminal = ReplTerminal.start({cols: 100, rows: 30, args: ['--lang', 'fr']});
	try {
		await terminal.waitFor(/moteur \d+\.\d+/);
		// Not waited for in the volume panel: on a crowded engine they are scrolled out of it. Tab again until the model has them.
		const typed = `volume rm ${pairBase.slice(0, -3)}`;
		await terminal.type(typed);
		await tabUntil(terminal, () => promptLine(terminal).endsWith(`${pairBase}-`));

		await waitForPromptLine(terminal, `dockwise> volume rm ${pairBase}-`);
		await terminal.waitFor(new RegExp(`^${pair[0]}\\s+Volume · 0 o · inutilisé\\s: aucun container ne l’utilise`, 'm'));
		t.regex(terminal.screen(), new RegExp(`^${pair[1]}\\s+Volume · 0 o · inutilisé`, 'm'));
		terminal.press(tab);
		await waitForPromptLine(terminal, `dockwise> volume rm ${pair[0]} `);
		terminal.press(tab);
		await waitForPromptLine(terminal, `dockwise> volume rm ${pair[1]} `);
		terminal.press(keys.escape);
		await terminal.waitFor(screen => !new RegExp(`^${pair[0]}\\s+Volume`, 'm').test(screen));
		t.is(promptLine(terminal), `dockwise> volume rm ${pair[1]}`);
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('the history suggestion shows after the cursor and Right takes it', async t => {
	const terminal = await startRepl({cols: 100, rows: 30});
	const line = `volume ls --filter label=${testLabel}=suggested-${process.pid}`;
	try {
		await submit(terminal, line);
		await terminal.waitFor('✓ exit 0');
		await waitForIdlePrompt(terminal);
		await terminal.type('volume ls --f');
		await terminal.waitFor(() => promptLine(terminal) === `dockwise> ${line}`);
		terminal.press(keys.right);
		await cursorAfter(terminal, `dockwise> ${line}`);
		terminal.press(keys.enter);
		await terminal.waitFor(text => text.split('\n').filter(row => row.trimEnd() === `dockwise> ${line}`).length >= 2, {where: 'transcript'});
		t.pass();
	} finally {
		await terminal.stop();
	}
});

for (const [columns, rows] of [[80, 16], [140, 16]] as const) {
	engineSerialTest(`at ${columns}×${rows}, with the volume panel full, the list never makes the live area clear the screen`, async t => {
		await Promise.all(fillers.map(async name => docker('volume', 'create', '--label', `${testLabel}=1`, name)));
		const terminal = await startRepl({cols: columns, rows});
		try {
			await terminal.waitFor(text => Number(/^Volumes {2}(\d+) named/m.exec(text)?.[1] ?? 0) >= fillers.length);
			await submit(terminal, 'volume ls --format "{{.Driver}} volume"');
			await waitForIdlePrompt(terminal);
			const rawBefore = terminal.rawOutput.length;

			await terminal.type('run --rm -');
			terminal.press(tab);
			await terminal.waitFor(/^--\S+\s+\S/m);
			t.regex(terminal.screen(), /:help for help/, 'the status bar stays on screen');
			for (let step = 0; step < 5; step++) {
				terminal.press(tab);
			}

			terminal.press(keys.escape);
			await terminal.waitFor(text => !/^--\S/m.test(text));
			terminal.press(keys.ctrlU);
			await waitForIdlePrompt(terminal);
			await terminal.type(`volume rm ${fillBase.slice(0, -2)}`);
			await tabUntil(terminal, () => promptLine(terminal).includes(`${fillBase}-`));

			// A name longer than the list's first column keeps its end, where the candidates differ.
			// The size comes with the next disk-usage reading: what is tested here is the screen, not the size.
			await terminal.waitFor(/^…\S*-00\s+Volume · (?:0 B · )?unused/m);
			t.regex(terminal.screen(), /:help for help/);
			terminal.press(keys.escape);
			await terminal.waitFor(text => !/^…\S*-00/m.test(text));
			terminal.press(keys.ctrlU);
			await waitForIdlePrompt(terminal);

			const drawn = terminal.rawOutput.slice(rawBefore);
			t.false(drawn.includes('\u001B[2J'), 'screen cleared');
			t.false(drawn.includes('\u001B[3J'), 'scrollback cleared');
		} finally {
			await terminal.stop();
			await removeCreated({volumes: fillers});
		}
	});
}
