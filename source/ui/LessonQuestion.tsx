import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {choiceForKey, type ConflictChoice, type ConflictQuestion} from '../lesson/name-conflict.js';
import {escapeControls} from '../text/escape-controls.js';

/** Keys this soon after the question appears were typed before it (the Enter of `:learn`): they answer nothing. */
const graceMs = 300;

/** Rows the question takes in the live area. */
export function lessonQuestionRows(question: ConflictQuestion): number {
	return question.lines.length + 2;
}

/** "my_volume already exists and holds 3 file(s). Use my_volume_2... instead? [Y/n]", answered by one key. */
export function LessonQuestion({question, width, onAnswer}: {question: ConflictQuestion; width: number; onAnswer: (choice: ConflictChoice) => void}) {
	const [shownAt] = useState(() => Date.now());
	useInput((input, key) => {
		if (Date.now() - shownAt < graceMs) {
			return;
		}

		const choice = choiceForKey({input, return: key.return, escape: key.escape, ctrl: key.ctrl}, question);
		if (choice) {
			onAnswer(choice);
		}
	});

	return (
		<Box flexDirection="column" width={width}>
			{question.lines.map((line, index) => (
				// Keyed by index: lines have no identity beyond their place.
				<Text key={index} color="yellow" wrap="truncate-end">{escapeControls(line)}</Text>
			))}
			<Text bold wrap="truncate-end">{escapeControls(question.question)}</Text>
			<Text dimColor wrap="truncate-end">{escapeControls(question.help)}</Text>
		</Box>
	);
}
