import test from 'ava';
import {parseHelpText} from '../../source/explain/index.js';

// Shapes of `docker <command> --help` output from the docker 28 client.
const containerRm = `Usage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]

Remove one or more containers

Aliases:
  docker container rm, docker container remove, docker rm

Options:
  -f, --force     Force the removal of a running container (uses SIGKILL)
  -l, --link      Remove the specified link
  -v, --volumes   Remove anonymous volumes associated with the container
`;

const containerRunExcerpt = `Usage:  docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]

Create and run a new container from an image

Aliases:
  docker container run, docker run

Options:
      --add-host list                  Add a custom host-to-IP mapping
                                       (host:ip)
      --blkio-weight uint16            Block IO (relative weight),
                                       between 10 and 1000, or 0 to
                                       disable (default 0)
      --gpus gpu-request               GPU devices to add to the
                                       container ('all' to pass all GPUs)
  -h, --hostname string                Container host name
      --mount mount                    Attach a filesystem mount to the
                                       container
      --pull string                    Pull image before running
                                       ("always", "missing", "never")
                                       (default "missing")
      --rm                             Automatically remove the container
                                       and its associated anonymous
                                       volumes when it exits
  -v, --volume list                    Bind mount a volume
`;

const containerCp = `Usage:  docker container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-
\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH

Copy files/folders between a container and the local filesystem

Use '-' as the source to read a tar archive from stdin
and extract it to a directory destination in a container.

Aliases:
  docker container cp, docker cp

Options:
  -a, --archive       Archive mode (copy all uid/gid information)
`;

const volumeGroup = `Usage:  docker volume COMMAND

Manage volumes

Commands:
  create      Create a volume
  ls          List volumes

Run 'docker volume COMMAND --help' for more information on a command.
`;

const root = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image

Management Commands:
  compose*    Docker Compose
  volume      Manage volumes

Global Options:
      --config string      Location of client config files (default
                           "/root/.docker")
  -H, --host list          Daemon socket to connect to
  -v, --version            Print version information and quit

Run 'docker COMMAND --help' for more information on a command.
`;

test('usage, description, aliases and flags with short forms', t => {
	t.deepEqual(parseHelpText(containerRm, ['container', 'rm']), {
		path: ['container', 'rm'],
		usage: 'docker container rm [OPTIONS] CONTAINER [CONTAINER...]',
		description: 'Remove one or more containers',
		aliases: [['container', 'rm'], ['container', 'remove'], ['rm']],
		flags: [
			{long: 'force', short: 'f', description: 'Force the removal of a running container (uses SIGKILL)'},
			{long: 'link', short: 'l', description: 'Remove the specified link'},
			{long: 'volumes', short: 'v', description: 'Remove anonymous volumes associated with the container'},
		],
		subcommands: [],
	});
});

test('value types, wrapped descriptions and defaults', t => {
	const help = parseHelpText(containerRunExcerpt, ['container', 'run'])!;
	t.deepEqual(help.flags.map(flag => [flag.long, flag.short, flag.type, flag.default]), [
		['add-host', undefined, 'list', undefined],
		['blkio-weight', undefined, 'uint16', '0'],
		['gpus', undefined, 'gpu-request', undefined],
		['hostname', 'h', 'string', undefined],
		['mount', undefined, 'mount', undefined],
		['pull', undefined, 'string', '"missing"'],
		['rm', undefined, undefined, undefined],
		['volume', 'v', 'list', undefined],
	]);
	t.is(help.flags.find(flag => flag.long === 'rm')?.description, 'Automatically remove the container and its associated anonymous volumes when it exits');
	t.is(help.flags.find(flag => flag.long === 'pull')?.description, 'Pull image before running ("always", "missing", "never")');
});

test('extra usage lines and multi-paragraph descriptions', t => {
	const help = parseHelpText(containerCp, ['container', 'cp'])!;
	t.is(help.usage, 'docker container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-');
	t.true(help.description.startsWith('Copy files/folders between a container and the local filesystem Use \'-\''));
	t.deepEqual(help.aliases, [['container', 'cp'], ['cp']]);
});

test('subcommands of a group and of the root, global options of the root', t => {
	t.deepEqual(parseHelpText(volumeGroup, ['volume'])!.subcommands, [
		{name: 'create', description: 'Create a volume'},
		{name: 'ls', description: 'List volumes'},
	]);
	const help = parseHelpText(root, [])!;
	t.deepEqual(help.subcommands.map(entry => entry.name), ['run', 'compose', 'volume']);
	t.deepEqual(help.flags.map(flag => [flag.long, flag.short, flag.type, flag.default]), [
		['config', undefined, 'string', '"/root/.docker"'],
		['host', 'H', 'list', undefined],
		['version', 'v', undefined, undefined],
	]);
});

test('text that is not docker help gives nothing', t => {
	t.is(parseHelpText('', ['x']), undefined);
	t.is(parseHelpText('docker: command not found', ['x']), undefined);
	t.deepEqual(parseHelpText('Usage:  docker x\r\n\r\nDo x\r\n', ['x'])?.description, 'Do x');
});
