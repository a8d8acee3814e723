import {execa} from 'execa';

/**
The terminal's own echo of typed keys, set for each hand-over. A container given
a terminal (`run -it`) shows what is typed itself: docker puts the terminal in
raw mode for it and, when it ends, back the way it found it. With echo on there,
the keys pressed between that and dockwise's own raw mode are printed by the
terminal (`^[[A`); with echo off they wait, unseen, and reach the prompt. Node
turns echo off only with raw mode, which would also stop Ctrl-C during a pull,
so `stty` changes the echo alone, on the terminal we share with it.
*/
export class TerminalEcho {
	#on = true;

	async set(on: boolean): Promise<void> {
		if (on === this.#on || !process.stdin.isTTY) {
			return;
		}

		const {exitCode} = await execa('stty', [on ? 'echo' : '-echo'], {stdin: 'inherit', stdout: 'ignore', stderr: 'ignore', reject: false, timeout: 5000});
		if (exitCode === 0) {
			this.#on = on;
		}
	}
}
