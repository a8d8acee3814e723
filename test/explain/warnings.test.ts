import test from 'ava';
import {bindMountWarnings, explainLine, type ExplainOptions} from '../../source/explain/index.js';

const home = '/home/ada';
const codes = (line: string, extra: Partial<ExplainOptions> = {}) =>
	explainLine(line, {lang: 'en', env: {HOME: home}, cwd: `${home}/project`, ...extra}).warnings.map(warning => `${warning.level}:${warning.code}`);
const bindCodes = (path: string) => bindMountWarnings(path, {home}).map(warning => warning.code);

test('bindMountWarnings: home, its parents, the root, the docker socket, sensitive folders', t => {
	t.deepEqual(bindCodes('/home/ada'), ['bind-home']);
	t.deepEqual(bindCodes('/home/ada/'), ['bind-home']);
	t.deepEqual(bindCodes('/home'), ['bind-home']);
	t.deepEqual(bindCodes('/home/ada/project'), []);
	t.deepEqual(bindCodes('/'), ['bind-root']);
	t.deepEqual(bindCodes('/var/run/docker.sock'), ['docker-socket']);
	t.deepEqual(bindCodes('/run/docker.sock'), ['docker-socket']);
	t.deepEqual(bindCodes('/var/run'), ['docker-socket']);
	t.deepEqual(bindCodes('/etc'), ['bind-sensitive']);
	t.deepEqual(bindCodes('/etc/nginx'), ['bind-sensitive']);
	t.deepEqual(bindCodes('/root'), ['bind-sensitive']);
	t.deepEqual(bindCodes('/home/ada/.ssh'), ['bind-sensitive']);
	t.deepEqual(bindCodes('/var/lib'), ['bind-sensitive']);
	t.deepEqual(bindCodes('/srv/data'), []);
	t.deepEqual(bindCodes('relative/path'), []);
	t.deepEqual(bindMountWarnings('/home/ada/../ada', {home}).map(warning => warning.code), ['bind-home']);
	t.regex(bindMountWarnings('/home/ada', {home, lang: 'fr'})[0]!.message, /^Votre dossier personnel/);
	t.regex(bindMountWarnings('/etc', {home, readOnly: true})[0]!.message, /can read them/);
});

test('mount warnings come from -v and --mount alike, with the right positions', t => {
	t.deepEqual(codes('docker run -v /:/host alpine'), ['danger:bind-root']);
	t.deepEqual(codes('docker run --mount type=bind,src=/var/run/docker.sock,dst=/var/run/docker.sock alpine'), ['danger:docker-socket']);
	t.deepEqual(codes('docker run -v ~/.ssh:/keys:ro alpine'), ['warning:bind-sensitive']);
	t.deepEqual(codes('docker run -v ..:/parent alpine'), ['warning:bind-home'], '.. from ~/project is the home folder');
	const line = 'docker run -v $HOME:/h alpine';
	const [warning] = explainLine(line, {lang: 'en', env: {HOME: home}}).warnings;
	t.is(line.slice(warning!.start, warning!.end), '$HOME:/h');
});

test('bind-missing-source: -v creates a missing host folder; --mount refuses it', t => {
	const pathExists = (path: string) => path !== '/srv/missing';
	t.deepEqual(codes('docker run -v /srv/missing:/data alpine', {pathExists}), ['warning:bind-missing-source']);
	t.deepEqual(codes('docker run -v /srv/present:/data alpine', {pathExists}), []);
	const refused = explainLine('docker run --mount type=bind,src=/srv/missing,dst=/data alpine', {lang: 'en', pathExists});
	t.deepEqual(refused.errors.map(error => error.docker), ['invalid mount config for type "bind": bind source path does not exist: /srv/missing']);
	t.deepEqual(refused.mounts, []);
	// Unknown answers are listed for the caller to check, then explain again.
	const unknown = explainLine('docker run -v ./data:/data --mount type=bind,src=/srv/x,dst=/x alpine', {lang: 'en', cwd: '/work', pathExists: () => undefined});
	t.deepEqual(unknown.hostPathsToCheck, ['/work/data', '/srv/x']);
	t.deepEqual(unknown.errors, []);
});

test('rm-writable-loss and no-persistence', t => {
	t.deepEqual(codes('docker run --rm alpine'), ['warning:rm-writable-loss'], 'said once: the --rm warning says nothing is mounted');
	t.deepEqual(codes('docker run alpine'), ['info:no-persistence']);
	t.deepEqual(codes('docker run --rm -v data:/data alpine'), ['warning:rm-writable-loss']);
	t.regex(explainLine('docker run --rm -v data:/data alpine', {lang: 'en'}).warnings[0]!.message, /outside \/data/);
	t.deepEqual(codes('docker run --rm --read-only alpine'), [], 'nothing can be written outside the mounts');
	t.deepEqual(codes('docker run --rm --tmpfs /tmp alpine'), ['warning:rm-writable-loss'], 'a tmpfs keeps nothing, and the --rm warning says so');
	t.deepEqual(codes('docker run --rm=false alpine'), ['info:no-persistence']);
	t.deepEqual(codes('docker run --volumes-from db alpine'), []);
	// An anonymous volume is storage, but --rm deletes it with the container.
	t.deepEqual(codes('docker run --rm -v /data alpine'), ['warning:rm-writable-loss']);
	t.regex(explainLine('docker run --rm -v /data -v keep:/k alpine', {lang: 'en'}).warnings[0]!.message, /outside \/k are/);
	t.deepEqual(codes('docker run -v /data alpine'), []);
	t.deepEqual(codes('docker volume ls'), []);
});

test('privileged: --privileged, host namespaces, root-like capabilities', t => {
	t.deepEqual(codes('docker run --privileged -v data:/d alpine'), ['danger:privileged']);
	t.deepEqual(codes('docker run --pid=host -v data:/d alpine'), ['danger:privileged']);
	t.deepEqual(codes('docker run --network host -v data:/d alpine'), ['danger:privileged']);
	t.deepEqual(codes('docker run --net=host -v data:/d alpine'), ['danger:privileged']);
	t.deepEqual(codes('docker run --cap-add ALL -v data:/d alpine'), ['danger:privileged']);
	t.deepEqual(codes('docker run --cap-add cap_sys_admin -v data:/d alpine'), ['danger:privileged']);
	t.deepEqual(codes('docker run --cap-add NET_ADMIN -v data:/d alpine'), []);
	t.deepEqual(codes('docker run --privileged=false -v data:/d alpine'), []);
});

test('prune-named depends on the engine’s API version', t => {
	t.deepEqual(codes('docker volume prune', {engine: {apiVersion: '1.41'}}), ['danger:prune-named']);
	t.deepEqual(codes('docker volume prune', {engine: {apiVersion: '1.43'}}), []);
	t.deepEqual(codes('docker volume prune --all', {engine: {apiVersion: '1.43'}}), ['danger:prune-named']);
	t.deepEqual(codes('docker volume prune'), ['warning:prune-named'], 'unknown engine: a hedged warning');
	t.deepEqual(codes('docker system prune --volumes', {engine: {apiVersion: '1.41'}}), ['danger:prune-named']);
	t.deepEqual(codes('docker system prune', {engine: {apiVersion: '1.41'}}), []);
	t.true(explainLine('docker volume prune', {lang: 'en'}).engineFactsWanted);
	t.false(explainLine('docker volume prune', {lang: 'en', engine: {apiVersion: '1.41'}}).engineFactsWanted);
	t.false(explainLine('docker volume ls', {lang: 'en'}).engineFactsWanted);
	const effects = explainLine('docker volume prune -f', {lang: 'en', engine: {apiVersion: '1.41'}}).effects;
	t.deepEqual(effects, ['deletes every volume no container uses, named ones included, with their data', 'does not ask for confirmation (--force)']);
});

test('deprecated and unknown flags', t => {
	t.deepEqual(codes('docker volume create --name my_volume'), ['info:deprecated-flag']);
	t.deepEqual(codes('docker stop --time 3 c1'), ['info:deprecated-flag']);
	t.deepEqual(codes('docker run --kernel-memory 4m -v data:/d alpine'), ['info:deprecated-flag']);
	t.deepEqual(codes('docker run --mount type=bind,src=/srv,dst=/x,bind-nonrecursive alpine'), ['info:deprecated-flag']);
	t.deepEqual(codes('docker volume ls --bogus'), ['warning:unknown-flag']);
	t.regex(explainLine('docker volume ls --bogus', {lang: 'en'}).warnings[0]!.message, /docker volume ls has no option --bogus/);
	t.regex(explainLine('docker run --bogus alpine', {lang: 'en'}).warnings[0]!.message, /not an option dockwise knows/);
});

test('API-gated flags are refused by older engines, in docker’s words', t => {
	const explanation = explainLine('docker volume prune --all', {lang: 'en', engine: {apiVersion: '1.41'}});
	t.deepEqual(explanation.errors.map(error => error.docker), ['"--all" requires API version 1.42, but the Docker daemon API version is 1.41']);
});

test('a password or a secret-looking -e value on the line is warned about (--password-stdin, --env-file), in both languages', t => {
	const secrets = (line: string, lang: 'en' | 'fr' = 'en') => explainLine(line, {lang}).warnings.filter(warning => warning.code === 'secret-in-line').map(warning => warning.message);
	t.regex(secrets('login -u me -p secret')[0] ?? '', /--password-stdin/);
	t.regex(secrets('docker login --password=x registry')[0] ?? '', /--password-stdin/);
	t.regex(secrets('run -e PASSWORD=hunter2 -e USER=bob alpine')[0] ?? '', /^The value of PASSWORD is on the command line.*--env-file FILE, or -e PASSWORD without a value/);
	t.is(secrets('run -e PASSWORD=hunter2 alpine').length, 1);
	t.regex(secrets('run -e DB_TOKEN=x alpine', 'fr')[0] ?? '', /^La valeur de DB_TOKEN est sur la ligne de commande : .*--env-file FICHIER/);
	t.deepEqual(secrets('run -e PASSWORD alpine'), []);
	t.deepEqual(secrets('login -u x --password-stdin'), []);
	t.deepEqual(secrets('run -p 80:80 alpine'), []);
});

test('an engine on another machine: a bind source is not checked here, and is said to be on the engine\'s machine', t => {
	const remote = explainLine('run --rm -v /srv/data:/data alpine ls', {lang: 'en', home: '/root', pathExists: () => false, engineHost: 'build:2376'});
	const codes = remote.warnings.map(warning => warning.code);
	t.true(codes.includes('bind-remote-source'));
	t.false(codes.includes('bind-missing-source'), 'existence on this machine says nothing');
	t.deepEqual(remote.hostPathsToCheck, []);
	t.regex(remote.warnings.find(warning => warning.code === 'bind-remote-source')!.message, /\/srv\/data is a path on the engine’s machine \(build:2376\), not yours/);
	const home = explainLine('run --rm -v /root:/data alpine ls', {lang: 'fr', home: '/root', engineHost: 'build'});
	t.false(home.warnings.some(warning => warning.code === 'bind-home'), 'your home folder is not on the engine\'s machine');
});
