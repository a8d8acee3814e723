import {parseGoBool} from './go-values.js';
import type {ParsedLine} from './parse-line.js';
import type {FlagUseReading} from './types.js';

/**
The one reader of a line's flags outside the explainer (the guard, the
terminal decision...): what the parse read, so a flag value (`--name -it`), a
container's own arguments (`run alpine ls -t`) or a quoted `"--force=false"`
are read the way docker reads them, everywhere alike.
*/
export function readFlagUses(parsed: ParsedLine): FlagUseReading[] {
	return [...parsed.globals, ...parsed.flags].map(use => ({
		long: use.flag?.long ?? use.display.replace(/^-+/, ''),
		value: use.value,
		global: use.global,
		known: use.flag !== undefined,
	}));
}

/**
Whether a switch ends up on: `--force`, `--force=true`, `-f=1`; a later
`--force=false` (or any of Go's false forms, `FALSE`, `0`, `f`...) turns it off.
A value docker would refuse leaves it as it was (docker then refuses the line).
*/
export function isFlagOn(uses: ReadonlyArray<{long: string; value: string | undefined}>, long: string): boolean {
	let on = false;
	for (const use of uses) {
		if (use.long === long) {
			on = use.value === undefined ? true : (parseGoBool(use.value) ?? on);
		}
	}

	return on;
}

/** Every value given to a flag, in line order. */
export function flagValues(uses: ReadonlyArray<{long: string; value: string | undefined}>, long: string): string[] {
	return uses.flatMap(use => use.long === long && use.value !== undefined ? [use.value] : []);
}
