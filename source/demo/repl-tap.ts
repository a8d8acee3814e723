import type {PipelineEventLike} from './repl-control.js';

let tap: ((event: PipelineEventLike) => void) | undefined;

/** Where the REPL's command events go while a demo player drives it (nowhere otherwise). */
export function setDemoTap(listener: ((event: PipelineEventLike) => void) | undefined): void {
	tap = listener;
}

export function demoEvent(event: PipelineEventLike): void {
	tap?.(event);
}
