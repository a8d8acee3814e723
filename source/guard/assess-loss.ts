import {compareVersions} from '../explain/go-values.js';
import {confirmsWithoutForce} from '../line/docker-rules.js';
import type {Explanation} from '../explain/types.js';
import type {DockerState} from '../state/types.js';
import {confirmedArgs} from './confirmed-args.js';
import {containerRmFates, containerStopFates, prunedContainers} from './container-fates.js';
import {trustedAt} from './freshness.js';
import {emptyAssessment, type Assessment} from './losses.js';
import {allFilter, parsePruneFilters, type PruneFilters} from './prune-filters.js';
import {isOn, readCommand, valuesOf, type CommandLine} from './read-command.js';
import {renderPreview} from './render-loss.js';
import type {AssessOptions, LossPreview} from './types.js';
import {pruneSparesNamedSince, prunedVolumes, volumeRmFates} from './volume-fates.js';

/** Commands that ask `Are you sure you want to continue? [y/N]` themselves unless `--force`. */

/**
What a docker command would delete that the user could lose: files in volumes,
what containers wrote outside volumes, running containers killed. Undefined
when it deletes nothing of the kind, or when docker would refuse the line
before deleting anything (an error, `--help`). Pure: reads the explanation of
the line and dockwise's model of the engine.
*/
export function assessLoss(explanation: Explanation, model: DockerState, options: AssessOptions): LossPreview | undefined {
	const line = readCommand(explanation);
	if (!line || explanation.errors.some(error => error.docker !== undefined)) {
		return undefined;
	}

	if ([...line.globals, ...line.flags].some(use => use.long === 'help')) {
		return undefined;
	}

	const state = options.freshSince === undefined ? model : trustedAt(model, options.freshSince);
	const assessment = otherEngine(line) ?? fates(line, state, options.apiVersion);
	if (!assessment) {
		return undefined;
	}

	if (!state.loaded && !assessment.notes.some(note => note.kind === 'other-engine')) {
		assessment.notes.unshift({kind: 'not-loaded'});
	}

	const preview = renderPreview(assessment, {lang: options.lang, readLimit: options.readLimit ?? 20});
	if (!preview) {
		return undefined;
	}

	return confirmsWithoutForce.has(line.command) && !isOn(line.flags, 'force')
		? {...preview, confirmedArgs: confirmedArgs(explanation)}
		: preview;
}

/** `-H`/`--context` point docker elsewhere: dockwise's model says nothing about that engine. */
function otherEngine(line: CommandLine): Assessment | undefined {
	const use = line.globals.find(global => global.long === 'host' || global.long === 'context');
	if (!use) {
		return undefined;
	}

	const assessment = emptyAssessment();
	assessment.notes.push({kind: 'other-engine', flag: `--${use.long}${use.value === undefined ? '' : ` ${use.value}`}`});
	return assessment;
}

/** Undefined when docker refuses the line before deleting anything. */
function fates(line: CommandLine, state: DockerState, apiVersion: string | undefined): Assessment | undefined {
	switch (line.command) {
		case 'volume rm': {
			return volumeRmFates(line, state);
		}

		case 'volume prune': {
			return volumePruneFates(line, state, apiVersion);
		}

		case 'system prune': {
			return systemPruneFates(line, state, apiVersion);
		}

		case 'container rm': {
			return containerRmFates(line, state);
		}

		case 'container prune': {
			const filters = pruneFilters(line, ['until']);
			if (!filters) {
				return undefined;
			}

			return {...emptyAssessment(), ...prunedContainers(state, filters)};
		}

		case 'container stop':
		case 'container kill': {
			return containerStopFates(line, state);
		}
	}
}

/**
The `--filter` values, or undefined when docker refuses them: a value without
`=`, or a key the engine does not take for this prune (it validates them first;
checked here with `until` and `all` on `volume prune`, API 1.41).
*/
function pruneFilters(line: CommandLine, acceptedKeys: readonly string[], acceptsAll = false): PruneFilters | undefined {
	const filters = parsePruneFilters(valuesOf(line.flags, 'filter'));
	if (filters.malformed || filters.other.some(filter => !acceptedKeys.includes(filter.key)) || (!acceptsAll && filters.all.length > 0)) {
		return undefined;
	}

	return filters;
}

function volumePruneFates(line: CommandLine, state: DockerState, apiVersion: string | undefined): Assessment | undefined {
	const newEngine = apiVersion === undefined || compareVersions(apiVersion, pruneSparesNamedSince) >= 0;
	const filters = pruneFilters(line, [], newEngine);
	const allFlag = isOn(line.flags, 'all');
	if (!filters) {
		return undefined;
	}

	const allValue = allFilter(filters);
	// `--all` needs API 1.42 (the client refuses it before); `all=` with `--all` conflicts.
	if (allValue === 'invalid' || (allFlag && (!newEngine || allValue !== undefined))) {
		return undefined;
	}

	return {...emptyAssessment(), ...prunedVolumes(state, {apiVersion, all: allFlag || allValue === true, filters})};
}

/**
`system prune`: stopped containers first, then (with `--volumes`) the volumes
nobody uses any more, theirs included, by the same rule as `volume prune`
without `--all`; networks, images and build cache hold no user files.
*/
function systemPruneFates(line: CommandLine, state: DockerState, apiVersion: string | undefined): Assessment | undefined {
	const withVolumes = isOn(line.flags, 'volumes');
	// The client refuses `until` with `--volumes` before pruning anything (checked here).
	const filters = pruneFilters(line, withVolumes ? [] : ['until']);
	if (!filters) {
		return undefined;
	}

	const assessment = emptyAssessment();
	const containers = prunedContainers(state, filters);
	assessment.containers = containers.containers;
	assessment.notes.push(...containers.notes);
	if (withVolumes) {
		const removed = new Set(containers.containers.map(container => container.id));
		const volumes = prunedVolumes(state, {apiVersion, all: false, filters, removedContainers: removed});
		assessment.volumes = volumes.volumes;
		assessment.notes.push(...volumes.notes);
		const freed = new Set(Object.values(state.containers)
			.filter(container => removed.has(container.id))
			.flatMap(container => container.mounts.flatMap(mount => mount.type === 'volume' ? [mount.name] : [])));
		if (volumes.volumes.some(volume => freed.has(volume.name))) {
			assessment.notes.push({kind: 'volumes-after-containers'});
		}
	}

	assessment.notes.push({kind: 'system-prune-rest', allImages: isOn(line.flags, 'all')});
	return assessment;
}
