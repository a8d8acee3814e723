/** Go's `strconv.ParseBool`, which docker uses for every true/false value. */
export function parseGoBool(value: string): boolean | undefined {
	switch (value) {
		case '1':
		case 't':
		case 'T':
		case 'TRUE':
		case 'true':
		case 'True': {
			return true;
		}

		case '0':
		case 'f':
		case 'F':
		case 'FALSE':
		case 'false':
		case 'False': {
			return false;
		}

		default: {
			return undefined;
		}
	}
}

/** Sizes such as `64m`, `1.5GiB`, as `docker/go-units` RAMInBytes accepts them. */
export function isGoRamSize(value: string): boolean {
	return /^\d+(?:\.\d+)* ?[kKmMgGtTpP]?[iI]?[bB]?$/.test(value);
}

/** An octal number that fits 32 bits, as `strconv.ParseUint(value, 8, 32)` accepts it. */
export function isGoOctalUint32(value: string): boolean {
	return /^[0-7]+$/.test(value) && Number.parseInt(value, 8) <= 0xFF_FF_FF_FF;
}

/** Compares dotted versions (`1.41` < `1.42`, `28.2.2` < `29.3`). */
export function compareVersions(left: string, right: string): number {
	const a = left.split(/[.+-]/).map(part => Number.parseInt(part, 10));
	const b = right.split(/[.+-]/).map(part => Number.parseInt(part, 10));
	for (let index = 0; index < Math.max(a.length, b.length); index++) {
		const x = a[index] ?? 0;
		const y = b[index] ?? 0;
		if (Number.isNaN(x) || Number.isNaN(y)) {
			return 0;
		}

		if (x !== y) {
			return x < y ? -1 : 1;
		}
	}

	return 0;
}
