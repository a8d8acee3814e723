#!/usr/bin/env zx
// Measures explainLine (the pure call the side panel makes on every keystroke)
// and the panel layout over 1,000 varied docker lines, then writes the figures
// into the `## explain` section of BENCHMARKS.md. Run: npx zx bench/explain.mjs
import {mkdtemp, rm} from 'node:fs/promises';
import {importBundled, writeSection} from './report.mjs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

const loadAverage = os.loadavg()[0].toFixed(1);
const temporary = await mkdtemp(path.join(os.tmpdir(), 'dockwise-bench-'));

// Measure the code as it ships: bundled by esbuild, like dist/cli.js.
const {explain: {explainLine, layoutExplanation}, catalogue: {createHelpCatalogue}} = await importBundled({explain: 'source/explain/index.ts', catalogue: 'source/docker/help-catalogue.ts'}, temporary);

// A fixed seed keeps the 1,000 lines the same from run to run.
let seed = 0x5EED;
const random = () => {
	seed = (seed + 0x6D_2B_79_F5) | 0;
	let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
	return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
};

const pick = list => list[Math.floor(random() * list.length)];

const tutorial = [
	'docker container run --rm --name my_alpine -it alpine:latest',
	'docker volume create --name my_volume',
	'docker volume ls',
	'docker volume inspect my_volume',
	'docker container run -it --name my_alpine \\\n  --mount type=volume,src=my_volume,dst=/home/my_folder \\\n  --rm alpine:latest sh',
	'docker container run -it --name my_alpine1 \\\n  --mount type=volume,src=my_volume,dst=/home/my_folder1 \\\n  --rm alpine:latest sh',
	'docker container run -it --name my_alpine2 \\\n  --mount type=volume,src=my_volume,dst=/home/my_folder2 \\\n  --rm alpine:latest sh',
	'docker container run -it --name my_alpine \\\n  --volume $HOME:/home/my_folder \\\n  --rm alpine:latest sh',
];

const runFlags = [
	'--rm', '-it', '-d', '--name web', '-p 8080:80', '-e KEY=value', '--env-file .env', '-w /app', '-u 1000:1000', '--network host',
	'--restart unless-stopped', '-l team=data', '--privileged', '--cap-add SYS_ADMIN', '--read-only', '--tmpfs /run:size=64m',
	'--volumes-from db:ro', '-m 512m', '--cpus 1.5', '--pid=host', '--init', '--pull never', '-v ./data:/data:ro,z', '-v cache:/cache',
	'-v /var/run/docker.sock:/var/run/docker.sock', '--mount type=bind,src=/srv/www,dst=/usr/share/nginx/html,readonly',
	'--mount type=tmpfs,dst=/tmp,tmpfs-size=64m', '--mount type=volume,dst=/anon', '--mount "type=volume,src=my data,dst=/d"',
	'-v $HOME/.ssh:/root/.ssh:ro', '--rm=false', '-itd', '--entrypoint sh', '--hostname box', '--add-host db:10.0.0.2',
	'--mount type=volume,foo=bar,dst=/x', '-v vol:rel', '--bogus',
];
const images = ['alpine:latest', 'alpine', 'nginx:1.27', 'registry.local:5000/team/app@sha256:abc', 'postgres:16'];
const containerCommands = ['', 'sh', 'sh -c "echo hi > /home/test.txt"', 'ls -la /data', 'cat /etc/os-release'];
const others = [
	'docker ps -a', 'docker ps -aq --filter status=exited', 'docker container ls --format json', 'docker rm -fv my_alpine', 'docker rm a b c',
	'docker exec -it my_alpine sh', 'docker cp my_alpine:/home/test.txt ./test.txt', 'docker diff my_alpine', 'docker logs -f --tail 20 web',
	'docker start my_alpine', 'docker stop -t 5 my_alpine', 'docker image ls', 'docker images -q', 'docker pull alpine', 'docker rmi -f alpine',
	'docker system df -v', 'docker system prune -af --volumes', 'docker volume prune -f', 'docker volume prune --all',
	'docker volume rm my_volume other_volume', 'docker volume list', 'docker --context prod -H ssh://me@host ps',
	'docker volume ls | grep my', 'docker network create net1', 'docker compose up -d', 'volume ls', 'run -it alpine',
];

function mutate(line) {
	const characters = ['"', '\'', '=', ',', ':', ' ', '\\', '-', 'x'];
	let result = line;
	for (let count = 1 + Math.floor(random() * 3); count > 0; count--) {
		const index = Math.floor(random() * (result.length + 1));
		result = random() < 0.5 ? result.slice(0, index) + pick(characters) + result.slice(index) : result.slice(0, index) + result.slice(index + 1);
	}

	return result;
}

const lines = [...tutorial, ...others];
while (lines.length < 1000) {
	const kind = random();
	if (kind < 0.5) {
		const flags = Array.from({length: 1 + Math.floor(random() * 6)}, () => pick(runFlags));
		lines.push(`docker ${pick(['run', 'container run', 'create'])} ${flags.join(' ')} ${pick(images)} ${pick(containerCommands)}`.trim());
	} else if (kind < 0.7) {
		// What the panel sees while a line is typed: one of its prefixes.
		const line = pick(tutorial);
		lines.push(line.slice(0, 1 + Math.floor(random() * line.length)));
	} else if (kind < 0.9) {
		lines.push(mutate(pick([...tutorial, ...others])));
	} else {
		lines.push(pick(others));
	}
}

const env = {HOME: os.homedir(), USER: 'bench'};
const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];

function measure(label, run) {
	for (let round = 0; round < 10; round++) {
		for (const line of lines) {
			run(line);
		}
	}

	const samples = [];
	const cpuSamples = [];
	for (let round = 0; round < 5; round++) {
		for (const line of lines) {
			const cpuStart = process.cpuUsage();
			const start = performance.now();
			run(line);
			samples.push(performance.now() - start);
			const cpu = process.cpuUsage(cpuStart);
			cpuSamples.push((cpu.user + cpu.system) / 1000);
		}
	}

	samples.sort((a, b) => a - b);
	cpuSamples.sort((a, b) => a - b);
	return {label, calls: samples.length, p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), max: samples.at(-1), cpu99: percentile(cpuSamples, 0.99)};
}

const results = [];
results.push(measure('explainLine, curated knowledge only', line => explainLine(line, {lang: 'en', env, cwd: '/home/bench'})));
results.push(measure('explainLine, French', line => explainLine(line, {lang: 'fr', env, cwd: '/home/bench'})));

const catalogue = createHelpCatalogue({docker: process.env.DOCKWISE_DOCKER ?? 'docker', cacheDirectory: path.join(temporary, 'cache')});
const wanted = new Map();
for (const line of lines) {
	for (const commandPath of explainLine(line, {lang: 'en'}).catalogueWanted) {
		wanted.set(commandPath.join(' '), commandPath);
	}
}

await catalogue.loadAll([...wanted.values()]);
const snapshot = catalogue.snapshot();
if (snapshot.commands.size > 0) {
	results.push(measure(`explainLine, with docker ${snapshot.clientVersion}’s catalogue (${snapshot.commands.size} commands)`, line => explainLine(line, {lang: 'en', env, catalogue: snapshot, engine: {apiVersion: '1.41'}})));
}

const explanations = new Map(lines.map(line => [line, explainLine(line, {lang: 'en', env})]));
results.push(measure('panel layout at 80 columns, 14 lines', line => layoutExplanation(explanations.get(line), {lang: 'en', width: 80, cursor: line.length, maxHeight: 14})));
results.push(measure('keystroke total: explainLine + layout', line => layoutExplanation(explainLine(line, {lang: 'en', env}), {lang: 'en', width: 80, cursor: line.length, maxHeight: 14})));

await catalogue.flush();
await rm(temporary, {recursive: true, force: true});

const format = milliseconds => `${milliseconds.toFixed(3)} ms`;
const explainP99 = results[0].p99;
const section = [
	'## explain',
	'',
	`Measured by \`npx zx bench/explain.mjs\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus()[0]?.model ?? os.arch()} (${os.cpus().length} CPUs), load average ${loadAverage} when it started (wall-clock p99 and max rise with the load of other processes; p50 and CPU time hardly move).`,
	`${lines.length} varied lines (the tutorial's commands, random run/create lines from 38 flag forms, prefixes of lines being typed, mutated lines, other commands), each timed 5 times after 10 warm-up rounds.`,
	'',
	'| what | calls | p50 | p99 | max | CPU p99 |',
	'|---|---|---|---|---|---|',
	...results.map(result => `| ${result.label} | ${result.calls} | ${format(result.p50)} | ${format(result.p99)} | ${format(result.max)} | ${format(result.cpu99)} |`),
	'',
	`Target: explainLine p99 under 1 ms: wall clock ${explainP99 < 1 ? 'met' : 'NOT met'} (${format(explainP99)}), CPU time ${results[0].cpu99 < 1 ? 'met' : 'NOT met'} (${format(results[0].cpu99)}; process.cpuUsage, GC threads included, which the scheduler does not inflate when other processes load the machine).`,
	'Keystroke-to-frame latency in the REPL itself: see the keystroke section.',
	'',
].join('\n');

await writeSection('explain', section.replace(/^## explain\n/, ''));
console.log(section);
