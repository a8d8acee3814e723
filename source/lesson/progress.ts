/** Where a learner is in a lesson: saved after every move, so a lesson left half-way resumes. */
export type LessonProgress = {
	/** Index of the current stage. */
	stage: number;
	/** Added to every name of the lesson (`_2`), chosen at the start so nothing of the user's is touched. */
	suffix: string;
	/** Ids of the stages whose check passed. */
	passed: string[];
	/** Files the learner saw lost with a container, for the summary. */
	lostFiles: string[];
	/** The user's own empty volumes the learner chose to work in: used, never offered for removal. */
	reused: string[];
};

/** The lesson's names with `suffix`, by placeholder. */
export function suffixedNames(names: Readonly<Record<string, string>>, suffix: string): Record<string, string> {
	return Object.fromEntries(Object.entries(names).map(([key, value]) => [key, `${value}${suffix}`]));
}

/**
The first suffix (``, `_2`, `_3`...) under which none of the lesson's objects
exists yet: the lesson never works on, nor removes, something the user had.
*/
export function freeSuffix(names: readonly string[], taken: (name: string) => boolean): string {
	for (let index = 1; ; index++) {
		const suffix = index === 1 ? '' : `_${index}`;
		if (!names.some(name => taken(`${name}${suffix}`))) {
			return suffix;
		}
	}
}
