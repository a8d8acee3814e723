import {Box, Text, useApp, useStdout} from 'ink';
import {useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import wrapAnsi from 'wrap-ansi';
import {formatHistoryWarning} from '../history/messages.js';
import {completeLine} from '../complete/complete-line.js';
import {endsWithContinuation} from '../editor/text-input.js';
import {tokenize} from '../line/tokenize.js';
import {bindAssessor} from '../repl/assess-bind.js';
import {replMessages} from '../repl/messages.js';
import {typedVolumes} from '../repl/typed-volumes.js';
import type {CommandPipeline} from '../session/command-pipeline.js';
import type {Session} from '../session/session.js';
import {errorReason} from '../session/error-reason.js';
import {formatMessage, type MessageLevel} from '../session/transcript-format.js';
import {formatExplanation} from '../session/explanation-text.js';
import {explanationHeight} from '../explain/index.js';
import {volumePanelView} from '../state/panel-view.js';
import {ConfirmLoss} from './ConfirmLoss.js';
import {EngineBanner, engineProblem} from './EngineBanner.js';
import {startLesson} from '../session/lesson-builtins.js';
import {LessonPanel, lessonPanelRows} from './LessonPanel.js';
import {LessonQuestion, lessonQuestionRows} from './LessonQuestion.js';
import {ExplainPanel} from './ExplainPanel.js';
import {explainPanelWidth, liveLayout, mainColumnWidth, spareRows} from './live-layout.js';
import {Prompt} from './Prompt.js';
import {promptRowLimit, promptRows} from './prompt-rows.js';
import {RunningLine} from './RunningLine.js';
import {StatusBar} from './StatusBar.js';
import {useCommandPump} from './use-command-pump.js';
import {useExplanation} from './use-explanation.js';
import type {TerminalWatch} from './terminal-size.js';
import {VolumePanel} from './VolumePanel.js';

type Props = {
	session: Session;
	/** Runs what is submitted; the app leaves (unmounts) when it hands the terminal over or quits. */
	pipeline: CommandPipeline;
	/** The terminal's size, and the frame Ink drew last (cleared properly when the terminal narrows). */
	terminal: TerminalWatch;
};

const doubleCtrlCWindowMs = 2000;

export function App({session, pipeline, terminal}: Props) {
	const {exit} = useApp();
	const {write: inkWrite} = useStdout();
	const {columns, rows} = useSyncExternalStore(terminal.subscribe, terminal.getSnapshot);
	// Text written above the live area is not part of the frame Ink drew.
	const write = useMemo(() => (text: string) => {
		terminal.liveFrame.expect(text);
		inkWrite(text);
	}, [terminal, inkWrite]);
	const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
	const dockerState = useSyncExternalStore(session.subscribeDockerState, session.getDockerState);
	const t = useMemo(() => replMessages(snapshot.lang), [snapshot.lang]);
	const {options} = session;
	const [notice, setNotice] = useState<string | undefined>();
	const [line, setLine] = useState({text: '', cursor: 0});
	const [volumeScroll, setVolumeScroll] = useState<number | undefined>();
	// Lines scrolled in the explanation (Alt-Up/Alt-Down); undefined: fitted around the word under the cursor. Typing resets it.
	const [explainScroll, setExplainScroll] = useState<{text: string; offset: number} | undefined>();
	const [menuRows, setMenuRows] = useState(0);
	const ctrlCArmedAt = useRef<number | undefined>(undefined);
	const explained = useExplanation(session, snapshot, dockerState, line.text, line.cursor);
	const explanation = explained?.explanation;
	const clearScreen = () => {
		write('\u001B[2J\u001B[3J\u001B[H');
	};

	const pump = useCommandPump(pipeline);
	const {phase} = pump;

	// Once per mount (the REPL mounts Ink again after each interactive command), with this render's values.
	const onMounted = useEffectEvent(() => {
		session.startBackgroundWork();
		if (session.startupWarning) {
			say([formatHistoryWarning(session.startupWarning, snapshot.lang)], 'warning');
			session.startupWarning = undefined;
		}

		pump.resume();
		if (options.lesson && !session.lesson) {
			startLesson(session, options.lesson).catch((error: unknown) => {
				say([errorReason(error)], 'error');
			});
		}
	});

	useEffect(() => {
		session.transcript.attach(write);
		onMounted();
		return () => {
			session.transcript.detach(write);
		};
	}, [session, write]);

	// The prompt has taken the text by now (children's effects run first): it must not come back on a remount.
	const promptFillId = snapshot.promptFill?.id;
	useEffect(() => {
		if (promptFillId !== undefined) {
			session.clearPromptFill();
		}
	}, [session, promptFillId]);

	const leaving = phase.kind === 'terminal' || phase.kind === 'quitting';
	useEffect(() => {
		if (leaving) {
			exit();
		}
	}, [leaving, exit]);

	// The "press Ctrl-C again" notice goes when its window closes.
	useEffect(() => {
		if (notice === undefined) {
			return;
		}

		const timer = setTimeout(() => {
			setNotice(undefined);
		}, doubleCtrlCWindowMs);
		return () => {
			clearTimeout(timer);
		};
	}, [notice]);

	const say = (lines: readonly string[], level: MessageLevel = 'info') => {
		session.transcript.write(formatMessage(lines, level, session.transcript.width()));
	};

	const handleSubmit = (text: string): boolean => {
		setNotice(undefined);
		ctrlCArmedAt.current = undefined;
		const accepted = pump.submit(text);
		if (accepted) {
			setLine({text: '', cursor: 0});
		}

		return accepted;
	};

	const handleInterrupt = (text: string) => {
		if (pump.interrupt()) {
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
			pump.quit();
			return;
		}

		ctrlCArmedAt.current = now;
		setNotice(t('ctrlCAgain'));
	};

	const handleEof = () => {
		if (pump.isBusy()) {
			return;
		}

		say([t('goodbye')]);
		pump.quit();
	};

	// Without a docker program or the right to use the socket, there is no volume to show. The
	// volume panel says itself when the daemon does not answer, and when it is back.
	const volumesUsable = snapshot.engine.state !== 'missing-binary' && snapshot.engine.state !== 'permission-denied' && snapshot.engine.state !== 'failed';
	// The volume panel says when the engine is away, unless its events stream still looks alive (a stopped daemon).
	const engineBannerText = snapshot.engine.state === 'unreachable' && volumesUsable && dockerState.engine.kind !== 'up' ? undefined : engineProblem(snapshot.engine, t, snapshot.lang);
	const {lessonQuestion} = snapshot;
	// While a question is asked (the guard's or the lesson's), it gets the room and the keys.
	const confirming = phase.kind === 'confirming' || lessonQuestion !== undefined;
	// While a question is asked, it gets the room: a live area taller than the terminal wipes the scrollback.
	const explainShown = snapshot.panels.explain && explanation !== undefined && !confirming;
	const panelWidth = explainPanelWidth(Math.max(20, columns));
	const explainLines = useMemo(
		() => explained ? explanationHeight(explained.explanation, {lang: snapshot.lang, width: panelWidth, cursor: explained.cursor}) : 0,
		[explained, snapshot.lang, panelWidth],
	);
	const layout = liveLayout({
		columns: Math.max(20, columns),
		rows,
		fixedRows: fixedRows(),
		explain: explainShown,
		volumes: snapshot.panels.volumes && volumesUsable && !confirming,
		explainLines,
	});
	const scrollOffset = explainScroll?.text === line.text ? explainScroll.offset : undefined;

	/** The whole explanation of the line being typed, into the transcript (F1, Alt-E). */
	const printExplanation = () => {
		if (!explained) {
			return;
		}

		session.transcript.write(formatExplanation(explained.explanation, {lang: snapshot.lang, width: Math.max(20, columns), line: line.text}));
	};

	const scrollExplanation = (direction: 1 | -1) => {
		const page = Math.max(1, layout.explainHeight - 3);
		const last = Math.max(0, explainLines - Math.max(1, layout.explainHeight - 1));
		const text = line.text;
		// Keys pressed together land in one render: each step starts from the previous one.
		setExplainScroll(current => {
			const offset = current?.text === text ? current.offset : undefined;
			// From the fitted view, Alt-Down shows the next page of the whole explanation; Alt-Up at its top goes back to the fitted view.
			if (offset === undefined) {
				return direction === 1 && explainLines > layout.explainHeight ? {text, offset: Math.min(last, page)} : undefined;
			}

			if (direction === -1 && offset === 0) {
				return undefined;
			}

			return {text, offset: Math.max(0, Math.min(last, offset + (direction * page)))};
		});
	};

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

			case 'f4': {
				const command = session.lesson && !session.lesson.ended ? session.lesson.tryCommand() : undefined;
				if (command !== undefined) {
					session.fillPrompt(command);
				}

				break;
			}

			case 'f1':
			case 'alt-e': {
				printExplanation();
				break;
			}

			case 'alt-up':
			case 'alt-down': {
				scrollExplanation(name === 'alt-up' ? -1 : 1);
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

	// Keyed on the volumes the line names, not on the line: most keystrokes leave the panel as it is.
	const typing = useMemo(() => explanation ? typedVolumes(explanation, dockerState) : undefined, [explanation, dockerState]);
	const typingKey = typing ? `${typing.referenced.join('\0')}|${typing.willCreate.join('\0')}` : '';
	const sameTyping = useRef({key: typingKey, typing});
	if (sameTyping.current.key !== typingKey) {
		sameTyping.current = {key: typingKey, typing};
	}

	const panelTyping = sameTyping.current.typing;
	const volumeView = useMemo(() => volumePanelView(dockerState, {
		...(panelTyping ? {typing: panelTyping} : {}),
		assessBind: bindAssessor({home: options.home, lang: snapshot.lang}),
		...(snapshot.selectedVolume ? {selected: snapshot.selectedVolume} : {}),
	}), [dockerState, panelTyping, options.home, snapshot.lang, snapshot.selectedVolume]);

	// Rendering nothing, on the way out: the terminal goes to a command, or dockwise ends.
	if (leaving) {
		return null;
	}

	const width = Math.max(20, columns);
	const prompt = (
		<Prompt
			prefix={options.prompt}
			isActive={(phase.kind === 'prompt' || phase.kind === 'running' || phase.kind === 'checking') && lessonQuestion === undefined}
			history={session.history}
			lang={snapshot.lang}
			onSubmit={handleSubmit}
			shouldContinue={continuesOnNextLine}
			onChange={(text, cursor) => {
				setLine({text, cursor});
			}}
			onInterrupt={handleInterrupt}
			onEof={handleEof}
			onClearScreen={clearScreen}
			onOtherKey={handleOtherKey}
			fill={snapshot.promptFill}
			onHistoryWarning={warning => {
				say([formatHistoryWarning(warning, snapshot.lang)], 'warning');
			}}
			complete={(text, cursor) => completeLine(text, cursor, session.completionSources())}
			prepareCompletion={async completion => session.prepareCompletion(completion)}
			width={layout.mainWidth}
			maxRows={promptRowLimit(rows)}
			maxMenuRows={Math.max(0, rows - spareRows - (fixedRows() - menuRows))}
			onMenuRowsChange={setMenuRows}
		/>
	);
	const runningLine = phase.kind === 'running'
		? <RunningLine startedAt={phase.startedAt} interrupting={phase.interrupting} t={t}/>
		: (phase.kind === 'checking' ? <Text dimColor>{t('checkingLoss')}</Text> : null);
	const confirmation = phase.kind === 'confirming'
		? <ConfirmLoss preview={phase.preview} lang={snapshot.lang} width={layout.mainWidth} isActive queued={pipeline.queueLength} onAnswer={yes => {
				// A lone y or n typed while dockwise checked whether to ask was an answer given too soon, not a command.
				if (/^[yno]$/i.test(line.text.trim())) {
					session.fillPrompt('');
				}

				pump.answer(yes);
			}} onTypedLines={typed => {
				// Typed under the question: they wait their turn like any typed-ahead line.
				for (const typedLine of typed) {
					pipeline.submit(typedLine);
				}
			}} maxHeight={Math.max(3, rows - fixedRows() - spareRows - 1)}/>
		: null;
	const explainPanel = layout.explainHeight > 0 && explained
		? <ExplainPanel explanation={explained.explanation} cursor={explained.cursor} width={layout.explainWidth} lang={snapshot.lang} maxHeight={layout.explainHeight} {...(scrollOffset === undefined ? {} : {scroll: scrollOffset})}/>
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
					{lessonQuestion ? <LessonQuestion question={lessonQuestion} width={layout.mainWidth} onAnswer={choice => {
						session.answerLessonQuestion(choice);
					}}/> : null}
					{notice ? <Text dimColor>{notice}</Text> : null}
					{snapshot.lesson ? <LessonPanel view={snapshot.lesson} lang={snapshot.lang} width={layout.mainWidth}/> : null}
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
		const bannerRows = engineBannerText ? rowsOf(engineBannerText, '', Math.max(10, columns - 4)) + 2 : 0;
		const promptRowCount = promptRows(line, {prefix: options.prompt, continuationPrefix: '> ', width: mainColumnWidth(Math.max(20, columns), explainShown), maxRows: promptRowLimit(rows)});
		const statusRows = phase.kind === 'running' || phase.kind === 'checking' ? 1 : 0;
		return bannerRows + promptRowCount + menuRows + (notice ? 1 : 0) + statusRows + (snapshot.lesson ? lessonPanelRows : 0) + (lessonQuestion ? lessonQuestionRows(lessonQuestion) : 0) + 1;
	}
}

/** Enter adds a line, as in a shell, after a trailing backslash or inside an open quote. */
function continuesOnNextLine(text: string): boolean {
	return endsWithContinuation(text) || tokenize(text).problems.some(problem => problem.code === 'unbalanced-quote');
}

/** Rows a text takes once Ink wraps it at `width` (each line after its prefix, with room for the cursor). */
function rowsOf(text: string, prefix: string, width: number): number {
	return text.split('\n').reduce((total, part) => total + wrapAnsi(`${prefix}${part} `, width, {trim: false, hard: true}).split('\n').length, 0);
}
