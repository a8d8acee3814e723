import {localVolumeNamePattern} from '../line/docker-rules.js';
import type {SpecProblem} from './spec-problem.js';

/**
Checks a name for the `local` volume driver like the engine does when it
creates the volume; `start`/`end` locate the name in the caller's text.
*/
export function volumeNameProblem(name: string, start: number, end: number): SpecProblem<'invalid-volume-name' | 'volume-name-too-short'> | undefined {
	if (name.length === 1) {
		return {
			code: 'volume-name-too-short',
			docker: `create ${name}: volume name is too short, names should be at least two alphanumeric characters`,
			start,
			end,
			params: {name},
		};
	}

	if (!localVolumeNamePattern.test(name)) {
		return {
			code: 'invalid-volume-name',
			docker: `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
			start,
			end,
			params: {name},
		};
	}

	return undefined;
}
