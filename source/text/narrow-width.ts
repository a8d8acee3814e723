/**
Characters that are one terminal column each, whatever follows them: printable
ASCII, Latin letters and signs, punctuation (… “ ” •), arrows, box drawing and
geometric shapes (◆ ▶ ─), check marks. None joins a neighbour into one grapheme
(no combining mark, joiner or variation selector), none is wide or an emoji by
itself, and the ambiguous ones (East Asian Ambiguous) count as narrow.
test/text/narrow-width.test.ts checks each against string-width.
*/
const narrowText = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC\u2713\u2714\u2717\u2718]*$/;

/**
The width of `text` in terminal columns when it is made only of those
characters (then it is its length: all are one UTF-16 unit), else undefined.
string-width answers every text, but builds large Unicode tables (emoji,
grapheme segmenter) the first time it is loaded; the REPL's first frame needs
none of them (see scripts/string-width.js).
*/
export function narrowWidth(text: string): number | undefined {
	return narrowText.test(text) ? text.length : undefined;
}
