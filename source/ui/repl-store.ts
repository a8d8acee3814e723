import {checkEngine, type EngineStatus} from '../docker/engine-status.js';
import {openHistory, type HistoryStore, type HistoryWarning} from '../history/history-store.js';
import type {Lang} from '../i18n/catalogue.js';
import type {ReplOptions} from '../repl/session-context.js';

export type ReplSnapshot = {
	lang: Lang;
	engine: EngineStatus;
};

/**
What outlives one mount of the Ink app: the REPL unmounts Ink while an
interactive command owns the terminal and mounts it again afterwards, so
anything that must survive lives here, outside React.
*/
export class ReplStore {
	static async open(options: ReplOptions): Promise<ReplStore> {
		const {history, warning} = await openHistory({env: options.env, home: options.home});
		return new ReplStore(options, history, warning);
	}

	readonly options: ReplOptions;
	readonly history: HistoryStore;
	/** Told once, at the first mount. */
	startupWarning: HistoryWarning | undefined;
	private snapshot: ReplSnapshot;
	private readonly listeners = new Set<() => void>();
	private engineCheck: Promise<void> | undefined;

	constructor(options: ReplOptions, history: HistoryStore, startupWarning?: HistoryWarning) {
		this.options = options;
		this.history = history;
		this.startupWarning = startupWarning;
		this.snapshot = {lang: options.lang, engine: {state: 'checking'}};
	}

	/** Waits for history writes still in flight. */
	async close(): Promise<void> {
		await this.history.flush();
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	readonly getSnapshot = (): ReplSnapshot => this.snapshot;

	setLang(lang: Lang): void {
		this.update({lang});
	}

	/** Asks docker for versions and context; concurrent calls share one check. */
	async refreshEngine(): Promise<void> {
		this.engineCheck ??= checkEngine(this.options.docker, this.options.env).then(engine => {
			this.update({engine});
		}).finally(() => {
			this.engineCheck = undefined;
		});
		return this.engineCheck;
	}

	private update(change: Partial<ReplSnapshot>): void {
		this.snapshot = {...this.snapshot, ...change};
		for (const listener of this.listeners) {
			listener();
		}
	}
}
