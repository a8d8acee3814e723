import {Box, Text} from 'ink';
import type {Lang} from '../i18n/catalogue.js';
import type {LessonView} from '../session/lesson-run.js';
import {lessonMessages} from '../lesson/messages.js';

/** Rows the lesson panel takes in the live area. */
export const lessonPanelRows = 2;

/** Where the learner is in the lesson, always in view under the prompt, and the keys that move. */
export function LessonPanel({view, lang, width}: {view: LessonView; lang: Lang; width: number}) {
	const t = lessonMessages(lang);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text bold color="magenta">{t('header', {title: view.title})}</Text>
				<Text> · {t('progress', {number: view.number, total: view.total, title: view.stageTitle})}</Text>
				{view.readOnly ? <Text color="yellow"> · {t('readOnlyTag')}</Text> : null}
			</Text>
			<Text dimColor wrap="truncate-end">{t('keysLine')}</Text>
		</Box>
	);
}
