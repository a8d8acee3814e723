import type {Lang} from '../i18n/catalogue.js';
import {stateMessages} from './messages.js';

export type AfterRunFacts = {
	exitCode: number | undefined;
	signal: string | undefined;
	interrupted: boolean;
	/** The line was `docker run`. */
	isRun: boolean;
	/** The command given to the container (`sh -c ...`), empty for the image's default. */
	containerCommand: readonly string[];
	container?: {name: string};
	stillRunning: boolean;
	removedWhenStopped: boolean;
};

const shells = new Set(['sh', 'bash', 'ash', 'zsh', 'dash', 'ksh', 'fish']);
/** Exit codes of docker itself rather than of the container: 125 docker failed, 126 cannot run, 127 not found. */
const dockerCodes = new Set([125, 126, 127]);

/**
What the exit status of a `docker run` means, in words, and what still runs:
`docker run` exits with the status of the container's main process, so a
non-zero status is usually the shell's last command, not docker failing.
*/
export function afterRunLines(facts: AfterRunFacts, lang: Lang): string[] {
	const t = stateMessages(lang);
	const {container} = facts;
	if (!container) {
		return [];
	}

	if (facts.stillRunning) {
		return [
			t('still-running', {container: container.name}),
			...(facts.removedWhenStopped ? [t('still-running-removed-later')] : []),
		];
	}

	const code = facts.exitCode;
	if (!facts.isRun || code === undefined || code === 0 || dockerCodes.has(code) || facts.signal || facts.interrupted) {
		return [];
	}

	const [program] = facts.containerCommand;
	if (program === undefined) {
		return [t('exit-default', {container: container.name, code})];
	}

	const base = program.split('/').at(-1) ?? program;
	return shells.has(base)
		? [t('exit-shell', {container: container.name, code})]
		: [t('exit-process', {command: base, container: container.name, code})];
}

/** How the rewritten words read in the transcript (quoted where a shell would need it). */
export function shellWords(args: readonly string[]): string {
	return args.map(arg => /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll('\'', '\'\\\'\'')}'`).join(' ');
}
