export type SpecProblemCode =
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
	| 'api-too-old'
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
	| 'invalid-volume-name'
	| 'volume-name-too-short'
	// `-v`.
	| 'empty-spec'
	| 'empty-section'
	| 'too-many-fields'
	| 'mode-without-source'
	| 'invalid-mode'
	| 'propagation-on-volume'
	| 'nocopy-on-bind';

/**
Something docker will refuse in a `--mount` or `-v` value. `docker` is the
error as docker prints it (English, untranslated); `start`/`end` locate the
offending part inside the value.
*/
export type SpecProblem = {
	code: SpecProblemCode;
	docker: string;
	start: number;
	end: number;
	params: Record<string, string>;
};
