import type {Lang} from '../i18n/catalogue.js';
import {effectMessages} from './effect-messages.js';
import {mountMessages} from './mount-messages.js';
import {pruneSparesNamedSinceApi} from '../line/docker-rules.js';
import {compareVersions} from './go-values.js';
import {asksForHelp, isOn, lastValue, valuesOf} from './line-facts.js';
import type {MountAnalysis} from './mounts.js';
import type {ParsedLine} from './parse-line.js';
import type {ExplainedMount} from './types.js';

export type EffectContext = {
	lang: Lang;
	apiVersion: string | undefined;
	/** The REPL runs a foreground `run --rm` without `--rm` and removes the container itself once read (see docs/narration.md). */
	runsRmInPlace?: boolean;
};


/**
A few plain sentences saying what the command will do, especially to data.
Empty when the line is not understood well enough to say.
*/
export function describeEffects(parsed: ParsedLine, mounts: readonly MountAnalysis[], context: EffectContext): string[] {
	const t = effectMessages(context.lang);
	const node = parsed.node;
	if (!node) {
		return [];
	}

	const command = node.key;
	if (asksForHelp(parsed)) {
		return [command === '' ? t('root-help') : t('help', {command})];
	}

	if (command === '') {
		return parsed.globals.some(use => use.flag?.long === 'version') ? [t('version')] : [t('root-help')];
	}

	if (node.knowledge.group) {
		return [t('group-help', {command})];
	}

	const operands = parsed.operands.map(item => item.value);
	const names = operands.join(', ');
	const prune = pruneVolumes(context.apiVersion);
	const confirmation = () => isOn(parsed, 'force') ? t('no-confirmation') : t('asks-confirmation');

	switch (command) {
		case 'container run':
		case 'container create': {
			return containerEffects(parsed, mounts, context.lang, command === 'container run', context.runsRmInPlace);
		}

		case 'volume create': {
			const name = operands[0] ?? lastValue(parsed, 'name');
			const driver = lastValue(parsed, 'driver') ?? 'local';
			return name ? [t('volume-create', {name, driver}), t('volume-create-exists', {name})] : [t('volume-create-random', {driver})];
		}

		case 'volume ls': {
			return [t('volume-ls')];
		}

		case 'volume inspect': {
			return operands.length > 0 ? [t('volume-inspect', {names})] : [];
		}

		case 'volume rm': {
			return operands.length > 0 ? [t('volume-rm', {names}), t('volume-rm-in-use')] : [];
		}

		case 'volume prune': {
			return [isOn(parsed, 'all') ? t('volume-prune-named') : t(prune('volume-prune-anonymous', 'volume-prune-named', 'volume-prune-maybe-named')), confirmation()];
		}

		case 'container rm': {
			if (operands.length === 0) {
				return [];
			}

			return [
				t('container-rm', {names}),
				...(isOn(parsed, 'volumes') ? [t('container-rm-volumes')] : []),
				...(isOn(parsed, 'force') ? [t('container-rm-force')] : []),
			];
		}

		case 'container ls': {
			return [t(isOn(parsed, 'all') ? 'container-ls-all' : 'container-ls'), ...(isOn(parsed, 'size') ? [t('container-ls-size')] : [])];
		}

		case 'container exec': {
			const container = operands[0];
			const program = parsed.containerCommand.map(item => item.token.raw).join(' ');
			if (!container || program === '') {
				return [];
			}

			return [t('exec', {command: program, container}), ...(isOn(parsed, 'interactive') && isOn(parsed, 'tty') ? [t('exec-interactive')] : [])];
		}

		case 'container cp': {
			return operands.length === 2 ? [t('cp', {source: operands[0]!, destination: operands[1]!})] : [];
		}

		case 'container diff': {
			return operands[0] ? [t('diff', {container: operands[0]})] : [];
		}

		case 'container inspect': {
			return operands.length > 0 ? [t('inspect', {names})] : [];
		}

		case 'container logs': {
			return operands[0] ? [t('logs', {container: operands[0]}), ...(isOn(parsed, 'follow') ? [t('logs-follow')] : [])] : [];
		}

		case 'container start': {
			return operands.length > 0 ? [t('start', {names})] : [];
		}

		case 'container stop': {
			const seconds = lastValue(parsed, 'timeout') ?? lastValue(parsed, 'time') ?? '10';
			return operands.length > 0 ? [t('stop', {names, seconds}), t('stop-rm')] : [];
		}

		case 'image ls': {
			return [t('image-ls')];
		}

		case 'image pull': {
			return operands[0] ? [t('pull', {image: operands[0]})] : [];
		}

		case 'image rm': {
			return operands.length > 0 ? [t('image-rm', {names})] : [];
		}

		case 'system df': {
			return [t('system-df')];
		}

		case 'system prune': {
			return [
				t('system-prune'),
				...(isOn(parsed, 'all') ? [t('system-prune-all')] : []),
				...(isOn(parsed, 'volumes') ? [t(prune('system-prune-volumes', 'system-prune-volumes-named', 'system-prune-volumes-maybe-named'))] : []),
				confirmation(),
			];
		}

		default: {
			return [];
		}
	}
}

/** Picks the sentence for what a prune does to named volumes on this engine. */
function pruneVolumes(apiVersion: string | undefined) {
	return <Key extends string>(spared: Key, deleted: Key, unknown: Key): Key => {
		if (apiVersion === undefined) {
			return unknown;
		}

		return compareVersions(apiVersion, pruneSparesNamedSinceApi) < 0 ? deleted : spared;
	};
}

function containerEffects(parsed: ParsedLine, mounts: readonly MountAnalysis[], lang: Lang, starts: boolean, runsRmInPlace = false): string[] {
	const t = effectMessages(lang);
	const image = parsed.operands[0]?.value;
	if (!image) {
		return [];
	}

	const effects: string[] = [];
	const name = lastValue(parsed, 'name');
	effects.push(name ? t('create-named', {name, image}) : t('create-unnamed', {image}));
	const program = parsed.containerCommand.map(item => item.token.raw).join(' ');
	if (program !== '') {
		effects.push(t('runs-command', {command: program}));
	}

	for (const analysis of mounts) {
		if (analysis.mount) {
			effects.push(mountEffect(analysis.mount, lang));
		}
	}

	if (isOn(parsed, 'read-only')) {
		effects.push(t('read-only-root'));
	}

	for (const mapping of valuesOf(parsed, 'publish')) {
		effects.push(t('publish', {mapping}));
	}

	const network = lastValue(parsed, 'network') ?? lastValue(parsed, 'net');
	if (network) {
		effects.push(t('network', {network}));
	}

	if (starts) {
		const interactive = isOn(parsed, 'interactive');
		const tty = isOn(parsed, 'tty');
		if (isOn(parsed, 'detach')) {
			effects.push(t('start-detached'));
		} else if (interactive && tty) {
			effects.push(t('start-interactive-tty'));
		} else if (interactive) {
			effects.push(t('start-interactive'));
		} else if (tty) {
			effects.push(t('start-tty'));
		} else {
			effects.push(t('start-foreground'));
		}
	} else {
		effects.push(t('create-only', {container: name ?? '<id>'}));
	}

	if (isOn(parsed, 'rm')) {
		const anonymous = mounts.some(analysis => analysis.mount?.anonymous);
		const targets = mounts.flatMap(analysis => analysis.mount?.persistent ? [analysis.mount.target ?? analysis.mount.source ?? ''] : []).join(', ');
		if (targets === '') {
			effects.push(t(anonymous ? 'rm-anonymous' : 'rm'));
		} else {
			effects.push(t(anonymous ? 'rm-anonymous-outside' : 'rm-outside', {targets}));
		}
		if (runsRmInPlace && starts && !isOn(parsed, 'detach') && !lastValue(parsed, 'restart')) {
			effects.push(t('rm-in-place'));
		}
	} else if (starts) {
		effects.push(t('kept'));
	}

	return effects;
}

function mountEffect(mount: ExplainedMount, lang: Lang): string {
	const t = mountMessages(lang);
	const params = {
		source: mount.source ?? '',
		target: mount.target ?? '',
		type: mount.type,
		readOnly: mount.readOnly && mount.type !== 'image' ? t('effect.read-only') : '',
	};
	switch (mount.type) {
		case 'volume': {
			if (!mount.anonymous) {
				return t('effect.volume', params);
			}

			return t(mount.persistent ? 'effect.anonymous-kept' : 'effect.anonymous-removed', params);
		}

		case 'bind':
		case 'tmpfs':
		case 'image':
		case 'volumes-from': {
			return t(`effect.${mount.type}`, params);
		}

		default: {
			return t('effect.other', params);
		}
	}
}
