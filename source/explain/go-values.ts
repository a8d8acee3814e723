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

/** Go's `strconv` error for a number it cannot read, as pflag reports it. */
export function goNumberError(func: 'ParseInt' | 'ParseUint', value: string, outOfRange: boolean): string {
	return `strconv.${func}: parsing ${goQuote(value)}: ${outOfRange ? 'value out of range' : 'invalid syntax'}`;
}

/** Go's `%q` for the plain strings docker quotes. */
export function goQuote(value: string): string {
	return JSON.stringify(value);
}

/**
`strconv.ParseInt(value, base, bits)` or `ParseUint`: the number, or why not.
Base 0 reads `0x`, `0o`, `0b` and leading-zero octal prefixes and `_` separators, as pflag's int flags do.
*/
export function parseGoInteger(value: string, options: {base: 0 | 10; bits: number; unsigned: boolean}): {value: bigint} | {error: 'syntax' | 'range'} {
	const sign = !options.unsigned && (value.startsWith('-') || value.startsWith('+')) ? value.slice(0, 1) : '';
	let digits = value.slice(sign.length);
	let radix = 10;
	if (options.base === 0) {
		const prefix = digits.slice(0, 2).toLowerCase();
		if (prefix === '0x' || prefix === '0o' || prefix === '0b') {
			radix = prefix === '0x' ? 16 : (prefix === '0o' ? 8 : 2);
			digits = digits.slice(2);
		} else if (digits.length > 1 && digits.startsWith('0')) {
			radix = 8;
			digits = digits.slice(1);
		}

		if (/^_|__|_$/.test(digits)) {
			return {error: 'syntax'};
		}

		digits = digits.replaceAll('_', '');
	}

	const alphabet = '0123456789abcdef'.slice(0, radix);
	if (digits === '' || [...digits.toLowerCase()].some(character => !alphabet.includes(character))) {
		return {error: 'syntax'};
	}

	let number = 0n;
	for (const character of digits.toLowerCase()) {
		number = number * BigInt(radix) + BigInt(alphabet.indexOf(character));
	}

	if (sign === '-') {
		number = -number;
	}

	const bits = BigInt(options.bits);
	const [minimum, maximum] = options.unsigned ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
	return number < minimum || number > maximum ? {error: 'range'} : {value: number};
}

const ramUnits: Record<string, number> = {'': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5};

/** `docker/go-units` RAMInBytes: `64m`, `1.5GiB` in bytes (binary units); undefined when it is not a size. */
export function goRamInBytes(value: string): number | undefined {
	const match = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(value);
	if (!match) {
		return undefined;
	}

	return Number.parseFloat(match[1]!) * ramUnits[(match[2] ?? '').toLowerCase()]!;
}

const durationUnits: Record<string, number> = {ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000};

/** Go's `time.ParseDuration`: milliseconds, or docker's error text. */
export function parseGoDuration(value: string): {milliseconds: number} | {error: string} {
	const quoted = goQuote(value);
	let rest = value;
	let sign = 1;
	if (rest.startsWith('-') || rest.startsWith('+')) {
		sign = rest.startsWith('-') ? -1 : 1;
		rest = rest.slice(1);
	}

	if (rest === '0') {
		return {milliseconds: 0};
	}

	if (rest === '') {
		return {error: `time: invalid duration ${quoted}`};
	}

	let total = 0;
	while (rest !== '') {
		const number = /^(\d*)(?:\.(\d*))?/.exec(rest)!;
		if (number[0] === '' || number[0] === '.') {
			return {error: `time: invalid duration ${quoted}`};
		}

		rest = rest.slice(number[0].length);
		const unit = /^[^\d.]*/.exec(rest)![0];
		if (unit === '') {
			return {error: `time: missing unit in duration ${quoted}`};
		}

		const factor = durationUnits[unit];
		if (factor === undefined) {
			return {error: `time: unknown unit ${goQuote(unit)} in duration ${quoted}`};
		}

		total += Number.parseFloat(number[0].startsWith('.') ? `0${number[0]}` : number[0]) * factor;
		rest = rest.slice(unit.length);
	}

	return {milliseconds: sign * total};
}

/** `big.Rat.SetString`, which reads `--cpus`: `1.5`, `3/2`, `1e2`; undefined when it cannot. */
export function parseGoRational(value: string): number | undefined {
	const fraction = /^([+-]?\d+)\/(\d+)$/.exec(value);
	if (fraction) {
		const denominator = Number(fraction[2]);
		return denominator === 0 ? undefined : Number(fraction[1]) / denominator;
	}

	return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value) ? Number(value) : undefined;
}
