/** A problem in a script or lesson file, already worded: `FILE:LINE: message`. */
export class ScriptError extends Error {
	constructor(
		message: string,
		readonly file: string,
		readonly line: number,
	) {
		super(message);
		this.name = 'ScriptError';
	}
}
