import test from 'ava';
import {completeLine} from '../../source/complete/complete-line.js';
import {at} from '../editor/helpers.js';
import {candidates, sources, tab} from './helpers.js';

test('commands and subcommands, aliases included, with or without the docker prefix', t => {
	t.deepEqual(tab('docker vol|').line, 'docker volume |');
	t.deepEqual(tab('docker volume cr|').line, 'docker volume create |');
	t.deepEqual(tab('vol|').line, 'volume |');
	t.true(candidates('volume |').includes('ls'));
	t.true(candidates('volume l|').includes('list'), 'alias of volume ls');
	t.true(candidates('docker container l|').includes('logs'));
	t.deepEqual(candidates('do|'), ['docker']);
	t.true(candidates('|').includes('run'));
});

test('an alias says which command it is', t => {
	const completion = completeLine('volume lis', 10, sources);
	t.is(completion.candidates.length, 1);
	t.regex(completion.candidates[0]!.description, /same as docker volume ls/);
});

test('flags of the command typed, hidden and deprecated ones left out', t => {
	t.is(tab('run --rm --mo|').line, 'run --rm --mount |');
	t.deepEqual(candidates('volume create --na|'), [], '--name is hidden and deprecated');
	t.true(candidates('run -|').includes('--volumes-from'));
	t.deepEqual(candidates('run -v|'), ['-v']);
	t.true(candidates('docker --c|').includes('--context'), 'global options before the command');
});

test('flags from docker\'s own catalogue for a command we did not detail', t => {
	const catalogue = {commands: new Map([['container pause', {path: ['container', 'pause'], usage: 'docker container pause CONTAINER [CONTAINER...]', description: 'Pause', aliases: [], flags: [{long: 'quiet', short: 'q', description: 'Be quiet'}], subcommands: []}]])};
	t.deepEqual(candidates('pause --q|', {catalogue}), ['--quiet']);
});

test('the cursor in the middle of a line completes the word before it and leaves the rest', t => {
	t.is(tab('docker vol| ls').line, 'docker volume| ls');
	t.is(tab('run --mo| alpine').line, 'run --mount| alpine');
	t.is(tab('run --rm --mount type=volume,src=my_v|,dst=/data alpine').line, 'run --rm --mount type=volume,src=my_volume|,dst=/data alpine');
});

test('volume names after -v and --mount src=, described with size and users', t => {
	t.deepEqual(candidates('run -v my|'), ['my_other', 'my_volume']);
	t.deepEqual(candidates('run --volume my_v|'), ['my_volume']);
	t.is(tab('run -v my_v|').line, 'run -v my_volume:|');
	t.is(tab('run --mount type=volume,src=da|').line, 'run --mount type=volume,src=data,|');
	t.is(tab('run --mount source=da|').line, 'run --mount source=data,|');
	const described = completeLine('run -v my_', 10, sources).candidates;
	t.regex(described.find(candidate => candidate.value === 'my_volume')!.description, /24 B, 1 file · mounted by my_alpine/);
	t.regex(described.find(candidate => candidate.value === 'my_other')!.description, /2 MB · unused/);
	t.deepEqual(candidates('run -v |'), ['data', 'my_other', 'my_volume'], 'anonymous volumes only once something is typed');
	t.deepEqual(candidates('run -v 4c4b|'), ['4c4bcabfd9d7f329551fcf835d59bd9d25c527303a29f69084493bf158e90934']);
});

test('--mount keys after a comma, those of the mount type, and their values', t => {
	t.true(candidates('run --mount |').includes('type='));
	t.is(tab('run --mount ty|').line, 'run --mount type=|');
	t.deepEqual(candidates('run --mount type=|'), ['volume', 'bind', 'tmpfs', 'image']);
	t.is(tab('run --mount type=v|').line, 'run --mount type=volume,|');
	t.is(tab('run --mount type=volume,sr|').line, 'run --mount type=volume,src=|');
	t.is(tab('run --mount type=volume,src=data,ds|').line, 'run --mount type=volume,src=data,dst=|');
	t.is(tab('run --mount type=volume,src=data,dst=/d,read|').line, 'run --mount type=volume,src=data,dst=/d,readonly|');
	t.false(candidates('run --mount type=volume,src=x,|').includes('src='), 'keys already given are left out');
	t.false(candidates('run --mount type=volume,src=x,|').includes('source='), 'and their other names');
	t.false(candidates('run --mount type=volume,|').includes('bind-propagation='), 'keys of another type are left out');
	t.true(candidates('run --mount type=bind,|').includes('bind-propagation='));
	t.deepEqual(candidates('run --mount type=bind,bind-propagation=rs|'), ['rshared', 'rslave']);
	t.deepEqual(candidates('run --mount type=volume,readonly=|'), ['true', 'false']);
});

test('= forms: --mount=..., -v=...', t => {
	t.is(tab('run --mount=type=volume,src=my_v|').line, 'run --mount=type=volume,src=my_volume,|');
	t.deepEqual(candidates('run --mount=ty|'), ['type=']);
	t.deepEqual(candidates('run --volumes-from=my_a|'), ['my_alpine']);
});

test('host paths for bind sources, from the cached provider; folders wanted when not read yet', t => {
	t.deepEqual(candidates('run --mount type=bind,src=/root/Do|'), ['/root/Documents/', '/root/Downloads/']);
	t.is(tab('run --mount type=bind,src=/root/Doc|').line, 'run --mount type=bind,src=/root/Documents/|');
	t.is(tab('run -v ~/no|').line, 'run -v ~/notes.txt:|');
	t.is(tab('run -v $HOME/Docu|').line, 'run -v $HOME/Documents/|');
	t.deepEqual(candidates('run -v ./d|'), ['./data/']);
	t.deepEqual(candidates('run -v /root/.s|'), ['/root/.ssh/'], 'hidden entries once a dot is typed');
	t.false(candidates('run -v /root/|').includes('/root/.ssh/'));
	const unread = completeLine('run -v /srv/x', 13, sources);
	t.deepEqual(unread.candidates, []);
	t.deepEqual(unread.directoriesWanted, ['/srv']);
});

test('quotes: an open quote is kept and closed after the last word; special characters are escaped', t => {
	t.is(tab('run -v "/root/my|').line, 'run -v "/root/my dir/|');
	t.is(tab('run -v /root/my|').line, 'run -v /root/my\\ dir/|');
	t.is(tab('run -v \'/root/my|').line, 'run -v \'/root/my dir/|');
	t.is(tab('docker "volu|').line, 'docker "volume" |');
	t.is(tab('rm \'my_ol|').line, 'rm \'my_old\' |');
});

test('containers after exec, rm, logs, stop, start, attach and --volumes-from, by the status they need', t => {
	t.deepEqual(candidates('exec -it |'), ['my_alpine'], 'exec: running containers');
	t.deepEqual(candidates('exec -it my_alpine |'), [], 'then the command, not a container');
	t.deepEqual(candidates('rm |'), ['my_alpine', 'web', 'my_old'], 'running and paused ones first');
	t.deepEqual(candidates('rm my_old |'), ['my_alpine', 'web'], 'each container once');
	t.deepEqual(candidates('logs my|'), ['my_alpine', 'my_old']);
	t.deepEqual(candidates('stop |'), ['my_alpine', 'web']);
	t.deepEqual(candidates('start |'), ['my_old']);
	t.deepEqual(candidates('attach |'), ['my_alpine']);
	t.deepEqual(candidates('container unpause |'), ['web']);
	t.deepEqual(candidates('run --volumes-from |'), ['my_alpine', 'web', 'my_old']);
	t.is(tab('exec my_a|').line, 'exec my_alpine |');
});

test('images where an image goes: local ones and those of the model\'s containers', t => {
	t.deepEqual(candidates('run --rm |'), ['alpine', 'alpine:latest', 'busybox:1.36', 'nginx:1.27']);
	t.deepEqual(candidates('run --rm -it --mount type=volume,src=x,dst=/d b|'), ['busybox:1.36']);
	t.deepEqual(candidates('run alpine |'), [], 'after the image comes the container\'s command');
	t.deepEqual(candidates('volume rm |'), ['data', 'my_other', 'my_volume']);
	t.deepEqual(candidates('volume create |'), [], 'a new name');
});

test(': commands and their arguments, lessons when the session has some', t => {
	t.is(tab(':he|').line, ':help |');
	t.deepEqual(candidates(':|').slice(0, 3), [':help', ':quit', ':clear']);
	t.deepEqual(candidates(':lang |'), ['en', 'fr']);
	t.deepEqual(candidates(':panel |'), ['explain', 'volumes']);
	t.deepEqual(candidates(':panel explain |'), ['on', 'off']);
	t.deepEqual(candidates(':volume my|'), ['my_other', 'my_volume']);
	t.deepEqual(candidates(':lesson |'), ['persistence', 'bind-mounts']);
	t.deepEqual(candidates(':learn |'), ['persistence', 'bind-mounts']);
	t.true(candidates(':l|').includes(':learn'));
	t.deepEqual(candidates(':learn |', {lessons: []}), []);
});

test('nothing after a pipe, in a ! line, or inside the container\'s command', t => {
	t.deepEqual(candidates('volume ls | gr|'), []);
	t.deepEqual(candidates('!ls /ro|'), []);
	t.deepEqual(candidates('run alpine ls |'), []);
});

test('several candidates: the common prefix, then Tab goes through the list, Escape closes it', t => {
	const first = tab('run -v my|');
	t.is(first.line, 'run -v my_|');
	t.is(first.menu?.completion.candidates.length, 2);
	t.is(first.menu?.selected, undefined);
	t.is(tab('run -v my|', '\t\t').line, 'run -v my_other:|');
	t.is(tab('run -v my|', '\t\t\t').line, 'run -v my_volume:|');
	t.is(tab('run -v my|', '\t\t\t\t').line, 'run -v my_other:|', 'and round again');
	t.is(tab('run -v my|', '\t\t\u001B[Z').line, 'run -v my_volume:|', 'Shift-Tab goes back');
	const closed = tab('run -v my|', '\t\t\u001B');
	t.is(closed.menu, undefined);
	t.is(closed.line, 'run -v my_other:|');
	const typed = tab('run -v my|', '\t\t/');
	t.is(typed.menu, undefined, 'any other key closes the list and does its job');
	t.is(typed.line, 'run -v my_other:/|');
});

test('French descriptions in French', t => {
	const volumes = completeLine('run -v my_', 10, {...sources, lang: 'fr'}).candidates;
	t.regex(volumes.find(candidate => candidate.value === 'my_other')!.description, /2 Mo · inutilisé\u00A0: aucun container/);
	const flags = completeLine('run --rm --mo', 13, {...sources, lang: 'fr'}).candidates;
	t.regex(flags[0]!.description, /Brancher un stockage/);
});

test('no model, no catalogue: commands and curated flags still complete', t => {
	const state = at('run --rm |');
	t.deepEqual(completeLine(state.text, state.cursor, {lang: 'en'}).candidates, []);
	t.deepEqual(completeLine('volume cr', 9, {lang: 'en'}).candidates.map(candidate => candidate.value), ['create']);
});
