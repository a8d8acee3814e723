export {explainLine} from './explain-line.js';
export {tokenIndexAt} from './cursor.js';
export {bindMountWarnings, type BindWarningOptions} from './bind-warnings.js';
export {parseMountSpec, mountKeys, type MountSpecResult, type ParsedMountSpec, type MountKeyField, type MountSpecOptions} from './mount-spec.js';
export {parseVolumeSpec, isValidVolumeMode, type VolumeSpecResult, type ParsedVolumeSpec, type VolumeSpecField} from './volume-spec.js';
export {parseHelpText} from './help-parser.js';
export {layoutExplanation, segmentLooks, wrap, type PanelLine, type PanelSegment, type SegmentStyle, type SegmentLook, type LayoutOptions} from './layout.js';
export type {SpecProblem, SpecProblemCode} from './spec-problem.js';
export type * from './types.js';
