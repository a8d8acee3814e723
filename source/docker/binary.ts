/**
The docker-compatible binary to run: `--docker PATH` wins, then `DOCKWISE_DOCKER`,
then `docker` from PATH.
*/
export function resolveDockerBinary(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
	return flag || env['DOCKWISE_DOCKER'] || 'docker';
}

/**
Whether the binary is Podman (its name says so: `podman`, a wrapper named
`podman-…`): a few queries need Podman's own templates. Podman answers
`--version` as `podman version 4.3.1`, but asking would cost a process.
*/
export function isPodmanBinary(binary: string): boolean {
	return /podman[^/\\]*$/i.test(binary);
}
