import test from 'ava';
import {mountKeys, parseMountSpec} from '../../source/explain/index.js';

// Expected wordings were captured from the docker 28.2.2 client and a 20.10 engine.
const dockerSays = (spec: string, options = {}) => parseMountSpec(spec, options).problems.map(problem => problem.docker);

test('splits the tutorial value into its keys', t => {
	const result = parseMountSpec('type=volume,src=my_volume,dst=/home/my_folder');
	t.deepEqual(result.problems, []);
	t.deepEqual(result.fields, [
		{key: 'type', value: 'volume', start: 0, end: 11},
		{key: 'src', value: 'my_volume', start: 12, end: 25},
		{key: 'dst', value: '/home/my_folder', start: 26, end: 45},
	]);
	t.like(result.mount, {type: 'volume', source: 'my_volume', target: '/home/my_folder', readOnly: false, anonymous: false});
});

test('every key of the DESIGN list is read, with its aliases', t => {
	t.deepEqual([...mountKeys].sort(), [
		'bind-create-src', 'bind-nonrecursive', 'bind-propagation', 'bind-recursive', 'consistency', 'destination', 'dst', 'image-subpath',
		'readonly', 'ro', 'source', 'src', 'target', 'tmpfs-mode', 'tmpfs-size', 'type', 'volume-driver', 'volume-label', 'volume-nocopy',
		'volume-opt', 'volume-subpath',
	]);
	t.deepEqual(dockerSays('type=bind,source=/tmp,destination=/x,readonly,bind-propagation=rshared,bind-recursive=disabled,bind-create-src'), []);
	t.deepEqual(dockerSays('type=volume,target=/x,ro=true,volume-subpath=a,volume-nocopy,volume-label=a=b,volume-driver=local,volume-opt=o=1,consistency=cached'), []);
	t.deepEqual(dockerSays('type=tmpfs,dst=/x,tmpfs-size=64m,tmpfs-mode=1770'), []);
	t.deepEqual(dockerSays('type=image,src=alpine,dst=/x,image-subpath=etc'), []);
});

test('defaults: volume type, anonymous without a source, keys are case-insensitive', t => {
	t.like(parseMountSpec('dst=/data').mount, {type: 'volume', anonymous: true, source: undefined});
	t.like(parseMountSpec('TYPE=Bind,SRC=/tmp,Dst=/x,RO').mount, {type: 'bind', source: '/tmp', target: '/x', readOnly: true});
	t.like(parseMountSpec('type=volume,dst=/x,readonly=false').mount, {readOnly: false});
});

test('client-side problems use docker’s own wording', t => {
	t.deepEqual(dockerSays('type=volume,foo=bar,dst=/x'), ['unexpected key \'foo\' in \'foo=bar\'']);
	t.deepEqual(dockerSays(' type=volume,dst=/x'), ['unexpected key \' type\' in \' type=volume\'']);
	t.deepEqual(dockerSays('type=volume,src=v'), ['target is required']);
	t.deepEqual(dockerSays('type=,dst=/x'), ['type is required']);
	t.deepEqual(dockerSays('type=volume,src=v,dst=/x,bind-propagation=rprivate'), ['cannot mix \'bind-*\' options with mount type \'volume\'']);
	t.deepEqual(dockerSays('type=bind,src=/tmp,dst=/x,volume-nocopy'), ['cannot mix \'volume-*\' options with mount type \'bind\'']);
	t.deepEqual(dockerSays('type=tmpfs,dst=/x,bind-nonrecursive'), ['cannot mix \'bind-*\' options with mount type \'tmpfs\'']);
	t.deepEqual(dockerSays('type=volume,dst=/x,image-subpath=a'), ['cannot mix \'image-*\' options with mount type \'volume\'']);
	t.deepEqual(dockerSays('ro=maybe,dst=/x'), ['invalid value for ro: maybe']);
	t.deepEqual(dockerSays('type=volume,dst=/x,volume-nocopy=maybe'), ['invalid value for volume-nocopy: maybe']);
	t.deepEqual(dockerSays('type=tmpfs,dst=/x,tmpfs-size=abc'), ['invalid value for tmpfs-size: abc']);
	t.deepEqual(dockerSays('type=volume,dst=/x,tmpfs-mode=999'), ['invalid value for tmpfs-mode: 999']);
	t.deepEqual(dockerSays('type=volume,src=v,dst=/x,bind-recursive=foo'), ['invalid value for bind-recursive: foo (must be "enabled", "disabled", "writable", or "readonly")']);
	t.deepEqual(dockerSays('type=volume,dst=/x,readonly=1,junk'), ['invalid field \'junk\' must be a key=value pair']);
	t.deepEqual(dockerSays('type=volume,dst=/x,'), ['invalid field \'\' must be a key=value pair']);
	t.deepEqual(dockerSays('type=volume,,dst=/x'), ['invalid field \'\' must be a key=value pair']);
	t.deepEqual(dockerSays('type=bind,src=/tmp,dst=/x,bind-recursive=readonly'), ['option \'bind-recursive=readonly\' requires \'readonly\' to be specified in conjunction']);
	t.deepEqual(dockerSays('type=bind,src=/tmp,dst=/x,ro,bind-recursive=readonly'), ['option \'bind-recursive=readonly\' requires \'bind-propagation=rprivate\' to be specified in conjunction']);
	t.deepEqual(dockerSays('type=bind,src=/tmp,dst=/x,ro,bind-recursive=readonly,bind-propagation=rprivate'), []);
});

test('quotes follow Go’s encoding/csv, as the docker client reads them', t => {
	t.deepEqual(dockerSays('ty"pe=volume,dst=/x'), ['parse error on line 1, column 3: bare " in non-quoted-field']);
	t.deepEqual(dockerSays('"type=volume"x,dst=/x'), ['parse error on line 1, column 13: extraneous or missing " in quoted-field']);
	t.deepEqual(dockerSays('"type=volume",dst=/x,"a'), ['parse error on line 1, column 24: extraneous or missing " in quoted-field']);
	t.deepEqual(dockerSays('"type=volume,dst=/x",ro'), ['target is required']);
	t.deepEqual(dockerSays('""'), ['invalid field \'\' must be a key=value pair']);
	t.deepEqual(dockerSays(''), ['EOF']);
	const quoted = parseMountSpec('"type=volume","dst=/x ""y"""');
	t.deepEqual(quoted.problems, []);
	t.is(quoted.mount?.target, '/x "y"');
	t.deepEqual(quoted.fields.map(field => [field.start, field.end]), [[0, 13], [14, 28]]);
});

test('engine-side problems use the engine’s wording', t => {
	t.deepEqual(dockerSays('type=volume,src=v1,dst=x'), ['invalid mount config for type "volume": invalid mount path: \'x\' mount path must be absolute']);
	t.deepEqual(dockerSays('type=bogus,dst=/x'), ['invalid mount config for type "bogus": mount type unknown']);
	t.deepEqual(dockerSays('type=bind,dst=/x'), ['invalid mount config for type "bind": field Source must not be empty']);
	t.deepEqual(dockerSays('type=bind,src=rel,dst=/x'), ['invalid mount config for type "bind": invalid mount path: \'rel\' mount path must be absolute']);
	t.deepEqual(dockerSays('type=bind,src=~/x,dst=/x'), ['invalid mount config for type "bind": invalid mount path: \'~/x\' mount path must be absolute']);
	t.deepEqual(dockerSays('type=bind,src=./x,dst=/x'), [], './ is made absolute by the client');
	t.deepEqual(dockerSays('type=tmpfs,src=/a,dst=/x'), ['invalid mount config for type "tmpfs": field Source must not be specified']);
	t.deepEqual(dockerSays('type=volume,src=bad@,dst=/x'), ['create bad@: "bad@" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path']);
	t.deepEqual(dockerSays('type=volume,src=bad@,dst=/x,volume-driver=nfs'), [], 'other drivers name volumes their own way');
	t.deepEqual(dockerSays('type=image,src=alpine,dst=/x', {apiVersion: '1.41'}), ['invalid mount config for type "image": mount type unknown']);
	t.deepEqual(dockerSays('type=image,src=alpine,dst=/x', {apiVersion: '1.47'}), []);
});

test('bind-create-src exists from docker 29.3; older clients refuse it in their own words', t => {
	t.deepEqual(dockerSays('type=bind,src=/tmp,dst=/x,bind-create-src', {clientVersion: '28.2.2'}), ['invalid field \'bind-create-src\' must be a key=value pair']);
	t.deepEqual(dockerSays('type=bind,src=/tmp,dst=/x,bind-create-src=true', {clientVersion: '28.2.2'}), ['unexpected key \'bind-create-src\' in \'bind-create-src=true\'']);
	t.deepEqual(dockerSays('type=bind,src=/tmp,dst=/x,bind-create-src', {clientVersion: '29.3.0'}), []);
	t.true(parseMountSpec('type=bind,src=/tmp,dst=/x,bind-create-src').mount!.createSource);
});

test('a problem points at the offending field', t => {
	const [problem] = parseMountSpec('type=volume,foo=bar,dst=/x').problems;
	t.deepEqual([problem?.start, problem?.end, problem?.code], [12, 19, 'unknown-key']);
	const [target] = parseMountSpec('type=volume,dst=rel').problems;
	t.deepEqual([target?.start, target?.end, target?.code], [12, 19, 'relative-target']);
});
