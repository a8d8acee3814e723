/**
Where the engine runs, as far as its files are concerned: `local` when a
volume's Mountpoint and a bind source are paths of this machine, `remote` when
they are on the engine's machine (a TCP or ssh endpoint, a socket forwarded
from elsewhere, Docker Desktop's virtual machine).
*/
export type EnginePlace =
	| {kind: 'local'}
	| {kind: 'remote'; host: string; via: 'tcp' | 'ssh' | 'socket'};

export const localPlace: EnginePlace = {kind: 'local'};

/**
What an endpoint URL alone says: `remote` for tcp:// and ssh://, `socket` for
a unix socket or named pipe (this machine's, unless the engine says it runs
elsewhere: ask it), `undefined` for what is not an endpoint.
*/
export function placeOfEndpoint(endpoint: string): EnginePlace | 'socket' | undefined {
	const match = /^([a-z]+):\/\/(.*)$/i.exec(endpoint.trim());
	if (!match) {
		return undefined;
	}

	const scheme = match[1]!.toLowerCase();
	const rest = match[2]!;
	if (scheme === 'unix' || scheme === 'npipe') {
		return 'socket';
	}

	// The authority: no user, no path (an ssh URL may name the remote socket).
	const host = rest.split('/')[0]!.replace(/^[^@]*@/, '');
	if (scheme === 'ssh') {
		return {kind: 'remote', host, via: 'ssh'};
	}

	if (scheme === 'tcp' || scheme === 'http' || scheme === 'https') {
		return {kind: 'remote', host, via: 'tcp'};
	}

	return undefined;
}
