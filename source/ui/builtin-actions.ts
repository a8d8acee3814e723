import {VolumeContentsError} from '../docker/volume-contents.js';
import {isLang} from '../i18n/catalogue.js';
import {builtins, type BuiltinName} from '../repl/builtins.js';
import {replMessages, type ReplTranslate} from '../repl/messages.js';
import {formatStateText, formatVolumeContents, stateToJson} from '../state/format-state.js';
import {keyBindings} from './prompt-messages.js';
import type {ReplStore} from './repl-store.js';
import type {MessageLevel} from './transcript-format.js';

export type BuiltinContext = {
	store: ReplStore;
	t: ReplTranslate;
	say: (lines: readonly string[], level?: MessageLevel) => void;
	clearScreen: () => void;
	quit: () => void;
};

/** What each `:name` command does in the terminal REPL. Resolves when it is done (`:volume` reads files). */
export async function runBuiltin(name: BuiltinName, args: readonly string[], {store, t, say, clearScreen, quit}: BuiltinContext): Promise<void> {
	const {lang} = store.getSnapshot();
	switch (name) {
		case 'quit': {
			say([t('goodbye')]);
			quit();
			return;
		}

		case 'clear': {
			clearScreen();
			return;
		}

		case 'help': {
			const width = Math.max(...builtins.map(builtin => builtin.usage.length)) + 2;
			const bindings = keyBindings(lang);
			const keyWidth = Math.min(34, Math.max(...bindings.map(binding => binding.keys.length)) + 2);
			say([
				t('helpTitle'),
				...t('helpLines').split('\n'),
				'',
				t('helpBuiltins'),
				...builtins.map(builtin => `  ${builtin.usage.padEnd(width)}${t(builtin.summary)}`),
				'',
				t('helpKeys'),
				...bindings.map(binding => `  ${binding.keys.padEnd(keyWidth)}${binding.description}`),
				`  ${'F2 / F3'.padEnd(keyWidth)}${t('helpPanelKeys')}`,
				`  ${'PageUp / PageDown'.padEnd(keyWidth)}${t('helpScrollKeys')}`,
			]);
			return;
		}

		case 'lang': {
			const [choice] = args;
			if (choice && isLang(choice)) {
				store.setLang(choice);
				say([replMessages(choice)('langSet')]);
			} else {
				say([choice ? t('langUnknown', {lang: choice}) : t('builtinUsage', {usage: t('langUsage')})], 'error');
			}

			return;
		}

		case 'history': {
			const count = Number(args[0] ?? 20);
			const all = store.history.entries();
			const entries = all.slice(-Math.max(1, Number.isFinite(count) ? count : 20));
			const first = all.length - entries.length + 1;
			say(entries.length === 0 ? [t('historyEmpty')] : entries.map((entry, index) => `${String(first + index).padStart(5)}  ${entry.replaceAll('\n', '\n       ')}`));
			return;
		}

		case 'state': {
			const state = store.tracker.getState();
			if (args.includes('--json')) {
				say([JSON.stringify(stateToJson(state), undefined, 2)]);
			} else {
				say(formatStateText(state, {lang}).split('\n'));
			}

			return;
		}

		case 'volume': {
			const [volume] = args;
			if (!volume) {
				say([t('builtinUsage', {usage: t('volumeUsage')})], 'error');
				return;
			}

			store.selectVolume(volume);
			try {
				const contents = await store.tracker.volumeContents(volume);
				say(formatVolumeContents(volume, contents, {lang}).split('\n'));
			} catch (error) {
				say([error instanceof VolumeContentsError ? error.describe(lang) : String(error)], 'error');
			}

			return;
		}

		case 'panel': {
			const [panel, setting] = args;
			if ((panel !== 'explain' && panel !== 'volumes') || (setting !== undefined && setting !== 'on' && setting !== 'off')) {
				say([t('builtinUsage', {usage: t('panelUsage')})], 'error');
				return;
			}

			const visible = setting === undefined ? !store.getSnapshot().panels[panel] : setting === 'on';
			store.setPanel(panel, visible);
			say([t(visible ? 'panelShown' : 'panelHidden', {panel})]);
		}
	}
}
