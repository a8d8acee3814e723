import {checkEngine, type EngineStatus} from '../docker/engine-status.js';
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
	readonly options: ReplOptions;
	private snapshot: ReplSnapshot;
	private readonly listeners = new Set<() => void>();
	private engineCheck: Promise<void> | undefined;

	constructor(options: ReplOptions) {
		this.options = options;
		this.snapshot = {lang: options.lang, engine: {state: 'checking'}};
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
