/**
The closed set of checks a lesson stage can ask for, with the parameters each
takes and the failure codes it can report (each a hint the lesson file must
write). Adding a kind means code here and in `evaluate-check.ts`; a lesson only
picks among them.
*/
export const checkSpecs = {
	none: {params: [], codes: []},
	'lost-file': {params: ['container', 'path'], codes: ['no-loss', 'wrong-path', 'not-read', 'not-removed']},
	'volume-inspected': {params: ['volume'], codes: ['other-name', 'missing']},
	'volume-file': {params: ['volume', 'target', 'file'], codes: ['relative-target', 'wrong-target', 'no-mount', 'wrong-volume', 'wrote-outside', 'no-file']},
	'shared-volume': {params: ['volume', 'first', 'second', 'file'], codes: ['no-first', 'not-mounted', 'no-file']},
	'bind-mount': {params: ['target'], codes: ['named-volume', 'wrong-target', 'failed']},
} as const satisfies Record<string, {params: readonly string[]; codes: readonly string[]}>;

export type CheckKind = keyof typeof checkSpecs;

export type Check =
	| {kind: 'none'}
	| {kind: 'lost-file'; container: string; path: string}
	| {kind: 'volume-inspected'; volume: string}
	| {kind: 'volume-file'; volume: string; target: string; file: string}
	| {kind: 'shared-volume'; volume: string; first: string; second: string; file: string}
	| {kind: 'bind-mount'; target: string};

export type HintCode<Kind extends CheckKind = CheckKind> = (typeof checkSpecs)[Kind]['codes'][number];

export function isCheckKind(value: string): value is CheckKind {
	return Object.hasOwn(checkSpecs, value);
}

/** Whether the check needs the contents of a volume read after the command. */
export function volumeToRead(check: Check): string | undefined {
	return check.kind === 'volume-file' || check.kind === 'shared-volume' ? check.volume : undefined;
}
