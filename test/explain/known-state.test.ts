import test from 'ava';
import {explainLine, type KnownEngineState} from '../../source/explain/index.js';

const known: KnownEngineState = {
	containers: [{name: 'my_alpine', status: 'exited'}, {name: 'web', status: 'running'}],
	volumes: [
		{name: 'my_volume', usedBy: [{name: 'my_alpine', status: 'exited'}, {name: 'web', status: 'running'}]},
		{name: 'free', usedBy: []},
	],
};
const warnings = (line: string, lang: 'en' | 'fr' = 'en', state: KnownEngineState | 'none' = known) =>
	explainLine(line, {lang, ...(state === 'none' ? {} : {known: state})}).warnings.filter(warning => ['name-in-use', 'volume-in-use', 'shell-exits'].includes(warning.code));

test('a --name a container already has: docker will refuse, and by which container it is taken', t => {
	const line = 'docker run --name my_alpine -it alpine sh';
	const [warning] = warnings(line);
	t.like(warning, {code: 'name-in-use', level: 'danger', start: line.indexOf('--name')});
	t.is(warning!.message, 'The name my_alpine is already used by a container (stopped): docker will refuse this line. Remove that container first (docker rm my_alpine) or pick another name.');
	t.regex(warnings(line, 'fr')[0]!.message, /^Le nom my_alpine est déjà pris par un container \(arrêté\)\u00A0: docker refusera/);
	t.deepEqual(warnings('docker create --name other alpine'), [], 'a free name says nothing');
	t.deepEqual(warnings(line, 'en', 'none'), [], 'without known state, nothing is claimed');
	t.is(warnings('docker container create --name web alpine')[0]!.code, 'name-in-use');
});

test('volume rm of a volume in use: by which containers, and that docker refuses', t => {
	const [warning] = warnings('docker volume rm free my_volume');
	t.like(warning, {code: 'volume-in-use', level: 'danger'});
	t.is(warning!.message, 'Volume my_volume is used by containers my_alpine (stopped), web (running): docker refuses to delete it while they exist, even stopped. Remove them first (docker rm).');
	t.regex(warnings('volume rm my_volume', 'fr')[0]!.message, /^Le volume my_volume est utilisé par les containers my_alpine \(arrêté\), web \(en marche\)\u00A0: docker refuse/);
	t.deepEqual(warnings('docker volume rm free'), []);
});

test('a shell as the command of run without -i exits at once: -it is suggested', t => {
	const line = 'docker run --rm alpine sh';
	const [warning] = warnings(line);
	t.like(warning, {code: 'shell-exits', level: 'warning', start: line.lastIndexOf('sh')});
	t.regex(warning!.message, /Add -it/);
	t.regex(warnings('docker run alpine /bin/bash', 'fr')[0]!.message, /^\/bin\/bash sans -i .*Ajoutez -it/);
	t.deepEqual(warnings('docker run -it alpine sh'), []);
	t.deepEqual(warnings('docker run -i alpine sh'), []);
	t.deepEqual(warnings('docker run -d alpine sh'), [], 'detached: not a prompt anyway');
	t.deepEqual(warnings('docker run alpine sh -c "echo hi"'), [], 'a script to run: it does not wait for input');
	t.deepEqual(warnings('docker run alpine ls'), []);
});
