/** The step format shared by demo scripts (`dockwise demo`) and lessons (`dockwise learn`). */
export type {DemoScript, Key, KeyName, PauseStep, RunStep, SayStep, Step, TerminalSize} from './types.js';
export {defaultSize, defaultTimeoutSeconds, keyNames} from './types.js';
export {parseYaml, type ParsedYaml, type ScriptContext} from './context.js';
export {expectList, expectMap, readBoolean, readFields, readSeconds, readText, type Fields} from './fields.js';
export {isKeyName, parseKey} from './keys.js';
export {parseStep, parseSteps} from './parse-steps.js';
export {parseDemoScript} from './parse-demo-script.js';
export {parseSize, parseSizeText, sizeLimits} from './size.js';
export {ScriptError} from './script-error.js';
export {scriptMessages} from './messages.js';
