/**
The docker-compatible binary to run: `--docker PATH` wins, then `DOCKWISE_DOCKER`,
then `docker` from PATH.
*/
export function resolveDockerBinary(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
	return flag || env['DOCKWISE_DOCKER'] || 'docker';
}
