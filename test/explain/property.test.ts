import test from 'ava';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {explainLine, layoutExplanation, type Explanation} from '../../source/explain/index.js';

const seedLines = [
	'docker container run --rm --name my_alpine -it alpine:latest',
	'docker volume create --name my_volume',
	'docker volume ls',
	'docker volume inspect my_volume',
	'docker container run -it --name my_alpine \\\n  --mount type=volume,src=my_volume,dst=/home/my_folder \\\n  --rm alpine:latest sh',
	'docker container run -it --name my_alpine \\\n  --volume $HOME:/home/my_folder \\\n  --rm alpine:latest sh',
	'docker run -itd -v ./data:/data:ro,z --mount "type=bind,src=/srv,dst=/x",readonly -p 8080:80 nginx',
	'docker --context=prod -H ssh://me@host volume prune -f --filter label=x',
	'docker exec -it my_alpine sh -c "echo hi > /home/test.txt"',
	'docker rm -fv my_alpine',
	'docker run --tmpfs /run:size=64m --volumes-from db:ro --read-only alpine echo ~ $USER',
];

const fragments = [
	'docker', 'run', 'container', 'volume', 'create', 'ls', 'rm', 'exec', 'ps', 'system', 'prune', '--rm', '-it', '-itd', '-v', '--volume',
	'--mount', 'type=volume', 'src=my_volume', 'dst=/data', 'type=bind,', '-v=', '--name=', '--', '-', 'alpine:latest', 'sh', '-c',
	'$HOME', '~', '~/x', '"', '\'', '\\', '\\\n', '=', ',', ':', '/', ' ', '  ', '|', ';', '$(', ')', '`', '#', '\t', 'ro', 'nocopy', '-h',
];

const mutation = fc.record({
	kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace'),
	at: fc.nat(),
	text: fc.constantFrom('"', '\'', '=', ',', ':', ' ', '\\', '$', '~', '-', '\n', '\\\n', 'x', '--', '#'),
});

function mutate(line: string, mutations: Array<{kind: string; at: number; text: string}>): string {
	let result = line;
	for (const {kind, at, text} of mutations) {
		const index = result.length === 0 ? 0 : at % (result.length + 1);
		switch (kind) {
			case 'insert': {
				result = result.slice(0, index) + text + result.slice(index);
				break;
			}

			case 'delete': {
				result = result.slice(0, index) + result.slice(index + 1);
				break;
			}

			case 'duplicate': {
				result = result.slice(0, index) + result.slice(index, index + 3) + result.slice(index);
				break;
			}

			default: {
				result = result.slice(0, index) + text + result.slice(index + 1);
			}
		}
	}

	return result;
}

const mutatedLines = fc.tuple(fc.constantFrom(...seedLines), fc.array(mutation, {minLength: 1, maxLength: 8})).map(([line, mutations]) => mutate(line, mutations));
const randomLines = fc.array(fc.constantFrom(...fragments), {maxLength: 24}).map(parts => parts.join(' '));
const glued = fc.array(fc.constantFrom(...fragments), {maxLength: 16}).map(parts => parts.join(''));

const env = {HOME: '/home/ada', USER: 'ada'};

function holds(line: string, lang: 'en' | 'fr'): boolean {
	let explanation: Explanation;
	try {
		explanation = explainLine(line, {lang, env, cwd: '/home/ada', pathExists: path => path.length % 2 === 0 ? undefined : path.startsWith('/home')});
	} catch (error) {
		throw new Error(`explainLine threw on ${JSON.stringify(line)}: ${String(error)}`);
	}

	let previousEnd = 0;
	for (const token of explanation.tokens) {
		if (line.slice(token.start, token.end) !== token.text || token.start < previousEnd || token.end < token.start || token.summary === '') {
			throw new Error(`bad token ${JSON.stringify(token)} in ${JSON.stringify(line)}`);
		}

		previousEnd = token.end;
		for (const part of token.parts ?? []) {
			if (line.slice(part.start, part.end) !== part.text || part.start < token.start || part.end > token.end) {
				throw new Error(`bad part ${JSON.stringify(part)} in ${JSON.stringify(line)}`);
			}
		}
	}

	for (const item of [...explanation.errors, ...explanation.mounts]) {
		if (item.start < 0 || item.end > line.length || item.start > item.end) {
			throw new Error(`bad span ${JSON.stringify(item)} in ${JSON.stringify(line)}`);
		}
	}

	JSON.parse(JSON.stringify(explanation));
	for (const width of [24, 80]) {
		const lines = layoutExplanation(explanation, {lang, width, cursor: line.length, maxHeight: 10});
		if (lines.length > 10 || lines.some(panelLine => panelLine.reduce((sum, segment) => sum + segment.text.length, 0) > width)) {
			throw new Error(`layout overflows at ${width} columns for ${JSON.stringify(line)}`);
		}
	}

	return true;
}

test('mutated tutorial lines never throw and every token slices back to its text (6,000 lines)', t => {
	fc.assert(fc.property(mutatedLines, fc.constantFrom('en', 'fr'), (line, lang) => holds(line, lang)), {numRuns: 6000});
	t.pass();
});

test('random docker-like lines never throw and every token slices back to its text (5,000 lines)', t => {
	fc.assert(fc.property(fc.oneof(randomLines, glued, fc.string({maxLength: 40})), fc.constantFrom('en', 'fr'), (line, lang) => holds(line, lang)), {numRuns: 5000});
	t.pass();
});

// The differential corpus (test/fixtures/docker-lines.txt) exercises every value check and cross-flag rule.
const corpusLines = readFileSync(new URL('../fixtures/docker-lines.txt', import.meta.url), 'utf8')
	.split('\n')
	.filter(line => line.trim() !== '' && !line.startsWith('#'))
	.map(line => line.replaceAll('{tmp}', '/tmp/x').replaceAll('{vol}', 'v').replaceAll('{name}', 'n'));
const valueFragments = ['-1', '0', '70000', ':', '::', '=', ',', '/', '..', '~', 'abc', '1e9', '0x10', '1_0', '-', '[', ']', '@', 'sha256:', '"', '\'', ' ', '\\', '$HOME'];
const corpusMutation = fc.record({
	kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace'),
	at: fc.nat(),
	text: fc.constantFrom(...valueFragments),
});
const mutatedCorpus = fc.tuple(fc.constantFrom(...corpusLines), fc.array(corpusMutation, {minLength: 0, maxLength: 6})).map(([line, mutations]) => mutate(line, mutations));

test('mutated differential-corpus lines never throw, with and without engine facts (10,000 lines)', t => {
	fc.assert(fc.property(mutatedCorpus, fc.constantFrom('en', 'fr'), fc.boolean(), (line, lang, withEngine) => {
		holds(line, lang);
		const explanation = explainLine(line, {lang: lang, env, cwd: '/home/ada', engine: withEngine ? {apiVersion: '1.41', cpuCount: 2} : undefined, pathExists: path => path.length % 3 === 0});
		for (const error of explanation.errors) {
			if (error.message === '' || error.message.includes('{') || /undefined(?! behavior)|NaN/.test(error.docker ?? '')) {
				throw new Error(`bad error ${JSON.stringify(error)} for ${JSON.stringify(line)}`);
			}
		}

		return true;
	}), {numRuns: 10_000});
	t.pass();
});
