import {parseEventLine} from '../../source/state/parse-event.js';
import {initialState, reduceState} from '../../source/state/reducer.js';
import type {Container, DockerEvent, DockerState, StateInput, Volume} from '../../source/state/types.js';

export function events(text: string): DockerEvent[] {
	return text.split('\n').map(line => parseEventLine(line)).filter(event => event !== undefined);
}

export function volume(name: string, extra: Partial<Volume> = {}): Volume {
	return {name, driver: 'local', labels: {}, anonymous: false, detailed: true, ...extra};
}

export function container(id: string, name: string, extra: Partial<Container> = {}): Container {
	return {id, name, image: 'alpine:latest', status: 'running', autoRemove: false, labels: {}, mounts: [], detailed: true, ...extra};
}

/** A loaded state holding these volumes and containers. */
export function stateWith({volumes = [], containers = []}: {volumes?: Volume[]; containers?: Container[]}): DockerState {
	return {
		...initialState(),
		engine: {kind: 'up', since: 0},
		loaded: true,
		volumes: Object.fromEntries(volumes.map(entry => [entry.name, entry])),
		containers: Object.fromEntries(containers.map(entry => [entry.id, entry])),
	};
}

export function apply(state: DockerState, ...inputs: StateInput[]): DockerState {
	return inputs.reduce(reduceState, state);
}
