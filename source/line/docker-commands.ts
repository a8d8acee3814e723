/**
Top-level docker commands, management commands and well-known plugins. A line
starting with one of these runs docker even without the `docker` prefix.
*/
export const topLevelDockerCommands: ReadonlySet<string> = new Set([
	'attach', 'bake', 'build', 'builder', 'buildx', 'checkpoint', 'commit', 'compose', 'config', 'container',
	'context', 'cp', 'create', 'debug', 'diff', 'events', 'exec', 'export', 'help', 'history', 'image', 'images',
	'import', 'info', 'init', 'inspect', 'kill', 'load', 'login', 'logout', 'logs', 'manifest', 'network', 'node',
	'pause', 'plugin', 'port', 'ps', 'pull', 'push', 'rename', 'restart', 'rm', 'rmi', 'run', 'save', 'scout',
	'search', 'secret', 'service', 'stack', 'start', 'stats', 'stop', 'swarm', 'system', 'tag', 'top', 'trust',
	'unpause', 'update', 'version', 'volume', 'wait',
]);
