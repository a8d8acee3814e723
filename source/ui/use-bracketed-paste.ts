import {useEffect} from 'react';
import {useStdout} from 'ink';

const enable = '\u001B[?2004h';
const disable = '\u001B[?2004l';

/**
Asks the terminal to mark pastes (`ESC [200~ ... ESC [201~`) while `enabled`,
so a pasted line break is never taken for Enter. Turned off again when disabled
or unmounted, so a `docker run -it` child never sees the markers.
*/
export function useBracketedPaste(enabled: boolean): void {
	const {stdout} = useStdout();
	useEffect(() => {
		if (!enabled) {
			return;
		}

		stdout.write(enable);
		return () => {
			stdout.write(disable);
		};
	}, [enabled, stdout]);
}
