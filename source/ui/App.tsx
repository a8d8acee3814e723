import {Box, Text, useApp, useInput, useStdout} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {runPiped, type PipedCommand} from '../docker/run-command.js';
import {formatHistoryWarning} from '../history/messages.js';
import {isLang} from '../i18n/catalogue.js';
import {builtins, type BuiltinName} from '../repl/builtins.js';
import {replMessages} from '../repl/messages.js';
import {summarizeOutcome} from '../repl/outcome.js';
import {planLine} from '../repl/plan-line.js';
import {isRunCommand} from '../repl/session-context.js';
import {EngineBanner} from './EngineBanner.js';
import {OutputBuffer} from './output-buffer.js';
import {Prompt} from './Prompt.js';
import type {ReplStore} from './repl-store.js';
import {RunningLine} from './RunningLine.js';
import {StatusBar} from './StatusBar.js';
import {formatEcho, formatMessage, formatOutcome, type MessageLevel} from './transcript-format.js';
import {useTerminalSize} from './use-terminal-size.js';

/** Why the app unmounted: to quit, or to lend the terminal to an interactive command. */
export type ExitRequest =
	| {kind: 'quit'}
	| {kind: 'terminal'; file: string; args: string[]; wasDockerRun: boolean};

type Phase =
	| {kind: 'prompt'}
	| {kind: 'running'; startedAt: number; interrupting: boolean}
	/** Rendering nothing, on the way out; the app unmounts right after. */
	| {kind: 'leaving'; request: ExitRequest};

type Props = {
	store: ReplStore;
	onExitRequest: (request: ExitRequest) => void;
};

const doubleCtrlCWindowMs = 2000;

export function App({store, onExitRequest}: Props) {
	const {exit} = useApp();
	const {write} = useStdout();
	const {columns} = useTerminalSize();
	const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
	const t = useMemo(() => replMessages(snapshot.lang), [snapshot.lang]);
	const {options} = store;
	const [phase, setPhase] = useState<Phase>({kind: 'prompt'});
	const [notice, setNotice] = useState<string | undefined>();
	const ctrlCArmedAt = useRef<number | undefined>(undefined);
	const running = useRef<PipedCommand | undefined>(undefined);

	useEffect(() => {
		if (snapshot.engine.state === 'checking') {
			void store.refreshEngine();
		}

		if (store.startupWarning) {
			say([formatHistoryWarning(store.startupWarning, snapshot.lang)], 'warning');
			store.startupWarning = undefined;
		}
	}, []);

	useEffect(() => {
		if (phase.kind === 'leaving') {
			onExitRequest(phase.request);
			exit();
		}
	}, [phase]);

	const say = useCallback((lines: readonly string[], level: MessageLevel = 'info') => {
		write(formatMessage(lines, level));
	}, [write]);

	const leave = (request: ExitRequest) => {
		setPhase({kind: 'leaving', request});
	};

	const runBuiltin = (name: BuiltinName, args: string[]) => {
		switch (name) {
			case 'quit': {
				say([t('goodbye')]);
				leave({kind: 'quit'});
				break;
			}

			case 'clear': {
				write('\u001B[2J\u001B[3J\u001B[H');
				break;
			}

			case 'help': {
				const width = Math.max(...builtins.map(builtin => builtin.usage.length)) + 2;
				say([
					t('helpTitle'),
					...t('helpLines').split('\n'),
					'',
					t('helpBuiltins'),
					...builtins.map(builtin => `  ${builtin.usage.padEnd(width)}${t(builtin.summary)}`),
				]);
				break;
			}

			case 'lang': {
				const [lang] = args;
				if (lang && isLang(lang)) {
					store.setLang(lang);
					say([replMessages(lang)('langSet')]);
				} else {
					say([lang ? t('langUnknown', {lang}) : t('builtinUsage', {usage: t('langUsage')})], 'error');
				}

				break;
			}

			case 'history': {
				const count = Number(args[0] ?? 20);
				const entries = store.history.entries().slice(-Math.max(1, Number.isFinite(count) ? count : 20));
				const first = store.history.entries().length - entries.length + 1;
				say(entries.length === 0 ? [t('historyEmpty')] : entries.map((entry, index) => `${String(first + index).padStart(5)}  ${entry.replaceAll('\n', '\n       ')}`));
				break;
			}
		}
	};

	const startPiped = (file: string, args: string[], wasDockerRun: boolean) => {
		const output = new OutputBuffer(text => write(text));
		const command = runPiped(file, args, {env: options.env, onOutput: (text, stream) => output.push(text, stream)});
		running.current = command;
		setPhase({kind: 'running', startedAt: performance.now(), interrupting: false});
		void command.done.then(outcome => {
			output.end();
			running.current = undefined;
			write(formatOutcome(summarizeOutcome(outcome, file, t, {wasDockerRun})));
			setPhase({kind: 'prompt'});
			if (store.getSnapshot().engine.state !== 'ready') {
				void store.refreshEngine();
			}
		});
	};

	const handleSubmit = (text: string): boolean => {
		const plan = planLine(text, {env: options.env, home: options.home}, t);
		setNotice(undefined);
		ctrlCArmedAt.current = undefined;
		if (plan.kind === 'refuse') {
			say(plan.lines, 'error');
			return !plan.keepLine;
		}

		if (plan.kind === 'continue') {
			return false;
		}

		write(formatEcho(options.prompt, text));
		switch (plan.kind) {
			case 'nothing': {
				break;
			}

			case 'builtin': {
				runBuiltin(plan.name, plan.args);
				break;
			}

			case 'host': {
				leave({kind: 'terminal', file: options.shell, args: ['-c', plan.command], wasDockerRun: false});
				break;
			}

			case 'docker': {
				if (plan.terminal) {
					leave({kind: 'terminal', file: options.docker, args: plan.args, wasDockerRun: isRunCommand(plan.args)});
				} else {
					startPiped(options.docker, plan.args, isRunCommand(plan.args));
				}

				break;
			}
		}

		return true;
	};

	const handleInterrupt = (text: string) => {
		const now = Date.now();
		if (text !== '') {
			ctrlCArmedAt.current = undefined;
			setNotice(undefined);
			return;
		}

		if (ctrlCArmedAt.current !== undefined && now - ctrlCArmedAt.current < doubleCtrlCWindowMs) {
			say([t('goodbye')]);
			leave({kind: 'quit'});
			return;
		}

		ctrlCArmedAt.current = now;
		setNotice(t('ctrlCAgain'));
	};

	const handleEof = () => {
		say([t('goodbye')]);
		leave({kind: 'quit'});
	};

	useInput((input, key) => {
		if (key.ctrl && input === 'c' && running.current) {
			running.current.interrupt();
			setPhase(current => current.kind === 'running' ? {...current, interrupting: true} : current);
		}
	}, {isActive: phase.kind === 'running'});

	if (phase.kind === 'leaving') {
		return null;
	}

	const width = Math.max(20, columns);
	return (
		<Box flexDirection="column" width={width}>
			<EngineBanner engine={snapshot.engine} t={t} width={width}/>
			{phase.kind === 'running'
				? <RunningLine startedAt={phase.startedAt} interrupting={phase.interrupting} t={t}/>
				: (
					<Prompt
						prefix={options.prompt}
						isActive={phase.kind === 'prompt'}
						history={store.history}
						lang={snapshot.lang}
						onSubmit={handleSubmit}
						onInterrupt={handleInterrupt}
						onEof={handleEof}
						onClearScreen={() => runBuiltin('clear', [])}
						onHistoryWarning={warning => say([formatHistoryWarning(warning, snapshot.lang)], 'warning')}
					/>
				)}
			{notice ? <Text dimColor>{notice}</Text> : null}
			<StatusBar engine={snapshot.engine} t={t} width={width}/>
		</Box>
	);
}
