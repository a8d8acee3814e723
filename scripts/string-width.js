// Bundled in place of string-width (see build.mjs): the same answers, but
// string-width itself (its Unicode tables and segmenter cost ~10% of the start)
// is loaded the first time a text is not plain narrow characters.
import stripAnsi from 'strip-ansi';
import {narrowWidth} from '../source/text/narrow-width.ts';

let fullStringWidth;

export default function stringWidth(text, options = {}) {
	if (typeof text === 'string' && options.ambiguousIsNarrow !== false && !options.countAnsiEscapeCodes) {
		const width = narrowWidth(text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text);
		if (width !== undefined) {
			return width;
		}
	}

	// esbuild bundles this module and runs its top level here, on the first call: an
	// import would run it at start-up.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	fullStringWidth ??= require('../node_modules/string-width/index.js').default;
	return fullStringWidth(text, options);
}
