import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {formatDuration} from '../repl/format-duration.js';
import type {ReplTranslate} from '../repl/messages.js';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

type Props = {startedAt: number; interrupting: boolean; t: ReplTranslate};

/** The live line while a piped command runs: a spinner, the time so far, how to stop it. */
export function RunningLine({startedAt, interrupting, t}: Props) {
	const [now, setNow] = useState(() => performance.now());
	useEffect(() => {
		const timer = setInterval(() => setNow(performance.now()), 100);
		return () => clearInterval(timer);
	}, []);

	const frame = frames[Math.floor(now / 100) % frames.length];
	const elapsed = formatDuration(now - startedAt);
	return (
		<Text dimColor>
			<Text color="cyan">{frame}</Text> {interrupting ? t('interruptingHint') : t('runningHint', {elapsed})}
		</Text>
	);
}
