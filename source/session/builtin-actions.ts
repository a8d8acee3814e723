import {isLang} from '../i18n/catalogue.js';
import {runLessonBuiltin} from './lesson-builtins.js';
import {describeError} from './error-reason.js';
import {localVolumeNamePattern} from '../line/docker-rules.js';
import {builtins, type BuiltinName} from '../repl/builtins.js';
import {replMessages, type ReplTranslate} from '../repl/messages.js';
import {formatStateText, formatVolumeContents, stateToJson} from '../state/format-state.js';
import {stateMessages} from '../state/messages.js';
import {narrate} from '../state/narrate.js';
import {keyBindings} from '../editor/key-bindings.js';
import {explainLine} from '../explain/index.js';
import {classifyLine} from '../line/classify.js';
import {formatExplanation} from './explanation-text.js';
import {formatColumns} from '../text/wrap-text.js';
import type {Session} from './session.js';
import type {MessageLevel} from './transcript-format.js';


export type BuiltinContext = {
	session: Session;
	/** The line after the command's name, as typed. */
	rest?: string;
	t: ReplTranslate;
	say: (lines: readonly string[], level?: MessageLevel) => void;
	clearScreen: () => void;
	quit: () => void;
};

/** What each `:name` command does in the terminal REPL. Resolves when it is done (`:volume` reads files). */
export async function runBuiltin(name: BuiltinName, args: readonly string[], {session, t, say, clearScreen, quit, rest = ''}: BuiltinContext): Promise<void> {
	const {lang} = session.getSnapshot();
	switch (name) {
		case 'quit': {
			// During a lesson, :quit leaves the lesson; once more leaves dockwise.
			if (session.lesson && !session.lesson.ended) {
				await session.lesson.quit();
				return;
			}

			say([t('goodbye')]);
			quit();
			return;
		}

		case 'clear': {
			clearScreen();
			return;
		}

		case 'help': {
			// Laid out for the terminal's width: keys and texts in two columns that never run into each other.
			const width = session.transcript.width();
			const keys = [
				...keyBindings(lang).map(binding => ({key: binding.keys, text: binding.description})),
				{key: 'F2 / F3', text: t('helpPanelKeys')},
				{key: 'PageUp / PageDown', text: t('helpScrollKeys')},
				{key: 'Alt-Up / Alt-Down', text: t('helpExplainScrollKeys')},
				{key: 'F1, Alt-E', text: t('helpExplainPrintKeys')},
			];
			say([
				t('helpTitle'),
				...t('helpLines').split('\n'),
				'',
				t('helpBuiltins'),
				...formatColumns(builtins.map(builtin => ({key: builtin.usage, text: t(builtin.summary)})), width),
				'',
				t('helpKeys'),
				...formatColumns(keys, width),
			]);
			return;
		}

		case 'lang': {
			const [choice] = args;
			if (choice && isLang(choice)) {
				session.setLang(choice);
				say([replMessages(choice)('langSet')]);
			} else {
				say([choice ? t('langUnknown', {lang: choice}) : t('builtinUsage', {usage: t('langUsage')})], 'error');
			}

			return;
		}

		case 'history': {
			const count = Number(args[0] ?? 20);
			const all = session.history.entries();
			const entries = all.slice(-Math.max(1, Number.isFinite(count) ? count : 20));
			const first = all.length - entries.length + 1;
			say(entries.length === 0 ? [t('historyEmpty')] : entries.map((entry, index) => `${String(first + index).padStart(5)}  ${entry.replaceAll('\n', '\n       ')}`));
			return;
		}

		case 'state': {
			const state = session.tracker.getState();
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

			if (!localVolumeNamePattern.test(volume)) {
				say([t('notAVolumeName', {name: volume})], 'error');
				return;
			}

			try {
				const contents = await session.tracker.volumeContents(volume);
				session.selectVolume(volume);
				say(formatVolumeContents(volume, contents, {lang}).split('\n'));
			} catch (error) {
				say([describeError(error, lang)], 'error');
			}

			return;
		}

		case 'learn':
		case 'next':
		case 'back':
		case 'skip':
		case 'try':
		case 'clean':
		case 'keep': {
			await runLessonBuiltin(name, args, {session, say});
			return;
		}

		case 'explain': {
			explainBuiltin(rest, {session, t, say});
			return;
		}

		case 'changes': {
			const changes = session.lastElsewhere;
			const m = stateMessages(lang);
			say(changes.length === 0 ? [m('changes-none')] : [m('changes-title', {count: changes.length}), ...narrate(changes, lang).map(line => `  ${line}`)]);
			return;
		}

		case 'panel': {
			const [panel, setting] = args;
			if ((panel !== 'explain' && panel !== 'volumes') || (setting !== undefined && setting !== 'on' && setting !== 'off')) {
				say([t('builtinUsage', {usage: t('panelUsage')})], 'error');
				return;
			}

			const visible = setting === undefined ? !session.getSnapshot().panels[panel] : setting === 'on';
			session.setPanel(panel, visible);
			say([t(visible ? 'panelShown' : 'panelHidden', {panel})]);
		}
	}
}

/** `:explain LINE`, or the last docker line of the history: the whole explanation, into the transcript. */
function explainBuiltin(rest: string, {session, t, say}: Pick<BuiltinContext, 'session' | 't' | 'say'>): void {
	const options = session.explainOptions();
	const context = {env: options.env ?? {}, home: options.home ?? ''};
	const line = rest === '' ? session.history.entries().findLast(entry => classifyLine(entry, context).kind === 'docker') : rest;
	if (line === undefined) {
		say([t('explainNothing')]);
		return;
	}

	if (classifyLine(line, context).kind !== 'docker') {
		say([t('explainNotDocker', {line})], 'error');
		return;
	}

	session.transcript.write(formatExplanation(explainLine(line, options), {lang: options.lang, width: process.stdout.columns || 80, line}));
}
