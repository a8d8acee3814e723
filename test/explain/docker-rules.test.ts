import {readFileSync} from 'node:fs';
import test from 'ava';
import {explainLine, parseHelpText, type CommandHelp, type DockerCatalogue} from '../../source/explain/index.js';
import {imageReferenceProblem} from '../../source/explain/image-reference.js';
import {goRamInBytes, parseGoDuration, parseGoInteger, parseGoRational} from '../../source/explain/go-values.js';

// Pure checks of the rules docker applies to values and across flags. The
// wording of each was read from docker's output (test/explain/differential.test.ts
// compares the whole corpus against the real CLI); these pin the cases the
// differential test cannot run (`run`-only rules) and the edge cases.
const engine = {apiVersion: '1.41', cpuCount: 2};

// docker 28.2.2's own flag lists (`--help` with DOCKER_API_VERSION=1.41), as the product loads them.
const help = (file: string, path: string[]) => parseHelpText(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'), path)!;
const catalogue: DockerCatalogue = {
	clientVersion: '28.2.2',
	commands: new Map<string, CommandHelp>([
		['', help('docker-28.2.2-help.txt', [])],
		['container run', help('docker-28.2.2-run-help.txt', ['container', 'run'])],
		['container create', help('docker-28.2.2-create-help.txt', ['container', 'create'])],
	]),
};

/** `[blamed text, docker's words]` for each error. */
function refusals(line: string): Array<[string, string | undefined]> {
	return explainLine(line, {lang: 'en', engine, catalogue}).errors.map(error => [line.slice(error.start, error.end), error.docker]);
}

test('typed values, with docker’s words on the value', t => {
	t.deepEqual(refusals('docker run -m abc alpine'), [['abc', 'invalid argument "abc" for "-m, --memory" flag: invalid size: \'abc\'']]);
	t.deepEqual(refusals('docker run -p 70000:80 alpine'), [['70000', 'invalid hostPort: 70000']]);
	t.deepEqual(refusals('docker run --cpus=abc alpine'), [['abc', 'invalid argument "abc" for "--cpus" flag: failed to parse abc as a rational number']]);
	t.deepEqual(refusals('docker run --cpus 3 alpine'), [['3', 'Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available']]);
	t.deepEqual(refusals('docker run -e =bar alpine'), [['=bar', 'invalid argument "=bar" for "-e, --env" flag: invalid environment variable: =bar']]);
	t.deepEqual(refusals('docker run --ulimit as=1024 alpine'), [['as=1024', 'invalid argument "as=1024" for "--ulimit" flag: invalid ulimit type: as']]);
	t.deepEqual(refusals('docker run --restart on-failure:x alpine'), [['on-failure:x', 'invalid restart policy format: maximum retry count must be an integer']]);
	t.deepEqual(refusals('docker run --restart always:3 alpine'), [['always', 'maximum retry count cannot be used with restart policy \'always\'']]);
	t.deepEqual(refusals('docker run --name a/b alpine'), [['a/b', 'Invalid container name (a/b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed']]);
	t.deepEqual(refusals('docker run --health-interval 10 alpine'), [['10', 'invalid argument "10" for "--health-interval" flag: time: missing unit in duration "10"']]);
	t.deepEqual(refusals('docker run --health-timeout=-5s alpine'), [['--health-timeout', '--health-timeout cannot be negative']]);
	t.deepEqual(refusals('docker run --rm=yes alpine'), [['yes', 'invalid argument "yes" for "--rm" flag: strconv.ParseBool: parsing "yes": invalid syntax']]);
	t.deepEqual(refusals('docker run -m "" alpine'), [['""', 'invalid argument "" for "-m, --memory" flag: invalid size: \'\'']]);
	t.deepEqual(refusals('docker run --mac-address 92:d0:c6:0a:29:33 alpine'), [['92:d0:c6:0a:29:33', '"specify mac-address per network" requires API version 1.44, but the Docker daemon API version is 1.41']]);
	t.deepEqual(explainLine('docker run --mac-address 92:d0:c6:0a:29:33 alpine', {lang: 'en', engine: {apiVersion: '1.44'}, catalogue}).errors, []);
	t.deepEqual(refusals('docker run -pa80 alpine'), [['a80', 'invalid containerPort: a80']]);
	for (const fine of ['-p 127.0.0.1::80', '-p [::1]:80:80', '-p 8080-8081:80', '-p 4510-4559:4510-4559', '--expose 7000-8000', '-e A', '--ulimit memlock=-1:-1', '--restart ""', '--name /lead', '--cpus 1/2', '-m 1.5g', '--add-host db:host-gateway', '--stop-signal 9', '--gpus all', '--ip 10.0.0.5']) {
		t.deepEqual(refusals(`docker run ${fine} alpine`), [], fine);
	}
});

test('rules across flags', t => {
	t.deepEqual(refusals('docker run --rm --restart always alpine'), [['--restart', 'conflicting options: cannot specify both --restart and --rm']]);
	t.deepEqual(refusals('docker run --rm --restart no alpine'), []);
	t.deepEqual(refusals('docker run --rm=false --restart always alpine'), []);
	t.deepEqual(refusals('docker run -a stdout -d alpine'), [['-a', 'conflicting options: cannot specify both --attach and --detach']]);
	t.deepEqual(refusals('docker create -a stdout alpine'), []);
	t.deepEqual(refusals('docker run --no-healthcheck --health-cmd true alpine'), [['--no-healthcheck', '--no-healthcheck conflicts with --health-* options']]);
	t.deepEqual(refusals('docker run --network-alias x alpine'), [['--network-alias', 'network-scoped aliases are only supported for user-defined networks']]);
	t.deepEqual(refusals('docker run --network mynet --network-alias x alpine'), []);
	t.deepEqual(refusals('docker run --cpus 1 --cpu-period 100000 alpine'), [['--cpu-period', 'Conflicting options: Nano CPUs and CPU Period cannot both be set']]);
	t.deepEqual(refusals('docker run -m 10m --memory-swap 5m alpine'), [['5m', 'Minimum memoryswap limit should be larger than memory limit, see usage']]);
	t.deepEqual(refusals('docker run -m 4k alpine'), [['4k', 'Minimum memory limit allowed is 6MB']]);
	t.deepEqual(refusals('docker run --entrypoint "" alpine'), [['--entrypoint', 'No command specified']]);
	t.deepEqual(refusals('docker run --entrypoint "" alpine sh'), []);
	// With --help, docker parses the flags and prints the help: only the flags' own parsers refuse.
	t.deepEqual(refusals('docker run --rm --restart always -v /tmp:/x -v /var:/x --help'), []);
	t.deepEqual(refusals('docker run -m abc --help').map(([blamed]) => blamed), ['abc']);
	t.deepEqual(refusals('docker --log-level loud run alpine'), [['loud', 'Unable to parse logging level: loud']]);
	t.deepEqual(refusals('docker -H unix:///x --context default ps'), [['--context', 'conflicting options: cannot specify both --host and --context']]);
});

test('duplicate mount points, as the engine settles them', t => {
	t.deepEqual(refusals('docker run -v /tmp:/x -v /var:/x/ alpine'), [['/x/', 'Duplicate mount point: /x']]);
	t.deepEqual(refusals('docker run -v /tmp:/x --mount type=bind,src=/tmp,dst=/x/ alpine'), [['/x/', 'Duplicate mount point: /x/']]);
	t.deepEqual(refusals('docker run --tmpfs /x -v /tmp:/x alpine'), [['/x', 'Duplicate mount point: /x']]);
	t.deepEqual(refusals('docker run --mount type=volume,dst=/x --mount type=tmpfs,dst=/x alpine'), [['/x', 'Duplicate mount point: /x']]);
	// Accepted: exact repeats collapse, anonymous volumes and --tmpfs repeats merge, --mount and --tmpfs are not compared.
	for (const line of ['-v /tmp:/x -v /tmp:/x', '-v /x -v /x/', '--tmpfs /x --tmpfs /x:size=1m', '--tmpfs /x --mount type=tmpfs,dst=/x', '-v /x -v /tmp:/x']) {
		const explanation = explainLine(`docker run ${line} alpine`, {lang: 'en', engine, catalogue});
		t.deepEqual(explanation.errors, [], line);
		t.is(new Set(explanation.mounts.map(mount => `${mount.flag} ${mount.target}`)).size, explanation.mounts.length, line);
	}

	t.deepEqual(explainLine('docker run -v /tmp:/data/ -v /x -v /tmp:/x alpine', {lang: 'en'}).mounts.map(mount => [mount.type, mount.target]), [['bind', '/data'], ['bind', '/x']]);
});

test('mount values: paths cleaned, relative sources the client resolves, engine rules', t => {
	const cwd = '/home/ada/project';
	const mounts = (line: string) => explainLine(line, {lang: 'en', cwd}).mounts.map(mount => [mount.source, mount.target]);
	t.deepEqual(mounts('docker run --mount type=bind,src=..,dst=/m//x/ alpine'), [['/home/ada', '/m/x']]);
	t.deepEqual(mounts('docker run -v x:/p alpine'), [[null, 'x:/p']]);
	t.deepEqual(refusals('docker run --mount type=bind,src=/tmp,dst=/ alpine'), [['dst=/', 'invalid mount config for type "bind": invalid specification: destination can\'t be \'/\'']]);
	t.deepEqual(refusals('docker run --mount type=bind,src=/tmp,dst=/m,bind-propagation=bogus alpine'), [['bind-propagation=bogus', 'invalid mount config for type "bind": invalid propagation mode: bogus']]);
	t.deepEqual(refusals('docker run --mount type=npipe,src=x,dst=/m alpine'), [['type=npipe', 'invalid mount config for type "npipe": mount type unknown']]);
	t.deepEqual(refusals('docker run --tmpfs rel alpine'), [['rel', 'invalid mount path: \'rel\' mount path must be absolute']]);
	t.deepEqual(refusals('docker run --mount type=volume,dst=/m, alpine'), [[',', 'invalid argument "type=volume,dst=/m," for "--mount" flag: invalid field \'\' must be a key=value pair']]);
	t.deepEqual(refusals('docker run --volume=~/x:/y alpine').map(([, docker]) => docker?.split(':')[0]), ['create ~/x']);
});

test('image references, as the docker client parses them', t => {
	t.is(imageReferenceProblem('ALPINE'), 'invalid reference format: repository name (library/ALPINE) must be lowercase');
	t.is(imageReferenceProblem('alpine:latest:extra'), 'invalid reference format');
	t.is(imageReferenceProblem('alpine@sha256:bad'), 'invalid reference format');
	t.is(imageReferenceProblem(''), 'invalid reference format');
	for (const fine of ['alpine', 'alpine:latest', 'library/alpine:3.20', 'docker.io/library/alpine', 'localhost:5000/team/app:v1', 'Registry.Example.com/app', `alpine@sha256:${'0'.repeat(64)}`, 'a__b', '0'.repeat(64)]) {
		t.is(imageReferenceProblem(fine), undefined, fine);
	}

	t.deepEqual(refusals('docker run ALPINE sh'), [['ALPINE', 'invalid reference format: repository name (library/ALPINE) must be lowercase']]);
});

test('Go value parsers', t => {
	t.deepEqual(parseGoInteger('0x10', {base: 0, bits: 64, unsigned: false}), {value: 16n});
	t.deepEqual(parseGoInteger('70000', {base: 10, bits: 16, unsigned: true}), {error: 'range'});
	t.deepEqual(parseGoInteger('1.5', {base: 0, bits: 64, unsigned: false}), {error: 'syntax'});
	t.deepEqual(parseGoDuration('1m30s'), {milliseconds: 90_000});
	t.deepEqual(parseGoDuration('10x'), {error: 'time: unknown unit "x" in duration "10x"'});
	t.is(goRamInBytes('1.5g'), 1.5 * 1024 ** 3);
	t.is(parseGoRational('3/2'), 1.5);
	t.is(parseGoRational('1/0'), undefined);
});
