import {useSyncExternalStore} from 'react';
import type {CommandPipeline, PipelinePhase} from '../session/command-pipeline.js';

export type CommandPump = {
	phase: PipelinePhase;
	/** A line the user submitted: false when it stays in the prompt (refused, or continued on a new line). */
	submit(text: string): boolean;
	/** Ctrl-C: stops what is under way and drops what was queued; false when nothing was. */
	interrupt(): boolean;
	/** The answer to "Run it?". */
	answer(yes: boolean): void;
	/** Runs what was queued before the app was (re)mounted. */
	resume(): void;
	quit(): void;
	/** True from the moment a command is taken until it and its narration are done. */
	isBusy(): boolean;
};

/** The Ink side of the command pipeline (source/session/command-pipeline.ts): its phase, as React state. */
export function useCommandPump(pipeline: CommandPipeline): CommandPump {
	const phase = useSyncExternalStore(pipeline.subscribe, pipeline.getPhase);
	return {
		phase,
		submit(text) {
			const result = pipeline.submit(text);
			return result === 'taken' || result === 'queued';
		},
		interrupt: pipeline.interrupt,
		answer: pipeline.answer,
		resume: pipeline.resume,
		quit: pipeline.quit,
		isBusy: pipeline.isBusy,
	};
}
