import type {VolumeContents} from '../../state/types.js';
import {escapeDeep} from '../../text/escape-controls.js';
import {isLocalEngine} from '../engine-location.js';
import {inspectVolumes} from '../state-queries.js';
import type {DockerRunner} from '../state-runner.js';
import {readVolumeContents, VolumeContentsError, type ContentsVia} from '../volume-contents.js';
import type {ModelStore} from './model-store.js';

export type ContentsReaderOptions = {
	runner: DockerRunner;
	store: ModelStore;
	via: ContentsVia;
	/** Image of the helper container; default: the image most recently used. */
	helperImage?: string;
	signal: AbortSignal;
	now: () => number;
};

/** Reads a volume's files into the model, and answers whether the engine is on this machine (asked once). */
export class ContentsReader {
	readonly #options: ContentsReaderOptions;
	#localEngine: Promise<boolean> | undefined;

	constructor(options: ContentsReaderOptions) {
		this.#options = options;
	}

	/** Forgets where the engine runs (another engine now answers). */
	forgetPlace(): void {
		this.#localEngine = undefined;
	}

	async isLocalEngine(): Promise<boolean> {
		this.#localEngine ??= isLocalEngine(this.#options.runner);
		return this.#localEngine;
	}

	/** Reads a volume's files (see `readVolumeContents`) and records the result in the model. */
	async read(name: string, via: ContentsVia = this.#options.via): Promise<VolumeContents> {
		const {runner, store, signal, now} = this.#options;
		let volume = store.state.volumes[name];
		// Known only from events (a `create` replayed after the load, say): where its files are is not known yet.
		if (!volume || (!volume.detailed && volume.mountpoint === undefined)) {
			const {volumes} = await inspectVolumes(runner, [name], {signal});
			store.apply({kind: 'volume-details', volumes, missing: [], at: now()});
			volume = store.state.volumes[name];
			if (!volume) {
				throw new VolumeContentsError('contents-no-volume', {name});
			}
		}

		const helperImage = this.#options.helperImage ?? store.state.lastImage;
		const contents = await readVolumeContents({
			runner,
			name,
			...(volume.mountpoint ? {mountpoint: volume.mountpoint} : {}),
			via,
			...(helperImage ? {helperImage} : {}),
			isLocalEngine: async () => this.isLocalEngine(),
			signal,
			now,
		});
		store.apply({kind: 'volume-contents', name, contents});
		// The model's copy: file names with control characters escaped, like everything from the engine.
		return store.state.volumes[name]?.contents ?? escapeDeep(contents);
	}
}
