import type {Lang} from '../i18n/catalogue.js';
import {errorMessages} from './error-messages.js';
import {mountMessages} from './mount-messages.js';
import type {MountAnalysis} from './mounts.js';
import type {ExplainError} from './types.js';
import {cleanContainerPath} from './volume-spec.js';

export type MountPoints = {
	/** The mounts the container gets, in line order. */
	kept: MountAnalysis[];
	errors: ExplainError[];
};

/**
Settles the mounts as the engine does (registerMountPoints): `-v` sources
first, then `--mount`; two of them on one path, or a `-v` on a `--tmpfs`
path, is "Duplicate mount point". Exact repeats of a `-v` collapse (the
client keeps them in a set), a repeated `--tmpfs` path keeps its last
options, and an anonymous `-v` on a path already mounted is dropped.
*/
export function settleMountPoints(analyses: readonly MountAnalysis[], lang: Lang): MountPoints {
	const t = errorMessages(lang);
	const errors: ExplainError[] = [];
	const valid = analyses.filter(analysis => analysis.mount);
	const byFlag = (flag: string) => valid.filter(analysis => analysis.mount!.flag === flag);
	const dropped = new Set<MountAnalysis>();

	const specs = new Set<string>();
	const binds: MountAnalysis[] = [];
	const anonymous: MountAnalysis[] = [];
	for (const analysis of byFlag('--volume')) {
		if (specs.has(analysis.spec ?? '')) {
			dropped.add(analysis);
			continue;
		}

		specs.add(analysis.spec ?? '');
		(analysis.mount!.anonymous ? anonymous : binds).push(analysis);
	}

	const tmpfs = new Map<string, MountAnalysis>();
	for (const analysis of byFlag('--tmpfs')) {
		const earlier = tmpfs.get(analysis.rawTarget ?? '');
		if (earlier) {
			dropped.add(earlier);
		}

		tmpfs.set(analysis.rawTarget ?? '', analysis);
	}

	const mounted = new Set<string>();
	const duplicate = (analysis: MountAnalysis, shown: string) => {
		const docker = `Duplicate mount point: ${shown}`;
		errors.push({message: t('with-docker', {problem: mountMessages(lang)('error.duplicate-mount', {target: shown}), docker}), ...analysis.targetSpan!, docker});
	};

	for (const analysis of binds) {
		const target = analysis.mount!.target!;
		if (mounted.has(target) || tmpfs.has(target)) {
			duplicate(analysis, target);
		}

		mounted.add(target);
	}

	for (const analysis of byFlag('--mount')) {
		const target = cleanContainerPath(analysis.rawTarget ?? '');
		if (mounted.has(target)) {
			duplicate(analysis, analysis.rawTarget ?? target);
		}

		mounted.add(target);
	}

	const anonymousTargets = new Set<string>();
	for (const analysis of anonymous) {
		const target = analysis.mount!.target!;
		if (mounted.has(target) || anonymousTargets.has(target)) {
			dropped.add(analysis);
		}

		anonymousTargets.add(target);
	}

	return {kept: analyses.filter(analysis => !dropped.has(analysis)), errors};
}
