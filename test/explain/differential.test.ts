import {engineTest} from '../helpers/engine.js';
import {runDifferential, type LineResult} from '../helpers/docker-oracle.js';

// Docker itself is the oracle: corpus lines go through the real `docker create`
// (local alpine:latest only, --pull=never, 4 docker processes at once, every
// container and volume made removed again) and through explainLine. A third of
// the corpus by default, to keep the suite's load reasonable; all of it with
// DOCKWISE_DIFFERENTIAL=all (bench/differential.mjs always runs all of it).
const everything = process.env['DOCKWISE_DIFFERENTIAL'] === 'all';
let index = 0;
const sample = () => everything || index++ % 3 === 0;

const describe = (results: readonly LineResult[]) => results.map(result => {
	const docker = result.docker.kind === 'accept' ? 'accepts' : `says ${JSON.stringify('message' in result.docker ? result.docker.message : '')}`;
	const ours = result.explanation.errors.map(error => `${JSON.stringify(result.line.slice(error.start, error.end))}: ${error.docker ?? error.message}`).join('; ') || 'accepts';
	return `${result.line}\n    docker ${docker}\n    dockwise: ${ours}`;
}).join('\n');

engineTest('dockwise agrees with docker on the corpus: verdicts, words, blamed word, mounts/image/command/--rm', async t => {
	t.timeout(15 * 60_000);
	const {results, summary} = await runDifferential({concurrency: 4, filter: sample});
	t.log(`${summary.agreement}/${summary.compared} agree (${(100 * summary.agreement / summary.compared).toFixed(1)} %), ${summary.missingState} set apart for missing state`);

	t.deepEqual(results.filter(result => result.docker.kind === 'unsafe').map(result => result.line), [], 'the corpus only uses host paths that exist or lie in the temporary folder, and never pulls');
	t.is(describe(results.filter(result => result.docker.kind === 'accept' && !result.dockwiseAccepts)), '', 'no false refusal of a line docker accepts');
	t.true(summary.agreement / summary.compared >= 0.97, `at least 97 % agreement on accept/reject:\n${describe(results.filter(result => !result.agree && result.docker.kind === 'reject'))}`);
	t.is(describe(results.filter(result => result.blameOk === false)), '', 'every error sits on the word docker blames');
	t.is(describe(results.filter(result => result.sameWords === false)), '', 'every error quotes docker’s own words');
	t.is(describe(results.filter(result => result.factsAgree && !Object.values(result.factsAgree).every(Boolean))), '', 'mounts, image, command and --rm as docker inspect shows them');
});
