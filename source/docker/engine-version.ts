import {execa} from 'execa';

/**
The API version the engine speaks (`1.41`), undefined when no engine answers
within `timeout`. Asks the server, so it can be slow on a remote engine: call
it only when an explanation needs it (`explanation.engineFactsWanted`).
*/
export async function readEngineApiVersion(docker: string, {env = process.env, timeout = 5000}: {env?: NodeJS.ProcessEnv; timeout?: number} = {}): Promise<string | undefined> {
	try {
		const {stdout, failed} = await execa(docker, ['version', '--format', '{{.Server.APIVersion}}'], {env, timeout, reject: false});
		const version = String(stdout).trim();
		return !failed && /^\d+\.\d+$/.test(version) ? version : undefined;
	} catch {
		return undefined;
	}
}
