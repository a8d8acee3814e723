import type {CommandHelp, HelpFlag} from './types.js';

const sectionHeading = /^([A-Z][A-Za-z ]*):\s*$/;
// `  -v, --volume list     Bind mount a volume` or `      --rm     Automatically remove...`
const flagLine = /^ {2}(?:-([^\s-]), | {4})--([A-Za-z\d][\w-]*)(?: ([A-Za-z][\w-]*))? {2,}(\S.*)$/;
const commandLine = /^ {2}([a-z][\w-]*)\*? {2,}(\S.*)$/;
const defaultSuffix = / ?\(default (.*)\)$/;
const flagSections = new Set(['Options', 'Global Options']);
const commandSections = new Set(['Commands', 'Management Commands', 'Common Commands', 'Swarm Commands']);

/**
Reads the text `docker <path> --help` prints into a catalogue entry: usage,
description, aliases, flags (value type, default, short form) and
subcommands. Undefined when the text is not docker help (no `Usage:` line).
*/
export function parseHelpText(text: string, path: readonly string[]): CommandHelp | undefined {
	const lines = text.replaceAll('\r', '').split('\n');
	const usageIndex = lines.findIndex(line => line.startsWith('Usage:'));
	if (usageIndex === -1) {
		return undefined;
	}

	const help: CommandHelp = {
		path: [...path],
		usage: lines[usageIndex]!.slice('Usage:'.length).trim(),
		description: '',
		aliases: [],
		flags: [],
		subcommands: [],
	};

	let index = usageIndex + 1;
	// Further usage forms are indented (`\tdocker cp ...`).
	while (index < lines.length && /^\s+\S/.test(lines[index]!)) {
		index++;
	}

	const description: string[] = [];
	let section: string | undefined;
	let lastFlag: HelpFlag | undefined;

	for (; index < lines.length; index++) {
		const line = lines[index]!;
		const heading = sectionHeading.exec(line);
		if (heading) {
			section = heading[1];
			lastFlag = undefined;
			continue;
		}

		if (section === undefined) {
			if (line.trim() !== '' || description.length > 0) {
				description.push(line.trim());
			}

			continue;
		}

		if (line.trim() === '') {
			lastFlag = undefined;
			continue;
		}

		if (section === 'Aliases') {
			for (const alias of line.trim().split(/,\s*/)) {
				const words = alias.split(/\s+/).filter(Boolean);
				if (words[0] === 'docker') {
					help.aliases.push(words.slice(1));
				}
			}

			continue;
		}

		if (flagSections.has(section)) {
			const match = flagLine.exec(line);
			if (match) {
				const [, short, long, type, rest] = match;
				lastFlag = {long: long!, description: rest!.trim()};
				if (short) {
					lastFlag.short = short;
				}

				if (type) {
					lastFlag.type = type;
				}

				help.flags.push(lastFlag);
			} else if (lastFlag && /^ {10,}\S/.test(line)) {
				lastFlag.description += ` ${line.trim()}`;
			}

			continue;
		}

		if (commandSections.has(section)) {
			const match = commandLine.exec(line);
			if (match) {
				help.subcommands.push({name: match[1]!, description: match[2]!.trim()});
			}
		}
	}

	help.description = description.join(' ').replaceAll(/\s+/g, ' ').trim();
	for (const flag of help.flags) {
		const match = defaultSuffix.exec(flag.description);
		if (match) {
			flag.default = match[1]!;
			flag.description = flag.description.slice(0, match.index).trim();
		}
	}

	return help;
}
