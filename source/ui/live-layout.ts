/** How the live area below the transcript is shared out. */
export type LiveLayout = {
	/** The explain panel sits beside the prompt rather than below it. */
	sideBySide: boolean;
	mainWidth: number;
	explainWidth: number;
	explainHeight: number;
	volumesHeight: number;
};

type LayoutInput = {
	columns: number;
	rows: number;
	/** Rows already taken by the banner, prompt, notices and status bar. */
	fixedRows: number;
	explain: boolean;
	volumes: boolean;
};

/** Widest terminal where panels are stacked; wider ones put the explanation beside the prompt. */
export const sideBySideColumns = 110;
const maxExplainHeight = 16;
const maxVolumesHeight = 12;
/**
Rows kept free below the live area: when Ink's live area reaches the terminal's
height it clears the whole screen and scrollback on every frame.
*/
export const spareRows = 2;

/** Columns of the prompt's column: all of them, unless the explanation sits beside it. */
export function mainColumnWidth(columns: number, explain: boolean): number {
	return explain && columns >= sideBySideColumns ? columns - explainColumnWidth(columns) - 1 : columns;
}

function explainColumnWidth(columns: number): number {
	return Math.min(64, Math.floor(columns * 0.45));
}

/** Pure: sizes for the panels so the live area always stays shorter than the terminal. */
export function liveLayout({columns, rows, fixedRows, explain, volumes}: LayoutInput): LiveLayout {
	const free = Math.max(0, rows - spareRows - fixedRows);
	const sideBySide = explain && columns >= sideBySideColumns;
	if (sideBySide) {
		const explainWidth = explainColumnWidth(columns);
		const mainWidth = mainColumnWidth(columns, explain);
		return {
			sideBySide,
			mainWidth,
			explainWidth,
			explainHeight: Math.min(maxExplainHeight, free),
			volumesHeight: volumes ? Math.min(maxVolumesHeight, free) : 0,
		};
	}

	const explainShare = explain ? (volumes ? Math.ceil(free * 0.55) : free) : 0;
	const explainHeight = Math.min(maxExplainHeight, explainShare);
	const volumesHeight = volumes ? Math.min(maxVolumesHeight, free - explainHeight) : 0;
	return {sideBySide, mainWidth: columns, explainWidth: columns, explainHeight, volumesHeight: Math.max(0, volumesHeight)};
}
