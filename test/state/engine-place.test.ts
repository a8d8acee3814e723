import test from 'ava';
import {engineStatusFrom} from '../../source/docker/engine-status.js';
import {placeOfEndpoint} from '../../source/state/engine-place.js';
import {parseEventLine} from '../../source/state/parse-event.js';
import {parseContainerList, parseVolumeList} from '../../source/state/parse-queries.js';

test('an endpoint says where the engine is: tcp and ssh elsewhere, a socket to be asked', t => {
	t.deepEqual(placeOfEndpoint('tcp://10.0.0.5:2376'), {kind: 'remote', host: '10.0.0.5:2376', via: 'tcp'});
	t.deepEqual(placeOfEndpoint('ssh://deploy@build.example.org:2222/run/docker.sock'), {kind: 'remote', host: 'build.example.org:2222', via: 'ssh'});
	t.deepEqual(placeOfEndpoint('ssh://box'), {kind: 'remote', host: 'box', via: 'ssh'});
	t.is(placeOfEndpoint('unix:///var/run/docker.sock'), 'socket');
	t.is(placeOfEndpoint('npipe:////./pipe/docker_engine'), 'socket');
	t.is(placeOfEndpoint('not a url'), undefined);
});

test('podman version (no Server) is a ready engine with docker API 1.41 semantics', t => {
	const stdout = JSON.stringify({Client: {APIVersion: '4.3.1', Version: '4.3.1', GoVersion: 'go1.19.8', OsArch: 'linux/amd64'}});
	t.like(engineStatusFrom({stdout, stderr: '', exitCode: 0}), {state: 'ready', product: 'podman', serverVersion: '4.3.1', apiVersion: '1.41'});
	// Docker's client without a server is still unreachable.
	const docker = JSON.stringify({Client: {Version: '28.2.2', ApiVersion: '1.50', Context: 'default'}, Server: null});
	t.like(engineStatusFrom({stdout: docker, stderr: 'Cannot connect to the Docker daemon', exitCode: 1}), {state: 'unreachable'});
});

test('podman events read as docker events: died → die, remove → destroy, volumes by name, exact time', t => {
	const died = parseEventLine('{"ID":"5efb","Image":"localhost/alpine:latest","Name":"pc1","Status":"died","Time":"2026-12-02T15:29:57.166157456Z","Type":"container","Attributes":{}}');
	t.like(died, {type: 'container', action: 'die', id: '5efb', attributes: {name: 'pc1', image: 'localhost/alpine:latest'}});
	t.is(died?.timestamp, `${Date.parse('2026-12-02T15:29:57Z') / 1000}.166157456`);
	t.like(parseEventLine('{"Name":"pv1","Status":"remove","Time":"2026-12-02T16:22:03.67432715Z","Type":"volume","Attributes":null}'), {type: 'volume', action: 'destroy', id: 'pv1'});
	t.like(parseEventLine('{"Name":"pv1","Status":"create","Time":"2026-12-02T16:22:03Z","Type":"volume","Attributes":null}'), {action: 'create', timestamp: `${Date.parse('2026-12-02T16:22:03Z') / 1000}.000000000`});
});

test('podman lists: one pretty-printed JSON array, Id and a list of Names', t => {
	t.deepEqual(parseVolumeList('[\n  {\n    "Name": "pv1",\n    "Driver": "local",\n    "Mountpoint": "/x/_data",\n    "Labels": {}\n  }\n]\n').map(volume => volume.name), ['pv1']);
	const [container] = parseContainerList('[{"Id":"5efb3e","Names":["pc1"],"Image":"localhost/alpine:latest","State":"exited","Status":"Exited (0) 4 seconds ago","Labels":null,"Created":1796225394,"CreatedAt":"7 seconds ago"}]');
	t.like(container, {id: '5efb3e', name: 'pc1', status: 'exited', createdAt: new Date(1_796_225_394_000).toISOString()});
});
