#!/usr/bin/env zx
// Docker as the oracle: every line of test/fixtures/docker-lines.txt goes
// through the real `docker create` (local alpine:latest only, --pull=never,
// 4 docker processes at once, everything made is removed) and through
// explainLine; writes the agreement figures into the `## differential`
// section of BENCHMARKS.md. Run: npx zx bench/differential.mjs
// `--details FILE` also writes every disagreement as JSON.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {$} from 'zx';
import {importBundled, machineLine, writeSection} from './report.mjs';

const temporary = await mkdtemp(path.join(os.tmpdir(), 'dockwise-bench-'));
const {oracle} = await importBundled({oracle: 'test/helpers/docker-oracle.ts'}, temporary);
const started = Date.now();
const {results, summary} = await oracle.runDifferential({concurrency: 4, corpus: new URL('../test/fixtures/docker-lines.txt', import.meta.url)});
const seconds = ((Date.now() - started) / 1000).toFixed(0);
await rm(temporary, {recursive: true, force: true});

const percent = (part, whole) => whole === 0 ? '–' : `${(100 * part / whole).toFixed(1)} %`;
const {stdout: versions} = await $`docker version --format ${'{{.Client.Version}} / {{.Server.Version}} (API {{.Server.APIVersion}})'}`;
const section = [
	`Measured by \`npx zx bench/differential.mjs\` (${machineLine()}), docker client / engine ${versions.trim()}, in ${seconds} s.`,
	`${summary.lines} lines of test/fixtures/docker-lines.txt (real-world lines from docker's documentation and well-known images, then systematic variants), each run through \`docker create\` and explainLine.`,
	'',
	'| what | figure |',
	'|---|---|',
	`| accept/reject agreement | **${percent(summary.agreement, summary.compared)}** (${summary.agreement} of ${summary.compared}) |`,
	`| lines docker accepts that dockwise accepts | ${summary.dockerAccepts - summary.falseRefusals} of ${summary.dockerAccepts} (false refusals: ${summary.falseRefusals}) |`,
	`| lines docker refuses that dockwise catches | ${summary.caught} of ${summary.dockerRefuses} |`,
	`| of those, our error quotes docker's exact words | ${summary.sameWords} of ${summary.caught} |`,
	`| of those, our error is on the word docker blames | ${summary.blameOk} of ${summary.caught} |`,
	`| accepted lines whose mounts, image, command and --rm match docker inspect | ${summary.factsAgree} of ${summary.factsCompared} |`,
	`| set apart: refused for missing state (image, container, context) | ${summary.missingState} |`,
	`| set apart: not run (would create a host folder, or pull) | ${summary.unsafe} |`,
	'',
	'Goals (asserted by test/explain/differential.test.ts): at least 97 % agreement, no false refusal.',
].join('\n');
await writeSection('differential', section);
console.log(section);

const detailsAt = process.argv.indexOf('--details');
if (detailsAt !== -1) {
	const wrong = results.filter(result => !result.agree || result.blameOk === false || result.sameWords === false || (result.factsAgree && !Object.values(result.factsAgree).every(Boolean)));
	await writeFile(process.argv[detailsAt + 1], JSON.stringify(wrong.map(result => ({
		line: result.line,
		docker: result.docker.kind === 'accept' ? {kind: 'accept', facts: result.docker.facts} : result.docker,
		dockwise: result.explanation.errors.map(error => ({at: result.line.slice(error.start, error.end), docker: error.docker, message: error.message})),
		sameWords: result.sameWords,
		blameOk: result.blameOk,
		factsAgree: result.factsAgree,
		mounts: result.factsAgree ? result.explanation.mounts.map(mount => ({type: mount.type, target: mount.target, source: mount.source, readOnly: mount.readOnly})) : undefined,
	})), null, 2));
}
