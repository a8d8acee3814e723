import type {Lang} from '../i18n/catalogue.js';
import {pruneSparesNamedSinceApi} from '../line/docker-rules.js';
import {compareVersions} from './go-values.js';
import {asksForHelp, createsContainer, isOn, usesOf} from './line-facts.js';
import type {MountAnalysis} from './mounts.js';
import type {ParsedLine} from './parse-line.js';
import type {ExplainWarning} from './types.js';
import {warningMessages} from './warning-messages.js';

export type WarningContext = {
	lang: Lang;
	apiVersion: string | undefined;
};

const rootLikeCapabilities = new Set(['ALL', 'SYS_ADMIN']);

/**
Warnings about the command as a whole: deprecated and unknown flags, data
that will vanish, isolation given away, named volumes a prune will delete.
Mount warnings come with the mounts.
*/
export function commandWarnings(parsed: ParsedLine, mounts: readonly MountAnalysis[], context: WarningContext): ExplainWarning[] {
	const t = warningMessages(context.lang);
	const warnings: ExplainWarning[] = [];
	for (const use of [...parsed.globals, ...parsed.flags]) {
		const at = {start: use.start, end: use.end};
		if (!use.flag) {
			const command = use.global ? 'docker' : `docker ${parsed.node?.key ?? ''}`.trim();
			const confirmed = parsed.issues.some(issue => issue.code === 'unknown-flag' && issue.confirmed && issue.start === use.start);
			warnings.push({code: 'unknown-flag', level: 'warning', message: t(confirmed ? 'unknown-flag-confirmed' : 'unknown-flag', {flag: use.typed, command}), ...at});
		} else if (use.flag.deprecatedShorthand) {
			warnings.push({code: 'deprecated-flag', level: 'info', message: t('deprecated-help-shorthand'), ...at});
		} else if (use.flag.knowledge?.deprecated) {
			const instead = use.flag.knowledge.deprecated[context.lang].replaceAll('{value}', use.value ?? '…');
			warnings.push({code: 'deprecated-flag', level: 'info', message: t('deprecated-flag', {flag: use.display, instead}), ...at});
		}
	}

	for (const mount of mounts) {
		warnings.push(...mount.warnings);
	}

	if (asksForHelp(parsed)) {
		return warnings;
	}

	if (createsContainer(parsed)) {
		warnings.push(...containerWarnings(parsed, mounts, t));
	}

	warnings.push(...secretWarnings(parsed, t));

	const command = parsed.node?.key;
	if (command === 'volume prune' || (command === 'system prune' && isOn(parsed, 'volumes'))) {
		const all = command === 'volume prune' && isOn(parsed, 'all');
		const pruneWarning = pruneNamedWarning(all, context.apiVersion, t);
		if (pruneWarning) {
			const commandItem = parsed.items.findLast(item => item.kind === 'command');
			warnings.push({...pruneWarning, start: commandItem?.start, end: commandItem?.end});
		}
	}

	return warnings;
}

/** Names of environment variables whose values are secrets (same rule as the history's redaction). */
const secretEnvName = /pass|pwd|secret|token|api_?key|access_?key|private_?key|credential|auth/i;

/** A password or a secret-looking variable written on the line, where `ps` and shell history can see it. */
function secretWarnings(parsed: ParsedLine, t: ReturnType<typeof warningMessages>): ExplainWarning[] {
	const warnings: ExplainWarning[] = [];
	const command = parsed.node?.key;
	for (const use of parsed.flags) {
		const at = {start: use.start, end: use.end};
		const long = use.flag?.long;
		// Without docker's help loaded, `-p` of login is not known yet: read as typed (docker's own flags: -p, --password).
		const password = long === 'password' || (!use.flag && (use.typed === '-p' || use.typed === '--password'));
		if (command === 'login' && password) {
			warnings.push({code: 'secret-in-line', level: 'warning', message: t('secret-password'), ...at});
		} else if (createsContainer(parsed) && long === 'env' && use.value?.includes('=')) {
			const name = use.value.split('=')[0]!;
			if (secretEnvName.test(name)) {
				warnings.push({code: 'secret-in-line', level: 'warning', message: t('secret-env', {name}), ...at});
			}
		}
	}

	return warnings;
}

function containerWarnings(parsed: ParsedLine, mounts: readonly MountAnalysis[], t: ReturnType<typeof warningMessages>): ExplainWarning[] {
	const warnings: ExplainWarning[] = [];
	const valid = mounts.flatMap(analysis => analysis.mount ? [analysis.mount] : []);
	// What survives the container (an anonymous volume does not, with --rm)...
	const keeping = valid.filter(mount => mount.persistent);
	// ...and what is storage at all, as opposed to memory (tmpfs) or image files.
	const storage = valid.filter(mount => mount.type !== 'tmpfs' && mount.type !== 'image');
	const rmUse = usesOf(parsed, 'rm').at(-1);

	if (rmUse && isOn(parsed, 'rm') && !isOn(parsed, 'read-only')) {
		const targets = keeping.map(mount => mount.target ?? mount.source ?? '').join(', ');
		warnings.push({
			code: 'rm-writable-loss',
			level: 'warning',
			message: keeping.length > 0 ? t('rm-writable-loss', {targets}) : t('rm-writable-loss-all'),
			start: rmUse.start,
			end: rmUse.end,
		});
	}

	const image = parsed.operands[0];
	// With --rm and nothing kept, the --rm warning already says that nothing is mounted: one sentence, not two.
	const saidByRm = warnings.some(warning => warning.code === 'rm-writable-loss') && keeping.length === 0;
	if (image && storage.length === 0 && !isOn(parsed, 'read-only') && !saidByRm) {
		warnings.push({code: 'no-persistence', level: 'info', message: t('no-persistence'), start: image?.start, end: image?.end});
	}

	for (const use of parsed.flags) {
		const long = use.flag?.long;
		const at = {start: use.start, end: use.end};
		const value = use.value ?? '';
		if (long === 'privileged' && isOn(parsed, 'privileged')) {
			warnings.push({code: 'privileged', level: 'danger', message: t('privileged.privileged'), ...at});
		} else if ((long === 'pid' || long === 'ipc') && value === 'host') {
			warnings.push({code: 'privileged', level: 'danger', message: t(long === 'pid' ? 'privileged.pid' : 'privileged.ipc'), ...at});
		} else if ((long === 'network' || long === 'net') && value === 'host') {
			warnings.push({code: 'privileged', level: 'danger', message: t('privileged.network'), ...at});
		} else if (long === 'cap-add') {
			for (const capability of value.split(',')) {
				const name = capability.trim().toUpperCase().replace(/^CAP_/, '');
				if (rootLikeCapabilities.has(name)) {
					warnings.push({code: 'privileged', level: 'danger', message: t('privileged.cap', {capability: capability.trim()}), ...at});
				}
			}
		}
	}

	return dropDuplicates(warnings);
}

function pruneNamedWarning(all: boolean, apiVersion: string | undefined, t: ReturnType<typeof warningMessages>): ExplainWarning | undefined {
	if (all) {
		return {code: 'prune-named', level: 'danger', message: t('prune-named.all')};
	}

	if (apiVersion === undefined) {
		return {code: 'prune-named', level: 'warning', message: t('prune-named.unknown-api')};
	}

	if (compareVersions(apiVersion, pruneSparesNamedSinceApi) < 0) {
		return {code: 'prune-named', level: 'danger', message: t('prune-named.old-api', {api: apiVersion})};
	}

	return undefined;
}

function dropDuplicates(warnings: ExplainWarning[]): ExplainWarning[] {
	const seen = new Set<string>();
	return warnings.filter(warning => {
		const key = `${warning.code}\u0000${warning.message}`;
		if (seen.has(key)) {
			return false;
		}

		seen.add(key);
		return true;
	});
}
