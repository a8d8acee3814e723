import {useEffect, useRef} from 'react';
import {useStdin} from 'ink';
import {createKeyDecoder} from '../editor/decode-keys.js';
import type {KeyAction} from '../editor/key-action.js';

/**
Calls `onAction` for every key, decoded by our own decoder from the input Ink
reads. `useInput` is not used: it reports Backspace and Delete alike, turns a
fast "ab<Backspace>" into the text "ab\x7f" and drops Alt from word motions.
Ink's input parser has already split the raw chunk at escape sequences and
waited for a lone ESC, so each event is one escape sequence or a run of text.

While inactive, nothing is read and raw mode is released (for `docker run -it`).
Like `useInput`, this needs a TTY stdin: Ink throws otherwise.
*/
export function useKeyActions(onAction: (action: KeyAction) => void, {isActive, pastesAreMarked = false}: {isActive: boolean; pastesAreMarked?: boolean}): void {
	const {internal_eventEmitter: emitter, setRawMode} = useStdin();
	const handler = useRef(onAction);
	handler.current = onAction;

	useEffect(() => {
		if (!isActive) {
			return;
		}

		setRawMode(true);
		return () => {
			setRawMode(false);
		};
	}, [isActive, setRawMode]);

	useEffect(() => {
		if (!isActive) {
			return;
		}

		const decoder = createKeyDecoder({pastesAreMarked});
		const handleInput = (input: string) => {
			for (const action of decoder.push(input)) {
				handler.current(action);
			}
		};

		emitter.on('input', handleInput);
		return () => {
			emitter.removeListener('input', handleInput);
		};
	}, [isActive, pastesAreMarked, emitter]);
}
