import type {Lang} from '../i18n/catalogue.js';
import {createsContainer, isOn} from './line-facts.js';
import type {ParsedLine} from './parse-line.js';
import type {ExplainWarning, KnownEngineState} from './types.js';
import {warningMessages} from './warning-messages.js';

/** Programs that read commands from their input: without -i they get none and exit at once. */
const shells = new Set(['sh', 'ash', 'bash', 'dash', 'zsh', 'ksh', 'fish']);
const statusKeys = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'] as const;

/**
What the engine's known state says about the line: a `--name` a container
already has, a volume to delete that containers still use. Plus the shell run
without `-i`, which needs no state but belongs with these "it will not do what
you think" notes. `known` is data from the caller (the volume panel's model).
*/
export function knownStateWarnings(parsed: ParsedLine, known: KnownEngineState | undefined, lang: Lang): ExplainWarning[] {
	const t = warningMessages(lang);
	const status = (value: string) => (statusKeys as readonly string[]).includes(value) ? t(`status.${value as (typeof statusKeys)[number]}`) : value;
	const warnings: ExplainWarning[] = [];
	const command = parsed.node?.key;

	if (createsContainer(parsed)) {
		const nameUse = parsed.flags.findLast(use => use.flag?.long === 'name' && use.value !== undefined);
		const holder = nameUse && known?.containers.find(container => container.name === nameUse.value);
		if (nameUse && holder) {
			warnings.push({code: 'name-in-use', level: 'danger', message: t('name-in-use', {name: holder.name, status: status(holder.status)}), start: nameUse.start, end: nameUse.end});
		}

		const program = parsed.containerCommand[0];
		const programName = program?.value.split('/').at(-1) ?? '';
		if (command === 'container run' && program && parsed.containerCommand.length === 1 && shells.has(programName) && !isOn(parsed, 'interactive') && !isOn(parsed, 'detach')) {
			warnings.push({code: 'shell-exits', level: 'warning', message: t('shell-exits', {shell: program.value}), start: program.start, end: program.end});
		}
	}

	if (command === 'volume rm' && known) {
		for (const operand of parsed.operands) {
			const volume = known.volumes.find(candidate => candidate.name === operand.value);
			if (volume && volume.usedBy.length > 0) {
				const users = volume.usedBy.map(user => t('volume-user', {name: user.name, status: status(user.status)})).join(', ');
				warnings.push({code: 'volume-in-use', level: 'danger', message: t(volume.usedBy.length === 1 ? 'volume-in-use-one' : 'volume-in-use', {name: volume.name, users}), start: operand.start, end: operand.end});
			}
		}
	}

	return warnings;
}
