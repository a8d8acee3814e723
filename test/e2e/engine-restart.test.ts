import test from 'ava';
import {PrivateEngine, privateEngineTest} from '../helpers/private-engine.js';
import {testLabel} from '../helpers/engine.js';
import type {ReplTerminal} from '../helpers/pty.js';
import {narrationAbout, startRepl, submit, waitForIdlePrompt} from '../helpers/repl-session.js';

// A throw-away dockerd of our own (own socket, data-root, exec-root and pidfile under
// /tmp, own network namespace, no bridge, no iptables): stopping it touches nothing else.

let privateEngine: PrivateEngine | undefined;
let terminal: ReplTerminal | undefined;

test.after.always(async () => {
	await terminal?.stop();
	// Stops the daemon (SIGTERM, then SIGKILL) and deletes its folder, volumes included.
	await privateEngine?.remove();
});

const awayBanner = /^Docker engine not answering; retrying.*Docker said: Cannot connect to the Docker daemon/m;
/** Any away banner, whatever the reason of the last attempt (a slow one under load says it took too long). */
const anyAwayBanner = /Docker engine not answering/;

privateEngineTest('the engine stops during a session: a banner says so; it comes back: the banner goes and commands work, dockwise never restarted', async t => {
	privateEngine = await PrivateEngine.create();
	await privateEngine.start();
	terminal = await startRepl({cols: 120, rows: 30, env: {DOCKER_HOST: privateEngine.socket}});
	await terminal.waitFor(/^Volumes {2}0 named/m);
	const pid = terminal.pid;

	await privateEngine.stop();
	// Waits are the helper's (30 s): a loaded machine spawns each docker process slowly.
	const away = await terminal.waitFor(awayBanner);
	// The banner is cut into rows at the panel's width, mid-word included.
	t.regex(away.replaceAll('\n', ''), /Is the docker daemon running\?(?!\.)/, 'docker\'s question mark is not followed by a stop');

	await privateEngine.start();
	// Reconnection backs off up to 5 s; the banner goes once the tracker has loaded the engine again.
	await terminal.waitFor(text => !anyAwayBanner.test(text));
	const volume = `restarted_${process.pid}`;
	await submit(terminal, `volume create --label ${testLabel}=1 ${volume}`);
	await terminal.waitFor(`◆ volume ${volume} created`, {where: 'transcript'});
	t.deepEqual(narrationAbout(terminal, volume), [`volume ${volume} created`]);
	// With its size once the engine has counted it ("0 B"), or without it before.
	await terminal.waitFor(new RegExp(`^ {2}${volume} {2}(?:[\\d.,]+ \\S+ {2})?unused`, 'm'));
	await waitForIdlePrompt(terminal);
	t.is(terminal.pid, pid);
	// The status bar's versions come from their own `docker version`, asked when the tracker saw the engine back.
	await terminal.waitFor(/engine \d+\.\d+/);
});
