import test from 'ava';
import {isValidVolumeMode, parseVolumeSpec} from '../../source/explain/index.js';

const kind = (spec: string) => parseVolumeSpec(spec).volume?.kind;
const dockerSays = (spec: string) => parseVolumeSpec(spec).problems.map(problem => problem.docker);

test('classifies the source like docker: named volume, bind mount, anonymous volume', t => {
	t.is(kind('my_volume:/data'), 'named');
	t.is(kind('/home/ada:/data'), 'bind');
	t.is(kind('./data:/data'), 'bind');
	t.is(kind('../data:/data'), 'bind');
	t.is(kind('.cache:/data'), 'bind');
	t.is(kind('/data'), 'anonymous');
	// Unexpanded (quoted) ~ reaches the engine as a volume name, which it then refuses.
	t.is(kind('~/x:/data'), 'named');
	t.deepEqual(dockerSays('~/x:/data'), ['create ~/x: "~/x" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path']);
});

test('modes: ro, rw, nocopy, z, Z, propagation, consistency', t => {
	t.like(parseVolumeSpec('vol:/data:ro').volume, {readOnly: true, modes: ['ro']});
	t.like(parseVolumeSpec('vol:/data:nocopy,z').volume, {readOnly: false, modes: ['nocopy', 'z']});
	t.like(parseVolumeSpec('/srv:/data:rw,Z,rshared,cached').volume, {readOnly: false, modes: ['rw', 'Z', 'rshared', 'cached']});
	t.true(isValidVolumeMode(''));
	t.false(isValidVolumeMode('ro,rw'));
	t.false(isValidVolumeMode('ro,ro'));
	t.false(isValidVolumeMode('z,Z'));
	t.false(isValidVolumeMode('bogus'));
});

test('fields and their positions', t => {
	t.deepEqual(parseVolumeSpec('vol:/data:ro').fields, [
		{key: 'source', value: 'vol', start: 0, end: 3},
		{key: 'target', value: '/data', start: 4, end: 9},
		{key: 'mode', value: 'ro', start: 10, end: 12},
	]);
	t.deepEqual(parseVolumeSpec('/data').fields, [{key: 'target', value: '/data', start: 0, end: 5}]);
});

test('problems use the wording of the docker client and engine', t => {
	t.deepEqual(dockerSays(''), ['invalid empty volume spec']);
	t.deepEqual(dockerSays(':/x'), ['invalid spec: :/x: empty section between colons']);
	t.deepEqual(dockerSays('a:/b:ro:rw'), ['invalid volume specification: \'a:/b:ro:rw\'']);
	t.deepEqual(dockerSays('/foo:ro'), ['invalid volume specification: \'/foo:ro\'']);
	t.deepEqual(dockerSays('/tmp:/x:bogus'), ['invalid mode: bogus']);
	t.deepEqual(dockerSays('/tmp:/x:ro,rw'), ['invalid mode: ro,rw']);
	t.deepEqual(dockerSays('vol:rel'), ['invalid volume specification: \'vol:rel\': invalid mount config for type "volume": invalid mount path: \'rel\' mount path must be absolute']);
	t.deepEqual(dockerSays('/tmp:/'), ['invalid volume specification: \'/tmp:/\': invalid mount config for type "bind": invalid specification: destination can\'t be \'/\'']);
	t.deepEqual(dockerSays('/tmp:/x:rw,nocopy'), ['invalid volume specification: \'/tmp:/x:rw,nocopy\': invalid mount config for type "bind": field VolumeOptions must not be specified']);
	t.deepEqual(dockerSays('vol:/x:rshared'), ['invalid volume specification: \'vol:/x:rshared\': invalid mount config for type "volume": field BindOptions must not be specified']);
	t.deepEqual(dockerSays('bad@:/x'), ['create bad@: "bad@" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path']);
	t.deepEqual(dockerSays('ab:/x:ro,ro'), ['invalid mode: ro,ro']);
	// A lone letter and a colon is a Windows drive to the client: `a:/x` is one path, an anonymous volume.
	t.deepEqual(dockerSays('a:/x'), []);
	t.is(parseVolumeSpec('a:/x').volume?.kind, 'anonymous');
	t.deepEqual(dockerSays('a:/x:ro'), ['create a: volume name is too short, names should be at least two alphanumeric characters']);
	t.deepEqual(dockerSays('v1:/x:ro:z'), ['invalid spec: v1:/x:ro:z: too many colons']);
	t.deepEqual(dockerSays('vol:/x:Z,ro'), []);
	t.deepEqual(dockerSays('vol:/x:nocopy,z'), []);
});
