import type {ReplTranslate} from './messages.js';

type BuiltinSpec = {
	name: string;
	aliases: readonly string[];
	usage: string;
	summary: Parameters<ReplTranslate>[0];
};

/** The `:name` commands dockwise itself answers. Their behaviour lives with each front end. */
export const builtins = [
	{name: 'help', aliases: ['h', '?'], usage: ':help', summary: 'builtinHelp'},
	{name: 'quit', aliases: ['q', 'exit'], usage: ':quit', summary: 'builtinQuit'},
	{name: 'clear', aliases: ['cls'], usage: ':clear', summary: 'builtinClear'},
	{name: 'history', aliases: [], usage: ':history [N]', summary: 'builtinHistory'},
	{name: 'lang', aliases: ['language'], usage: ':lang en|fr', summary: 'builtinLang'},
	{name: 'state', aliases: [], usage: ':state [--json]', summary: 'builtinState'},
	{name: 'volume', aliases: ['vol'], usage: ':volume NAME', summary: 'builtinVolume'},
	{name: 'panel', aliases: ['panels'], usage: ':panel explain|volumes [on|off]', summary: 'builtinPanel'},
	{name: 'learn', aliases: ['lesson'], usage: ':learn [NAME]', summary: 'builtinLearn'},
	{name: 'next', aliases: [], usage: ':next', summary: 'builtinNext'},
	{name: 'back', aliases: ['prev'], usage: ':back', summary: 'builtinBack'},
	{name: 'skip', aliases: [], usage: ':skip', summary: 'builtinSkip'},
	{name: 'try', aliases: [], usage: ':try', summary: 'builtinTry'},
	{name: 'clean', aliases: [], usage: ':clean', summary: 'builtinClean'},
	{name: 'keep', aliases: [], usage: ':keep', summary: 'builtinKeep'},
	{name: 'changes', aliases: [], usage: ':changes', summary: 'builtinChanges'},
	{name: 'explain', aliases: ['x'], usage: ':explain [LINE]', summary: 'builtinExplain'},
] as const satisfies readonly BuiltinSpec[];

export type BuiltinName = (typeof builtins)[number]['name'];

export function findBuiltin(name: string): BuiltinName | undefined {
	const lower = name.toLowerCase();
	return builtins.find(builtin => builtin.name === lower || (builtin.aliases as readonly string[]).includes(lower))?.name;
}
