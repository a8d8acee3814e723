import {bindMountWarnings} from '../explain/index.js';
import type {Lang} from '../i18n/catalogue.js';
import type {AssessBind} from '../state/panel-view.js';

const levelOrder = ['info', 'warning', 'danger'] as const;

/** The volume panel's verdict on a bind mount: the explain area's warnings about its host path. */
export function bindAssessor({home, lang}: {home: string; lang: Lang}): AssessBind {
	return ({source, readOnly}) => {
		const warnings = bindMountWarnings(source, {home, lang, readOnly});
		if (warnings.length === 0) {
			return undefined;
		}

		const level = warnings.reduce((worst, warning) => (levelOrder.indexOf(warning.level) > levelOrder.indexOf(worst) ? warning.level : worst), warnings[0]!.level);
		return {level, messages: warnings.map(warning => warning.message)};
	};
}
