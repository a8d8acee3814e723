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
	/** Lines the whole explanation takes at the panel's width; without it the panel may take all the room it is given. */
	explainLines?: number;
};

/** Widest terminal where panels are stacked; wider ones put the explanation beside the prompt. */
export const sideBySideColumns = 110;
const maxVolumesHeight = 12;
/** Below the explanation, the volume panel keeps about this share of the free rows (3 at least, 12 at most). */
const volumesShare = 0.35;
/**
Rows kept free below the live area: when Ink's live area reaches the terminal's
height it clears the whole screen and scrollback on every frame.
*/
export const spareRows = 2;

/** Columns of the prompt's column: all of them, unless the explanation sits beside it. */
export function mainColumnWidth(columns: number, explain: boolean): number {
	return explain && columns >= sideBySideColumns ? columns - explainColumnWidth(columns) - 1 : columns;
}

/** Columns of the explanation panel: a column beside the prompt on wide terminals, the whole width below it otherwise. */
export function explainPanelWidth(columns: number): number {
	return columns >= sideBySideColumns ? explainColumnWidth(columns) : columns;
}

function explainColumnWidth(columns: number): number {
	return Math.min(64, Math.floor(columns * 0.45));
}

/**
Pure: sizes for the panels so the live area always stays shorter than the
terminal. The explanation takes the room it needs up to all the free rows (the
transcript above scrolls away); below the prompt, it leaves the volume panel a share.
*/
export function liveLayout({columns, rows, fixedRows, explain, volumes, explainLines}: LayoutInput): LiveLayout {
	const free = Math.max(0, rows - spareRows - fixedRows);
	const sideBySide = explain && columns >= sideBySideColumns;
	if (sideBySide) {
		const explainWidth = explainColumnWidth(columns);
		const mainWidth = mainColumnWidth(columns, explain);
		return {
			sideBySide,
			mainWidth,
			explainWidth,
			explainHeight: free,
			volumesHeight: volumes ? Math.min(maxVolumesHeight, free) : 0,
		};
	}

	const volumesFloor = volumes ? Math.min(maxVolumesHeight, Math.max(3, Math.floor(free * volumesShare)), free) : 0;
	const explainHeight = explain ? Math.max(0, Math.min(explainLines ?? free, free - volumesFloor)) : 0;
	const volumesHeight = volumes ? Math.min(maxVolumesHeight, free - explainHeight) : 0;
	return {sideBySide, mainWidth: columns, explainWidth: columns, explainHeight, volumesHeight: Math.max(0, volumesHeight)};
}
