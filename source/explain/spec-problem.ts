/** Problems of a mount's value alone: their texts are `error.CODE` in `mount-messages.ts`. */
export type MountProblemCode =
	// `--mount`, checked by the docker client.
	| 'csv'
	| 'not-pair'
	| 'unknown-key'
	| 'unsupported-key'
	| 'invalid-value'
	| 'type-required'
	| 'target-required'
	| 'mixed-options'
	| 'bind-recursive-readonly'
	| 'bind-recursive-propagation'
	// Checked by the engine.
	| 'unknown-type'
	| 'relative-target'
	| 'target-root'
	| 'source-required'
	| 'source-not-allowed'
	| 'relative-source'
	| 'missing-source'
	| 'invalid-propagation'
	| 'duplicate-mount'
	// `-v`.
	| 'empty-spec'
	| 'empty-section'
	| 'too-many-fields'
	| 'mode-without-source'
	| 'invalid-mode'
	| 'propagation-on-volume'
	| 'nocopy-on-bind';

const sharedCodes = ['api-too-old', 'invalid-volume-name', 'volume-name-too-short'] as const;

/** Problems a mount shares with other commands (an engine too old, a volume's name): their texts are in `error-messages.ts`. */
export type SharedProblemCode = (typeof sharedCodes)[number];

export type SpecProblemCode = MountProblemCode | SharedProblemCode;

export function isSharedProblem(code: SpecProblemCode): code is SharedProblemCode {
	return (sharedCodes as readonly string[]).includes(code);
}

/**
Something docker will refuse in a `--mount` or `-v` value. `docker` is the
error as docker prints it (English, untranslated); `start`/`end` locate the
offending part inside the value.
*/
export type SpecProblem<Code extends SpecProblemCode = SpecProblemCode> = {
	code: Code;
	docker: string;
	start: number;
	end: number;
	params: Record<string, string>;
};
