export {assessLoss} from './assess-loss.js';
export {formatLossPreview, previewRows, type FormatPreviewOptions, type PreviewRow} from './format-preview.js';
export {guardMessages, type GuardTranslate} from './messages.js';
export type {AssessOptions, LossLine, LossLineKind, LossPreview, LossSeverity} from './types.js';
