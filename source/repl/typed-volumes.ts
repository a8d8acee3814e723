import type {Explanation} from '../explain/index.js';
import type {TypedVolumes} from '../state/panel-view.js';
import type {DockerState} from '../state/types.js';

const volumeCommandsNamingVolumes = new Set(['volume create', 'volume rm', 'volume inspect', 'volume update']);

/**
The volumes a line being typed is about, for the volume panel to highlight: named
volumes it mounts, and those `volume create|rm|inspect` names. Those that do
not exist yet and that running the line would create are listed apart.
*/
export function typedVolumes(explanation: Explanation, state: DockerState): TypedVolumes {
	const referenced = new Set<string>();
	const willCreate = new Set<string>();
	for (const mount of explanation.mounts) {
		if (mount.type === 'volume' && mount.source && !mount.anonymous) {
			referenced.add(mount.source);
			if (!state.volumes[mount.source] && isContainerCreation(explanation.command)) {
				willCreate.add(mount.source);
			}
		}
	}

	if (explanation.command && volumeCommandsNamingVolumes.has(explanation.command)) {
		for (const token of explanation.tokens) {
			if (token.role === 'argument' && token.value !== '') {
				referenced.add(token.value);
				if (explanation.command === 'volume create' && !state.volumes[token.value]) {
					willCreate.add(token.value);
				}
			}
		}

		// The deprecated `volume create --name x` names the volume through a flag.
		for (const token of explanation.tokens) {
			if (explanation.command === 'volume create' && token.role === 'value' && token.flag === '--name' && token.value !== '') {
				referenced.add(token.value);
				if (!state.volumes[token.value]) {
					willCreate.add(token.value);
				}
			}
		}
	}

	return {referenced: [...referenced], willCreate: [...willCreate]};
}

function isContainerCreation(command: string | null): boolean {
	return command === 'container run' || command === 'container create';
}
