// The large engine model the pure benchmarks (complete, guard) measure on, as events for
// the state reducer: 2,000 volumes, one in four anonymous, a third of the others labelled
// team=blue; 300 containers, half running, one in five started with --rm, one in three
// mounting two volumes.
export const volumeCount = 2000;
export const containerCount = 300;

/** An anonymous volume's name is 64 hex digits; the others are `vol-0001`. */
export const volumeName = index => index % 4 === 0 ? index.toString(16).padStart(64, '0') : `vol-${String(index).padStart(4, '0')}`;

export function largeModel(at = Date.now()) {
	const volumes = Array.from({length: volumeCount}, (_, index) => ({
		name: volumeName(index),
		driver: 'local',
		labels: index % 4 === 0 ? {'com.docker.volume.anonymous': ''} : (index % 3 === 0 ? {team: 'blue'} : {}),
	}));
	const containers = Array.from({length: containerCount}, (_, index) => ({
		id: `c${String(index).padStart(63, '0')}`,
		name: `ctr-${index}`,
		image: index % 3 === 0 ? 'alpine:latest' : `app-${index % 17}:1.${index % 5}`,
		status: index % 2 === 0 ? 'running' : 'exited',
		labels: {},
	}));
	const details = containers.map((container, index) => ({
		...container,
		autoRemove: index % 5 === 0,
		mounts: index % 3 === 0 ? [
			{type: 'volume', name: volumeName(index * 2), destination: '/a', readOnly: false},
			{type: 'volume', name: volumeName((index * 2) + 1), destination: '/b', readOnly: false},
		] : [],
	}));
	return {
		at,
		volumes,
		containers,
		events: [
			{kind: 'volume-list', volumes, at},
			{kind: 'container-list', containers, at},
			{kind: 'container-details', containers: details, missing: [], at},
		],
	};
}
