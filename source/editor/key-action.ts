/** Cursor motions inside the text. Line start and end are those of the current line of a multi-line text. */
export type Motion = 'left' | 'right' | 'word-left' | 'word-right' | 'line-start' | 'line-end';

/**
What a kill removes:
- `to-line-start` / `to-line-end`: Ctrl-U / Ctrl-K (at the edge of a line they take the line break, like Emacs);
- `shell-word-back`: Ctrl-W, back to the previous whitespace;
- `word-back` / `word-forward`: Alt-Backspace / Alt-d, over letters and digits.
*/
export type KillRange = 'to-line-start' | 'to-line-end' | 'shell-word-back' | 'word-back' | 'word-forward';

/** An abstract key press, decoded from the terminal's bytes by `createKeyDecoder`. */
export type KeyAction =
	| {type: 'insert'; text: string}
	/**
	Text pasted at once: may hold line breaks (see `editorReducer` for what a final line break does).
	`dropped`: the paste was longer than the decoder keeps (`maxPasteLength`); `text` is then empty
	and `dropped` counts what came, so the editor can say so.
	*/
	| {type: 'paste'; text: string; dropped?: {length: number; lineBreaks: number}}
	| {type: 'enter'}
	/** Alt-Enter: a line break without submitting. */
	| {type: 'newline'}
	| {type: 'move'; motion: Motion}
	/** Up arrow or Ctrl-P: previous line of a multi-line text, else previous history entry. */
	| {type: 'up'}
	/** Down arrow or Ctrl-N: next line of a multi-line text, else next history entry. */
	| {type: 'down'}
	| {type: 'delete-backward'}
	| {type: 'delete-forward'}
	| {type: 'kill'; range: KillRange}
	| {type: 'yank'}
	| {type: 'transpose'}
	| {type: 'search-backward'}
	/** Escape or Ctrl-G. */
	| {type: 'cancel'}
	/** Ctrl-C. */
	| {type: 'interrupt'}
	/** Ctrl-D: end of input on an empty line, delete forward otherwise. */
	| {type: 'eof'}
	/** Ctrl-L. */
	| {type: 'clear-screen'}
	/** A key the editor has no use for (Tab, Page Up, F1...), for the application to bind. */
	| {type: 'other'; name: string; sequence: string};
