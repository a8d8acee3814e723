import type {Lang} from '../i18n/catalogue.js';
import {terminalMessages} from '../text/messages.js';
import {restoreTerminalModes, type TerminalOutputGuard} from '../text/terminal-modes.js';

export type AfterCommandOptions = {
	lang: Lang;
	bracketedPaste: boolean;
	cursorVisible: boolean;
};

/**
After a piped command: the bytes that put the terminal modes back (always: a
command may have changed them in ways nobody saw), and what to tell the user
when it did change some (or when title/clipboard sequences were stripped).
*/
export function terminalAfterCommand(guard: TerminalOutputGuard, {lang, bracketedPaste, cursorVisible}: AfterCommandOptions): {restore: string; message: string[]} {
	const t = terminalMessages(lang);
	const changed = guard.changedModes();
	const message: string[] = [];
	if (changed.length > 0) {
		message.push(t('modes-restored', {modes: changed.map(mode => t(mode)).join(', ')}));
	}

	if (guard.strippedCount > 0) {
		message.push(t('osc-stripped', {count: guard.strippedCount}));
	}

	return {restore: restoreTerminalModes({bracketedPaste, cursorVisible, altScreen: changed.includes('alt-screen')}), message};
}
