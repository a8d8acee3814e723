import type {Lang} from '../i18n/catalogue.js';

/** What every front end of the REPL (terminal UI or plain lines) is started with. */
export type ReplOptions = {
	lang: Lang;
	/** The docker-compatible binary to run. */
	docker: string;
	env: NodeJS.ProcessEnv;
	home: string;
	/** Working directory: relative bind sources (`-v ./data:/data`) are resolved from it. */
	cwd: string;
	/** The user's shell, for `!` lines. */
	shell: string;
	prompt: string;
	/** `--yes`: in plain line mode, run destructive commands after printing what they delete. */
	assumeYes: boolean;
	/** `--strip-osc` / `DOCKWISE_STRIP_OSC=1`: remove title changes and clipboard writes (OSC 0/1/2/52) from commands' output. */
	stripOsc?: boolean;
	/** `dockwise learn NAME`: the lesson to start once the REPL is up. */
	lesson?: string;
	/** Names of the lessons on offer, for Tab after `:lesson`; none when absent. */
	lessons?: readonly string[];
};
