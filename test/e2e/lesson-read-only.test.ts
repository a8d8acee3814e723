import test from 'ava';
import {lessonMessages} from '../../source/lesson/messages.js';
import {expectNew, persistenceLesson, stageHeading, tryCommand} from '../helpers/lesson-session.js';
import {ReplTerminal} from '../helpers/pty.js';
import {submit, waitForIdlePrompt} from '../helpers/repl-session.js';

// Without an engine (a daemon that cannot be reached), the lesson still teaches: its
// texts, the commands to type, and an honest note that nothing can be checked.

for (const lang of ['en', 'fr'] as const) {
	test(`${lang}: without an engine the lesson runs read-only to its end, and says that nothing was checked`, async t => {
		t.timeout(120_000);
		const l = persistenceLesson(lang);
		const m = lessonMessages(lang);
		const terminal = ReplTerminal.start({args: ['learn', 'persistence', '--lang', lang], env: {DOCKER_HOST: 'unix:///nonexistent.sock'}, cols: 140, rows: 45});
		try {
			await terminal.waitFor(stageHeading(l, 0), {where: 'transcript'});
			const start = terminal.transcript();
			t.true(start.includes(m('wouldCreate', {names: 'my_volume, my_alpine, my_alpine1, my_alpine2'})), 'what it would create, not "will create"');
			t.false(start.includes(m('willCreate', {names: 'my_volume, my_alpine, my_alpine1, my_alpine2'})));
			t.true(start.includes(m('readOnly', {reason: m('engine-unreachable')})), 'why, in the lesson\'s language');
			t.true(start.includes('  docker container run --rm --name my_alpine -it alpine:latest'), 'the command to type');
			await terminal.waitFor(m('cannotCheck'), {where: 'transcript'});
			await terminal.waitFor(`${m('progress', {number: 1, total: 7, title: l.stages[0]!.title})} · ${m('readOnlyTag')}`);

			// F4 still offers the command; it fails without an engine, and the lesson does not pretend to judge it.
			await expectNew(terminal, m('notChecked'), async () => tryCommand(terminal, 'docker container run --rm --name my_alpine -it alpine:latest'));
			t.false(terminal.transcript().includes(lang === 'en' ? '✗ Not yet.' : '✗ Pas encore.'), 'no hint for a check that could not run');
			await waitForIdlePrompt(terminal);

			for (let stage = 1; stage < l.stages.length; stage++) {
				await expectNew(terminal, stageHeading(l, stage), async () => submit(terminal, ':next'));
				await waitForIdlePrompt(terminal);
			}

			// The summary quotes the learner's session: without an engine, it says nothing was read.
			t.true(terminal.transcript().includes(m('notRead')));
			t.false(/\b0 (file|fichier)\(s\)/.test(terminal.transcript()), 'no file count it could not read');
			await expectNew(terminal, m('finishedReadOnly'), async () => submit(terminal, ':next'));
			t.false(terminal.transcript().includes(':clean'), 'nothing to clean: nothing could be created');
			await waitForIdlePrompt(terminal);
			await submit(terminal, ':quit');
			t.like(await terminal.exited, {exitCode: 0});
		} finally {
			await terminal.stop();
		}
	});
}
