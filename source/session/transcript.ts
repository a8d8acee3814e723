/**
Where finished output goes: above Ink's live area, through Ink's own writer
(which redraws the live area after). While Ink is unmounted because a command
owns the terminal, text is held and written when the app is back, so nothing
lands in the middle of a container's shell.
*/
export class Transcript {
	/** Columns to wrap messages at (the terminal's); undefined when not a terminal: no wrapping. */
	width: () => number | undefined = () => undefined;
	private writer: ((text: string) => void) | undefined;
	private held: string[] = [];

	attach(writer: (text: string) => void): void {
		this.writer = writer;
		const held = this.held.join('');
		this.held = [];
		if (held !== '') {
			writer(held);
		}
	}

	detach(writer: (text: string) => void): void {
		if (this.writer === writer) {
			this.writer = undefined;
		}
	}

	write(text: string): void {
		if (text === '') {
			return;
		}

		if (this.writer) {
			this.writer(text);
		} else {
			this.held.push(text);
		}
	}
}
