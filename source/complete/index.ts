export {completeLine} from './complete-line.js';
export {completionKey, historySuggestion, type CompletionMenu, type CompletionContext, type CompletionKeyResult} from './prompt-keys.js';
export {menuRows, maxMenuRows, type MenuRow} from './menu-view.js';
export type * from './types.js';
export {warmModelIndex} from './model-index.js';
