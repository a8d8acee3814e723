import {Box, Text, useApp, useStdout} from 'ink';
import {useEffect, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {runPiped, type PipedCommand} from '../docker/run-command.js';
import type {CommandWindow} from '../docker/state-tracker.js';
import {formatLossPreview, type LossPreview} from '../guard/index.js';
import {formatHistoryWarning} from '../history/messages.js';
import {bindAssessor} from '../repl/assess-bind.js';
import {replMessages} from '../repl/messages.js';
import {summarizeOutcome} from '../repl/outcome.js';
import {planLine} from '../repl/plan-line.js';
import {isRunCommand} from '../repl/session-context.js';
import {splitCommands} from '../repl/split-commands.js';
import {typedVolumes} from '../repl/typed-volumes.js';
import {volumePanelView} from '../state/panel-view.js';
import {runBuiltin} from '../session/builtin-actions.js';
import {previewLoss} from '../session/preview-loss.js';
import {ConfirmLoss} from './ConfirmLoss.js';
import {EngineBanner, engineProblem} from './EngineBanner.js';
import {ExplainPanel} from './ExplainPanel.js';
import {liveLayout} from './live-layout.js';
import {OutputBuffer} from './output-buffer.js';
import {Prompt} from './Prompt.js';
import type {Session} from '../session/session.js';
import {RunningLine} from './RunningLine.js';
import {StatusBar} from './StatusBar.js';
import {formatEcho, formatMessage, formatOutcome, type MessageLevel} from '../session/transcript-format.js';
import {useExplanation} from './use-explanation.js';
import {useTerminalSize} from './use-terminal-size.js';
import {VolumePanel} from './VolumePanel.js';

/** Why the app unmounted: to quit, or to lend the terminal to an interactive command. */
export type ExitRequest =
	| {kind: 'quit'}
	| {kind: 'terminal'; file: string; args: string[]; wasDockerRun: boolean; window: CommandWindow};

type DockerRun = {args: string[]; terminal: boolean};

type Phase =
	| {kind: 'prompt'}
	/** Reading what a destructive command would delete. */
	| {kind: 'checking'}
	| {kind: 'confirming'; preview: LossPreview; run: DockerRun}
	| {kind: 'running'; startedAt: number; interrupting: boolean}
	/** Rendering nothing, on the way out; the app unmounts right after. */
	| {kind: 'leaving'; request: ExitRequest};

type Props = {
	session: Session;
	onExitRequest: (request: ExitRequest) => void;
};

const doubleCtrlCWindowMs = 2000;

export function App({session, onExitRequest}: Props) {
	const {exit} = useApp();
	const {write} = useStdout();
	const {columns, rows} = useTerminalSize();
	const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
	const dockerState = useSyncExternalStore(session.subscribeDockerState, session.getDockerState);
	const t = useMemo(() => replMessages(snapshot.lang), [snapshot.lang]);
	const {options} = session;
	const [phase, setPhase] = useState<Phase>({kind: 'prompt'});
	const [notice, setNotice] = useState<string | undefined>();
	const [line, setLine] = useState({text: '', cursor: 0});
	const [volumeScroll, setVolumeScroll] = useState<number | undefined>();
	const ctrlCArmedAt = useRef<number | undefined>(undefined);
	const running = useRef<PipedCommand | undefined>(undefined);
	const explanation = useExplanation(session, snapshot, line.text);

	useEffect(() => {
		session.transcript.attach(write);
		session.startBackgroundWork();
		if (session.startupWarning) {
			say([formatHistoryWarning(session.startupWarning, snapshot.lang)], 'warning');
			session.startupWarning = undefined;
		}

		runNextQueued();
		return () => {
			session.transcript.detach(write);
		};
	}, []);

	useEffect(() => {
		if (phase.kind === 'leaving') {
			onExitRequest(phase.request);
			exit();
		}
	}, [phase]);

	const say = (lines: readonly string[], level: MessageLevel = 'info') => {
		session.transcript.write(formatMessage(lines, level));
	};

	const leave = (request: ExitRequest) => {
		setPhase({kind: 'leaving', request});
	};

	const clearScreen = () => {
		write('\u001B[2J\u001B[3J\u001B[H');
	};

	/** Runs the next pasted command waiting in the queue, if any. */
	const runNextQueued = () => {
		const next = session.queue.shift();
		if (next !== undefined) {
			void execute(next, {queued: true});
		}
	};

	const startPiped = (file: string, args: string[], wasDockerRun: boolean, window: CommandWindow) => {
		const output = new OutputBuffer(text => {
			session.transcript.write(text);
		});
		const command = runPiped(file, args, {env: options.env, onOutput: (text, stream) => output.push(text, stream)});
		running.current = command;
		setPhase({kind: 'running', startedAt: performance.now(), interrupting: false});
		void command.done.then(outcome => {
			output.end();
			running.current = undefined;
			session.transcript.write(formatOutcome(summarizeOutcome(outcome, file, replMessages(session.getSnapshot().lang), {wasDockerRun})));
			session.narrateAfter(window);
			setPhase({kind: 'prompt'});
			if (session.getSnapshot().engine.state !== 'ready') {
				void session.refreshEngine();
			}

			runNextQueued();
		});
	};

	/** Echoes a command, then runs it; waits first for the previous command's narration, so the transcript stays in order. */
	const execute = async (text: string, {queued}: {queued: boolean}) => {
		const plan = planLine(text, {env: options.env, home: options.home}, t, session.help.snapshot());
		if (plan.kind === 'refuse') {
			if (queued) {
				session.transcript.write(formatEcho(options.prompt, text));
			}

			say(plan.lines, 'error');
			runNextQueued();
			return;
		}

		await session.narration;
		session.transcript.write(formatEcho(options.prompt, text));
		switch (plan.kind) {
			case 'nothing':
			case 'continue': {
				runNextQueued();
				break;
			}

			case 'builtin': {
				await runBuiltin(plan.name, plan.args, {session, t, say, clearScreen, quit: () => leave({kind: 'quit'})});
				if (plan.name !== 'quit') {
					runNextQueued();
				}

				break;
			}

			case 'host': {
				leave({kind: 'terminal', file: options.shell, args: ['-c', plan.command], wasDockerRun: false, window: session.tracker.beginCommand()});
				break;
			}

			case 'docker': {
				setPhase({kind: 'checking'});
				const preview = await previewLoss(session, text);
				if (preview) {
					setPhase({kind: 'confirming', preview, run: plan});
				} else {
					runDocker(plan);
				}

				break;
			}
		}
	};

	const runDocker = ({args, terminal}: DockerRun) => {
		const window = session.tracker.beginCommand();
		if (terminal) {
			leave({kind: 'terminal', file: options.docker, args, wasDockerRun: isRunCommand(args), window});
		} else {
			startPiped(options.docker, args, isRunCommand(args), window);
		}
	};

	/** The answer to "Run it?": the preview and the answer stay in the transcript, for the record. */
	const handleConfirmation = (yes: boolean) => {
		if (phase.kind !== 'confirming') {
			return;
		}

		const {preview, run} = phase;
		say(formatLossPreview(preview, {lang: snapshot.lang}), 'warning');
		if (yes) {
			say([t('confirmedRun')]);
			// Docker would ask again without --force: the guard adds it once the user said yes.
			runDocker(preview.confirmedArgs ? {args: preview.confirmedArgs, terminal: false} : run);
		} else {
			say([t('cancelledRun')]);
			setPhase({kind: 'prompt'});
			runNextQueued();
		}
	};

	const handleSubmit = (text: string): boolean => {
		setNotice(undefined);
		ctrlCArmedAt.current = undefined;
		if (running.current) {
			// Typed ahead while a command runs: it runs next, as in a shell.
			session.queue.push(...splitCommands(text));
			setLine({text: '', cursor: 0});
			return true;
		}

		const [first = '', ...rest] = splitCommands(text);
		if (rest.length > 0) {
			session.queue.push(...rest);
			void execute(first, {queued: true});
			setLine({text: '', cursor: 0});
			return true;
		}

		const plan = planLine(first, {env: options.env, home: options.home}, t, session.help.snapshot());
		if (plan.kind === 'refuse' && plan.keepLine) {
			say(plan.lines, 'error');
			return false;
		}

		if (plan.kind === 'continue') {
			return false;
		}

		void execute(first, {queued: false});
		setLine({text: '', cursor: 0});
		return true;
	};

	const handleInterrupt = (text: string) => {
		if (running.current) {
			// Like a shell: Ctrl-C stops the command and drops what was typed ahead.
			running.current.interrupt();
			session.queue.length = 0;
			setPhase(current => current.kind === 'running' ? {...current, interrupting: true} : current);
			return;
		}

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
		if (running.current) {
			return;
		}

		say([t('goodbye')]);
		leave({kind: 'quit'});
	};

	// The volume panel says itself when the daemon does not answer, and when it is back.
	const engineBannerText = snapshot.engine.state === 'unreachable' && snapshot.panels.volumes ? undefined : engineProblem(snapshot.engine, t);
	const layout = liveLayout({
		columns: Math.max(20, columns),
		rows,
		fixedRows: fixedRows(),
		explain: snapshot.panels.explain && explanation !== undefined,
		volumes: snapshot.panels.volumes,
	});

	const handleOtherKey = ({name}: {name: string}) => {
		switch (name) {
			case 'f2': {
				session.setPanel('explain', !session.getSnapshot().panels.explain);
				break;
			}

			case 'f3': {
				session.setPanel('volumes', !session.getSnapshot().panels.volumes);
				break;
			}

			case 'pageup':
			case 'pagedown': {
				const step = Math.max(1, layout.volumesHeight - 2) * (name === 'pageup' ? -1 : 1);
				setVolumeScroll(current => Math.max(0, (current ?? 0) + step));
				break;
			}

			default: {
				break;
			}
		}
	};

	const volumeView = useMemo(() => volumePanelView(dockerState, {
		...(explanation ? {typing: typedVolumes(explanation, dockerState)} : {}),
		assessBind: bindAssessor({home: options.home, lang: snapshot.lang}),
		...(snapshot.selectedVolume ? {selected: snapshot.selectedVolume} : {}),
	}), [dockerState, explanation, snapshot.lang, snapshot.selectedVolume]);

	if (phase.kind === 'leaving') {
		return null;
	}

	const width = Math.max(20, columns);
	const prompt = (
		<Prompt
			prefix={options.prompt}
			isActive={phase.kind === 'prompt' || phase.kind === 'running'}
			history={session.history}
			lang={snapshot.lang}
			onSubmit={handleSubmit}
			onChange={(text, cursor) => {
				setLine({text, cursor});
			}}
			onInterrupt={handleInterrupt}
			onEof={handleEof}
			onClearScreen={clearScreen}
			onOtherKey={handleOtherKey}
			onHistoryWarning={warning => {
				say([formatHistoryWarning(warning, snapshot.lang)], 'warning');
			}}
		/>
	);
	const runningLine = phase.kind === 'running'
		? <RunningLine startedAt={phase.startedAt} interrupting={phase.interrupting} t={t}/>
		: (phase.kind === 'checking' ? <Text dimColor>{t('checkingLoss')}</Text> : null);
	const confirmation = phase.kind === 'confirming'
		? <ConfirmLoss preview={phase.preview} lang={snapshot.lang} width={layout.mainWidth} isActive onAnswer={handleConfirmation} maxHeight={Math.max(4, rows - fixedRows() - 3)}/>
		: null;
	const explainPanel = layout.explainHeight > 0 && explanation
		? <ExplainPanel explanation={explanation} cursor={line.cursor} width={layout.explainWidth} lang={snapshot.lang} maxHeight={layout.explainHeight}/>
		: null;
	const volumePanel = layout.volumesHeight > 0
		? <VolumePanel view={volumeView} width={layout.mainWidth} maxHeight={layout.volumesHeight} lang={snapshot.lang} {...(volumeScroll === undefined ? {} : {scrollOffset: volumeScroll})}/>
		: null;

	return (
		<Box flexDirection="column" width={width}>
			<EngineBanner problem={engineBannerText} width={width}/>
			{/* The prompt keeps one place in the tree whatever the layout: moving it would remount it and lose the line. */}
			<Box flexDirection="row" width={width}>
				<Box flexDirection="column" width={layout.mainWidth} marginRight={layout.sideBySide ? 1 : 0}>
					{runningLine}
					{prompt}
					{confirmation}
					{notice ? <Text dimColor>{notice}</Text> : null}
					{layout.sideBySide ? volumePanel : null}
				</Box>
				{layout.sideBySide ? explainPanel : null}
			</Box>
			{layout.sideBySide ? null : explainPanel}
			{layout.sideBySide ? null : volumePanel}
			<StatusBar engine={snapshot.engine} t={t} width={width}/>
		</Box>
	);

	/** Rows taken whatever the panels do: the banner, the prompt's lines, a notice, the status bar. */
	function fixedRows(): number {
		const bannerRows = engineBannerText ? Math.ceil(engineBannerText.length / Math.max(10, columns - 4)) + 2 : 0;
		const promptRows = line.text.split('\n').reduce((total, part) => total + Math.ceil((options.prompt.length + part.length + 1) / Math.max(10, columns)), 0);
		return bannerRows + promptRows + (notice ? 1 : 0) + (phase.kind === 'running' ? 1 : 0) + 1;
	}
}
