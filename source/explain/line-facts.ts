import {parseGoBool} from './go-values.js';
import type {FlagUse, ParsedLine} from './parse-line.js';

/** Every use of the flag `long` (`volume` for `-v` and `--volume`), in line order. */
export function usesOf(parsed: ParsedLine, long: string): FlagUse[] {
	return parsed.flags.filter(use => use.flag?.long === long);
}

/** Values given to a flag that takes one, in line order. */
export function valuesOf(parsed: ParsedLine, long: string): string[] {
	return usesOf(parsed, long).flatMap(use => use.value === undefined ? [] : [use.value]);
}

/** The last value given to a flag (docker keeps the last one for single-valued flags). */
export function lastValue(parsed: ParsedLine, long: string): string | undefined {
	return valuesOf(parsed, long).at(-1);
}

/** Whether a switch is on: `--rm`, `--rm=true`; `--rm=false` turns it off again. */
export function isOn(parsed: ParsedLine, long: string, fallback = false): boolean {
	let on = fallback;
	for (const use of usesOf(parsed, long)) {
		on = use.value === undefined ? true : (parseGoBool(use.value) ?? on);
	}

	return on;
}

/** `docker run` and `docker create`: the commands that make a container. */
export function createsContainer(parsed: ParsedLine): boolean {
	const key = parsed.node?.key;
	return key === 'container run' || key === 'container create';
}

/** Whether `--help` (or `-h` meaning it) appears anywhere: docker then only prints help. */
export function asksForHelp(parsed: ParsedLine): boolean {
	return [...parsed.globals, ...parsed.flags].some(use => use.flag?.isHelp);
}
