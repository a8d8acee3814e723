import test from 'ava';
import {liveLayout} from '../../source/ui/live-layout.js';
import {docker, engineSerialTest, removeCreated, testLabel, uniqueName} from '../helpers/engine.js';
import {keys, type ReplTerminal} from '../helpers/pty.js';
import {clearLine, narrationAbout, startRepl, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

const fromElsewhere = uniqueName('elsewhere');
const frenchVolume = uniqueName('fr-volume');
const runLine = 'run --rm -it --mount type=volume,src=x,dst=/data alpine sh';
/** Labelled volumes that fill the volume panel, so both panels are at their tallest. */
const fillers = Array.from({length: 14}, (_, index) => uniqueName(`fill${String(index).padStart(2, '0')}`));

test.after.always(async () => {
	await removeCreated({volumes: [fromElsewhere, frenchVolume, ...fillers]});
});

/** First column of the explanation panel when it sits beside the prompt. */
function besideColumn(columns: number, rows: number): number {
	const layout = liveLayout({columns, rows, fixedRows: 0, explain: true, volumes: true});
	return layout.mainWidth + 1;
}

/** The screen from column `from`, above the status bar: where the explanation panel sits beside the prompt. */
function rightColumn(terminal: ReplTerminal, from: number): string {
	const lines = terminal.screenLines();
	const statusBar = lines.findLastIndex(line => line.includes(':help for help'));
	return lines.slice(0, statusBar).map(line => line.slice(from).trimEnd()).join('\n');
}

engineSerialTest('a volume created from another terminal shows in the volume panel with no keystroke', async t => {
	const terminal = await startRepl({cols: 100, rows: 30});
	try {
		// A line that mounts the volume: the panel lists it first, as one the command would create.
		await terminal.typeLine(`docker run --rm --mount type=volume,src=${fromElsewhere},dst=/data alpine:latest true`);
		await terminal.waitFor(new RegExp(`^\\+ ${fromElsewhere} \\(will be created\\)`, 'm'));
		await docker('volume', 'create', '--label', `${testLabel}=1`, fromElsewhere);
		await terminal.waitFor(new RegExp(`^▸ ${fromElsewhere}  unused`, 'm'), {timeout: 30_000});
		t.notRegex(terminal.screen(), new RegExp(`${fromElsewhere} \\(will be created\\)`));
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('at 140 columns the explanation sits beside the prompt and follows the typing and the cursor; F2 hides and shows it', async t => {
	const columns = 140;
	const rows = 40;
	const panelColumn = besideColumn(columns, rows);
	const terminal = await startRepl({cols: columns, rows});
	try {
		await terminal.type('run --rm');
		await terminal.waitFor(/› --rm\s+Delete the container as soon as it exits/);
		await terminal.type(' -it', {before: 'run --rm'});
		await terminal.waitFor(/-i\s+Keep the container’s standard input open/);
		await terminal.waitFor(/› -t\s+Give the container a terminal/);
		await terminal.type(' --mount type=volume,src=x,dst=/data', {before: 'run --rm -it'});
		await terminal.waitFor(/› type=volume,src=x,dst=\/data/);
		await terminal.waitFor('· type=volume: A volume managed by Docker.');
		t.regex(terminal.screen(), /✗ error: x is too short for a volume name/);
		await terminal.type(' alpine sh', {before: 'run --rm -it --mount type=volume,src=x,dst=/data'});
		await terminal.waitFor(/› sh\s+Command run in the container instead of the image’s/);
		t.notRegex(terminal.screen(), /· dst=\/data/, 'details are shown for the token under the cursor only');

		const screen = terminal.screenLines();
		const promptRow = screen.findIndex(line => line.startsWith(`dockwise> ${runLine}`));
		t.not(promptRow, -1);
		t.is(screen[promptRow]!.slice(0, panelColumn).trimEnd(), `dockwise> ${runLine}`);
		t.not(screen[promptRow]!.slice(panelColumn).trim(), '', 'the panel starts on the prompt\'s row, beside it');
		t.regex(rightColumn(terminal, panelColumn), /^› sh\s+Command run/m);

		// Back into the mount spec: its token is marked and detailed, sh is not marked any more.
		for (let step = 0; step < 11; step++) {
			terminal.press(keys.left);
		}

		await terminal.waitFor('· dst=/data: Path inside the container: /data.');
		t.regex(rightColumn(terminal, panelColumn), /^› type=volume,src=x,dst=\/data/m);
		t.notRegex(terminal.screen(), /› sh/);

		terminal.press(keys.f2);
		await terminal.waitFor(text => !text.includes('Path inside the container'));
		// From the prompt down to the volume panel, whose lines (the engine's, any length) may use the whole width now.
		const rows = terminal.screenLines();
		const promptAt = rows.findIndex(line => line.startsWith(`dockwise> ${runLine}`));
		const volumesAt = rows.findIndex(line => line.startsWith('Volumes'));
		t.is(rows.slice(promptAt, volumesAt === -1 ? undefined : volumesAt).map(line => line.slice(panelColumn)).join('').trim(), '', 'nothing is drawn beside the prompt');
		t.regex(terminal.screen(), new RegExp(`^dockwise> ${runLine}$`, 'm'), 'the line is kept, now on the whole width');
		terminal.press(keys.f2);
		await terminal.waitFor('· dst=/data: Path inside the container: /data.');
	} finally {
		await terminal.stop();
	}
});

engineSerialTest('at 80 columns the explanation sits below the prompt; :lang fr switches the panel and the messages to French', async t => {
	const terminal = await startRepl({cols: 80, rows: 30});
	try {
		await terminal.typeLine(runLine);
		await terminal.waitFor(/› sh\s+Command run in the container/);
		const screen = terminal.screenLines();
		const promptRow = screen.findIndex(line => line.startsWith('dockwise> run'));
		t.is(screen[promptRow], `dockwise> ${runLine}`, 'nothing beside the prompt');
		const markedRow = screen.findIndex(line => line.startsWith('› sh'));
		t.true(markedRow > promptRow, 'the panel is below the prompt');
		t.true(screen.findIndex(line => line.startsWith('Volumes')) > markedRow, 'and the volume panel below it');

		clearLine(terminal);
		await submit(terminal, ':lang fr');
		await terminal.waitFor('Langue : français.', {where: 'transcript'});
		await terminal.waitFor('pour l’aide');
		await terminal.typeLine(runLine);
		await terminal.waitFor(/› sh\s+Commande lancée dans le container/);
		t.regex(terminal.screen(), /✗ erreur\s: x est trop court pour un nom de volume/);
		t.regex(terminal.screen(), /^Volumes {2}\d+ nommés?/m);
		clearLine(terminal);

		await submit(terminal, `docker volume create --label ${testLabel}=1 ${frenchVolume}`);
		await terminal.waitFor(`◆ volume ${frenchVolume} créé`, {where: 'transcript'});
		t.deepEqual(narrationAbout(terminal, frenchVolume), [`volume ${frenchVolume} créé`]);
		await waitForIdlePrompt(terminal);
	} finally {
		await terminal.stop();
	}
});

// The tutorial's line with names unique to the run (never created: the line is only typed), so a
// user's own my_volume does not make the panel scroll to it.
const longLine = `docker container run -it --name ${uniqueName('alpine')} --mount type=volume,src=${uniqueName('volume')},dst=/home/my_folder --volume $HOME:/home/my_folder2 --env GREETING=hello --workdir /home/my_folder --hostname dockwise-demo --rm alpine:latest sh`;

async function withFullVolumePanel(run: () => Promise<void>): Promise<void> {
	await Promise.all(fillers.map(async name => docker('volume', 'create', '--label', `${testLabel}=1`, name)));
	try {
		await run();
	} finally {
		await removeCreated({volumes: fillers});
	}
}

/**
Types a long line (the explanation panel at its tallest, the volume panel full),
moves about it and toggles both panels; tells whether the screen or the scrollback
was ever cleared, which Ink does on every frame once its live area is as tall as
the terminal, and whether the transcript written before is still in scrollback.
*/
async function redrawsKeepTranscript(terminal: ReplTerminal): Promise<{screenCleared: boolean; scrollbackCleared: boolean; transcriptKept: boolean}> {
	await terminal.waitFor(text => Number(/^Volumes {2}(\d+) named/m.exec(text)?.[1] ?? 0) >= fillers.length);
	await submit(terminal, ':help');
	await waitForIdlePrompt(terminal);
	await submit(terminal, 'volume ls --format "{{.Driver}} volume"');
	await waitForIdlePrompt(terminal);
	const transcriptBefore = terminal.everything().split('\n').slice(0, 20).join('\n');
	const rawBefore = terminal.rawOutput.length;

	await terminal.type(longLine);
	for (let step = 0; step < 40; step++) {
		terminal.press(keys.left);
	}

	terminal.press(keys.f3);
	await terminal.waitFor(text => !text.includes('Volumes'));
	terminal.press(keys.f3);
	await terminal.waitFor('Volumes');
	terminal.press(keys.f2);
	terminal.press(keys.f2);
	clearLine(terminal);
	await waitForIdlePrompt(terminal);

	const drawn = terminal.rawOutput.slice(rawBefore);
	return {
		screenCleared: drawn.includes('\u001B[2J'),
		scrollbackCleared: drawn.includes('\u001B[3J'),
		transcriptKept: terminal.everything().startsWith(transcriptBefore) && /^dockwise> :help$/m.test(terminal.everything()),
	};
}

for (const columns of [80, 140]) {
	engineSerialTest(`at ${columns}×24, with both panels full, many redraws never clear the screen: the transcript stays in scrollback`, async t => {
		await withFullVolumePanel(async () => {
			const terminal = await startRepl({cols: columns, rows: 24});
			try {
				t.deepEqual(await redrawsKeepTranscript(terminal), {screenCleared: false, scrollbackCleared: false, transcriptKept: true});
			} finally {
				await terminal.stop();
			}
		});
	});
}

engineSerialTest('at 80×16, with both panels full, redraws never clear the screen', async t => {
	await withFullVolumePanel(async () => {
		const terminal = await startRepl({cols: 80, rows: 16});
		try {
			t.deepEqual(await redrawsKeepTranscript(terminal), {screenCleared: false, scrollbackCleared: false, transcriptKept: true});
		} finally {
			await terminal.stop();
		}
	});
});

engineSerialTest('at 140×16, with both panels full, a long line wrapping beside the panel never clears the screen', async t => {
	await withFullVolumePanel(async () => {
		const terminal = await startRepl({cols: 140, rows: 16});
		try {
			t.deepEqual(await redrawsKeepTranscript(terminal), {screenCleared: false, scrollbackCleared: false, transcriptKept: true});
		} finally {
			await terminal.stop();
		}
	});
});
