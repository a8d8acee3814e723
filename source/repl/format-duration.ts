/** "0.04 s", "2.3 s", "1 min 05 s": short, and precise where it matters. */
export function formatDuration(milliseconds: number): string {
	const seconds = milliseconds / 1000;
	if (seconds < 1) {
		return `${seconds.toFixed(2)} s`;
	}

	if (seconds < 60) {
		return `${seconds.toFixed(1)} s`;
	}

	const minutes = Math.floor(seconds / 60);
	return `${minutes} min ${String(Math.floor(seconds % 60)).padStart(2, '0')} s`;
}
