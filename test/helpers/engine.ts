import {randomBytes} from 'node:crypto';
import test, {type ImplementationFn} from 'ava';
import {execa} from 'execa';

/** The docker binary the tests drive; the same override the product honours. */
export const dockerBinary = process.env['DOCKWISE_DOCKER'] ?? 'docker';

/** Label put on everything a test creates, so a human can find leftovers. */
export const testLabel = 'dockwise.test';

async function probeEngine(): Promise<{ok: true; serverVersion: string} | {ok: false; reason: string}> {
	try {
		const {stdout} = await execa(dockerBinary, ['version', '--format', '{{.Server.Version}}'], {timeout: 15_000});
		return {ok: true, serverVersion: stdout.trim()};
	} catch (error) {
		const {shortMessage, stderr} = error as {shortMessage?: string; stderr?: string};
		const reason = (stderr?.trim().split('\n').at(-1)) || shortMessage || String(error);
		return {ok: false, reason};
	}
}

export const engine = await probeEngine();

if (!engine.ok) {
	if (process.env['CI']) {
		test('a docker engine answers (required when CI is set)', t => {
			t.fail(`no docker engine: ${engine.reason}. Run: npx zx scripts/engine.mjs`);
		});
	} else {
		console.log(`skipping docker engine tests: ${engine.reason}`);
	}
}

/**
`test` when a Docker engine answers. Without one it is `test.skip` on a laptop,
and in CI the file gets a failing test instead: CI must never skip the engine.
*/
type EngineTestFn = (title: string, implementation: ImplementationFn<[]>) => void;

export const engineTest: EngineTestFn = engine.ok ? test : test.skip;

/** `engineTest` for tests that must not run at the same time as the others of their file. */
export const engineSerialTest: EngineTestFn = engine.ok ? test.serial : test.serial.skip;

/** A name no other test run or user object will have. */
export function uniqueName(prefix: string): string {
	return `dockwise-test-${prefix}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** Runs docker quietly and returns stdout; throws with docker's own message. */
export async function docker(...args: string[]): Promise<string> {
	const {stdout} = await execa(dockerBinary, args, {timeout: 60_000});
	return stdout;
}

/**
Removes exactly the containers and volumes a test created, by name. Missing ones
are fine: the test may have removed them itself.
*/
export async function removeCreated({containers = [], volumes = []}: {containers?: string[]; volumes?: string[]}): Promise<void> {
	if (containers.length > 0) {
		await execa(dockerBinary, ['rm', '--force', '--volumes', ...containers], {reject: false});
	}

	if (volumes.length > 0) {
		await execa(dockerBinary, ['volume', 'rm', '--force', ...volumes], {reject: false});
	}
}
