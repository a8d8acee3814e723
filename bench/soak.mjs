#!/usr/bin/env zx
// Soak test of the built REPL (bin/dockwise.js) in a real pseudo-terminal on the real
// engine, with issue #15's mix: commands (volume create/ls/inspect/rm with unique
// names, run --rm, errors, built-ins), `-it` hand-overs, Ctrl-C during a running
// `sleep 30`, and answered loss questions. Steps are followed through the REPL's
// own reports (the demo control socket: started, question, idle), never by sleeping.
// Reports: crashes (the REPL exits or prints an internal error), hangs (a step not
// done within --step-timeout), docker client processes left alive (children of
// dockwise seen during the run and still running after it quit), containers and
// volumes left behind (only ours: label dockwise.test=soak-RUN, names soak-RUN-*),
// resident memory over time, and `stty -a` of the pty at the first and last prompt.
// Run: npx zx bench/soak.mjs            (200 commands, 20 hand-overs, 50 Ctrl-C; ~28 min at load 30)
//      npx zx bench/soak.mjs --quick    (30 commands, 3 hand-overs, 5 Ctrl-C; ~2 min)
// Options: --commands N --handovers N --interrupts N --step-timeout MS --no-write
import {execFileSync, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {readFileSync, readdirSync, rmSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {argv} from 'zx';
import {machineLine, writeSection} from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = argv.quick === true;
const counts = {
	commands: Number(argv.commands ?? (quick ? 30 : 200)),
	handovers: Number(argv.handovers ?? (quick ? 3 : 20)),
	interrupts: Number(argv.interrupts ?? (quick ? 5 : 50)),
};
const stepTimeout = Number(argv['step-timeout'] ?? 90_000);
// Stop taking steps after this long (the end checks still run, and the report says where it stopped).
const maxMinutes = Number(argv['max-minutes'] ?? Number.POSITIVE_INFINITY);
const run = randomBytes(3).toString('hex');
const prefix = `soak-${run}`;
const label = `dockwise.test=soak-${run}`;
const columns = 120;
const rows = 40;

spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {stdio: 'inherit'});
const temporary = await mkdtemp(path.join(os.tmpdir(), 'dockwise-soak-'));
process.on('exit', () => {
	rmSync(temporary, {recursive: true, force: true});
});

// ---- the REPL's reports, over the demo control socket --------------------------------
const socketPath = path.join(temporary, 'control.sock');
const reports = [];
const reportWaiters = new Set();
const server = net.createServer(socket => {
	socket.setEncoding('utf8');
	let buffer = '';
	socket.on('data', data => {
		buffer += data;
		let newline;
		while ((newline = buffer.indexOf('\n')) !== -1) {
			const line = buffer.slice(0, newline);
			buffer = buffer.slice(newline + 1);
			try {
				reports.push(JSON.parse(line));
			} catch {
				continue;
			}

			for (const waiter of reportWaiters) waiter();
		}
	});
});
await new Promise(resolve => {
	server.listen(socketPath, resolve);
});

/** Resolves with the first report after index `from` of `type` (and matching `test`), or rejects after `timeout`. */
async function nextReport(from, type, timeout = stepTimeout, test = () => true) {
	return new Promise((resolve, reject) => {
		const check = () => {
			const found = reports.slice(from).find(report => report.type === type && test(report));
			if (found) {
				cleanup();
				resolve(found);
			} else if (exited) {
				cleanup();
				reject(new Error(`dockwise exited (${JSON.stringify(exited)}) while waiting for ${type}`));
			}
		};

		const timer = setTimeout(() => {
			cleanup();
			reject(new Error(`no ${type} report within ${timeout} ms`));
		}, timeout);
		const cleanup = () => {
			clearTimeout(timer);
			reportWaiters.delete(check);
		};

		reportWaiters.add(check);
		check();
	});
}

// ---- the REPL in a pty -----------------------------------------------------------------
const terminal = new xterm.Terminal({cols: columns, rows, scrollback: 5000, allowProposedApi: true});
const env = {...process.env, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', XDG_STATE_HOME: temporary, XDG_CACHE_HOME: path.join(temporary, 'cache'), CI: 'false', DOCKWISE_DEMO_CONTROL: socketPath};
const child = pty.spawn(process.execPath, [path.join(root, 'bin/dockwise.js')], {name: 'xterm-256color', cols: columns, rows, cwd: root, env});
let exited;
let output = '';
child.onData(data => {
	output += data;
	if (output.length > 4_000_000) output = output.slice(-2_000_000);
	terminal.write(data);
	for (const waiter of reportWaiters) waiter();
});
child.onExit(value => {
	exited = value;
	for (const waiter of reportWaiters) waiter();
});
process.on('exit', () => {
	if (!exited) child.kill();
});
const ptsName = child.ptsName;

const delay = milliseconds => new Promise(resolve => {
	setTimeout(resolve, milliseconds);
});

function screen() {
	const buffer = terminal.buffer.active;
	return Array.from({length: rows}, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '').join('\n');
}

async function waitForScreen(test, timeout) {
	const deadline = Date.now() + timeout;
	while (!test(screen())) {
		if (exited) throw new Error(`dockwise exited (${JSON.stringify(exited)})`);
		if (Date.now() > deadline) throw new Error(`screen did not show the expected text within ${timeout} ms`);
		await delay(50);
	}
}

// ---- processes and memory -----------------------------------------------------------------
function processTable() {
	const table = new Map();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const close = stat.lastIndexOf(')');
			const comm = stat.slice(stat.indexOf('(') + 1, close);
			const ppid = Number(stat.slice(close + 2).split(' ')[1]);
			const command = comm === 'docker' ? readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim() : comm;
			table.set(Number(entry), {pid: Number(entry), ppid, comm, command});
		} catch {
			// Gone meanwhile.
		}
	}

	return table;
}

function descendants(pid) {
	const table = processTable();
	const found = [];
	const queue = [pid];
	while (queue.length > 0) {
		const parent = queue.shift();
		for (const process_ of table.values()) {
			if (process_.ppid === parent) {
				found.push(process_);
				queue.push(process_.pid);
			}
		}
	}

	return found;
}

const dockerClients = new Map();
function rssMiB(pid) {
	try {
		return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
	} catch {
		return Number.NaN;
	}
}

const samples = [];
const started = Date.now();
let stepIndex = 0;
const sampler = setInterval(() => {
	if (exited) return;
	samples.push({seconds: (Date.now() - started) / 1000, step: stepIndex, rss: rssMiB(child.pid)});
	for (const process_ of descendants(child.pid)) {
		if (process_.comm === 'docker') dockerClients.set(process_.pid, process_);
	}
}, 1000);

function sttyState() {
	return execFileSync('stty', ['-a', '-F', ptsName], {encoding: 'utf8'}).trim();
}

async function docker(...args) {
	const result = spawnSync('docker', args, {encoding: 'utf8'});
	return result.stdout.trim();
}

// ---- the steps --------------------------------------------------------------------------
let volumeNumber = 0;
/** One cycle of plain commands (10 of them; one asks a question, answered yes). */
function commandCycle(cycle) {
	const volume = `${prefix}-v${volumeNumber++}`;
	const builtins = [':help', ':state', ':history'];
	return [
		{kind: 'command', line: `volume create --label ${label} ${volume}`},
		{kind: 'command', line: `volume ls --filter label=${label}`},
		{kind: 'command', line: `volume inspect ${volume}`},
		{kind: 'command', line: `run --rm --label ${label} -v ${volume}:/d alpine:latest sh -c 'echo soak > /d/f'`},
		{kind: 'question', line: `volume rm ${volume}`},
		{kind: 'command', line: `volume inspect ${prefix}-missing-${cycle}`},
		{kind: 'command', line: builtins[cycle % builtins.length]},
		{kind: 'command', line: `run --rm --label ${label} alpine:latest echo soak-${cycle}`},
		{kind: 'command', line: `volume lss ${cycle}`},
		{kind: 'command', line: `run --rm --label ${label} alpine:latest sh -c 'exit 3'`},
	];
}

const plan = [];
const cycles = Math.ceil(counts.commands / 10);
const commands = Array.from({length: cycles}, (_, cycle) => commandCycle(cycle)).flat().slice(0, counts.commands);
// Hand-overs and Ctrl-C spread evenly among the commands.
const specials = [
	...Array.from({length: counts.handovers}, () => ({kind: 'handover', line: `run --rm -it --label ${label} alpine:latest sh`})),
	...Array.from({length: counts.interrupts}, () => ({kind: 'interrupt', line: `run --rm --label ${label} alpine:latest sleep 30`})),
];
const handovers = specials.filter(step => step.kind === 'handover');
const interrupts = specials.filter(step => step.kind === 'interrupt');
let h = 0;
let i = 0;
for (const [index, command] of commands.entries()) {
	plan.push(command);
	const wantH = Math.round(((index + 1) * handovers.length) / commands.length);
	const wantI = Math.round(((index + 1) * interrupts.length) / commands.length);
	while (h < wantH) plan.push(handovers[h++]);
	while (i < wantI) plan.push(interrupts[i++]);
}

const results = {steps: 0, done: {command: 0, question: 0, handover: 0, interrupt: 0}, hangs: [], crashes: [], internalErrors: 0, durations: []};

async function submitLine(line) {
	child.write(line);
	await delay(30);
	child.write('\r');
}

async function runStep(step) {
	const from = reports.length;
	await submitLine(step.line);
	switch (step.kind) {
		case 'command': {
			break;
		}

		case 'question': {
			await nextReport(from, 'question');
			// The question reads keys only after a short grace time: answer once it is on screen and the keyboard quiet.
			await waitForScreen(text => text.includes('Run it? [y/N]'), stepTimeout);
			await delay(700);
			child.write('y');
			break;
		}

		case 'handover': {
			await nextReport(from, 'started', stepTimeout, report => report.terminal);
			await waitForScreen(text => /\/ # ?$/m.test(text), stepTimeout);
			child.write('exit\r');
			break;
		}

		case 'interrupt': {
			await nextReport(from, 'started');
			await delay(500 + ((results.steps * 137) % 1000));
			child.write('\u0003');
			break;
		}
	}

	await nextReport(from, 'idle');
}

// ---- run ----------------------------------------------------------------------------------
await nextReport(0, 'ready', 60_000);
await waitForScreen(text => /engine \d+\.\d+/.test(text), 60_000);
const sttyBefore = sttyState();
const rssStart = rssMiB(child.pid);
console.log(`soak ${run}: ${plan.length} steps (${counts.commands} commands, ${counts.handovers} hand-overs, ${counts.interrupts} Ctrl-C), pty ${ptsName}`);
let stoppedEarly = false;
for (const step of plan) {
	if ((Date.now() - started) / 60_000 > maxMinutes) {
		stoppedEarly = true;
		break;
	}

	if (exited) {
		results.crashes.push({step: stepIndex, line: step.line, exit: exited});
		break;
	}

	const stepStart = Date.now();
	try {
		await runStep(step);
		results.done[step.kind]++;
		results.durations.push({kind: step.kind, ms: Date.now() - stepStart});
	} catch (error) {
		if (exited) {
			results.crashes.push({step: stepIndex, line: step.line, exit: exited});
			break;
		}

		results.hangs.push({step: stepIndex, kind: step.kind, line: step.line, error: error.message, screen: screen().split('\n').filter(Boolean).slice(-8).join('\n')});
		console.log(`HANG at step ${stepIndex} (${step.line}): ${error.message}`);
		// Get the REPL back: Ctrl-C (twice spaced: once stops a command, an answer, a shell line), then wait for idle.
		const from = reports.length;
		child.write('\u0003');
		await nextReport(from, 'idle', 30_000).catch(() => {});
	}

	results.steps++;
	stepIndex++;
	if (stepIndex % 20 === 0) {
		console.log(`${stepIndex}/${plan.length} steps, ${Math.round((Date.now() - started) / 1000)} s, RSS ${Math.round(rssMiB(child.pid))} MiB`);
	}
}

results.internalErrors = (terminal.buffer.active.length > 0 ? output : '').split('internal error').length - 1;
const sttyAfter = exited ? undefined : sttyState();
const rssEnd = rssMiB(child.pid);
// The events stream is dockwise's own long-lived client, not a leak.
const isEventStream = process_ => / events\b/.test(process_.command);
const liveClientsAtEnd = descendants(child.pid).filter(process_ => process_.comm === 'docker' && !isEventStream(process_));

// Quit, then look for what is left.
const quitStart = Date.now();
if (!exited) {
	await submitLine(':quit');
	const deadline = Date.now() + 15_000;
	while (!exited && Date.now() < deadline) await delay(50);
}

const quitMs = exited ? Date.now() - quitStart : undefined;
clearInterval(sampler);
await delay(1000);
const table = processTable();
const leakedClients = [...dockerClients.values()].filter(process_ => table.get(process_.pid)?.comm === 'docker');
// `sleep 30` containers stopped by Ctrl-C may still be running (docker's sig-proxy does not stop a PID 1 that ignores SIGINT): give them their 30 s.
const leftNow = {containers: await docker('ps', '-a', '--filter', `label=${label}`, '--format', '{{.Names}} {{.Status}}'), volumes: await docker('volume', 'ls', '-q', '--filter', `name=${prefix}`)};
const settleDeadline = Date.now() + 45_000;
let left = leftNow;
while ((left.containers !== '' || left.volumes !== '') && Date.now() < settleDeadline) {
	await delay(3000);
	left = {containers: await docker('ps', '-a', '--filter', `label=${label}`, '--format', '{{.Names}} {{.Status}}'), volumes: await docker('volume', 'ls', '-q', '--filter', `name=${prefix}`)};
}

// Clean what is ours only (by this run's label and name prefix).
for (const name of left.containers.split('\n').filter(Boolean).map(entry => entry.split(' ')[0])) spawnSync('docker', ['rm', '-f', '-v', name]);
for (const name of left.volumes.split('\n').filter(Boolean)) spawnSync('docker', ['volume', 'rm', name]);
server.close();
terminal.dispose();

// ---- report ---------------------------------------------------------------------------------
const minutes = (Date.now() - started) / 60_000;
const percentileOf = (values, fraction) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
};

const kinds = ['command', 'question', 'handover', 'interrupt'];
const durationRows = kinds.map(kind => {
	const values = results.durations.filter(entry => entry.kind === kind).map(entry => entry.ms);
	return `| ${kind} | ${results.done[kind]} | ${values.length > 0 ? `${Math.round(percentileOf(values, 0.5))} ms` : '–'} | ${values.length > 0 ? `${Math.round(percentileOf(values, 0.99))} ms` : '–'} | ${values.length > 0 ? `${Math.round(Math.max(...values))} ms` : '–'} |`;
});
const rssValues = samples.map(sample => sample.rss).filter(Number.isFinite);
const rssOverTime = Array.from({length: 11}, (_, tenth) => samples[Math.min(samples.length - 1, Math.floor((tenth / 10) * (samples.length - 1)))]).filter(Boolean)
	.map(sample => `${Math.round(sample.seconds)} s (step ${sample.step}): ${Math.round(sample.rss)} MiB`).join(' · ');
const sttyDiff = sttyAfter === undefined ? ['(dockwise had exited: no "after")'] : diffWords(sttyBefore, sttyAfter);
function diffWords(before, after) {
	const a = new Set(before.split(/[\s;]+/));
	const b = new Set(after.split(/[\s;]+/));
	return [...[...a].filter(word => !b.has(word)).map(word => `-${word}`), ...[...b].filter(word => !a.has(word)).map(word => `+${word}`)];
}

const body = `Measured by \`npx zx bench/soak.mjs${quick ? ' --quick' : ''}\` (full run: \`npx zx bench/soak.mjs\`, ~28 min at load 30 on this machine; \`--quick\` for a short one; not part of \`bench/all.mjs\`: too long). Machine: ${machineLine()}, load average ${os.loadavg().map(value => value.toFixed(1)).join(' ')} at the end.
The built REPL in a ${columns}×${rows} pseudo-terminal on the real engine; steps followed through the REPL's own reports (control socket), each allowed ${stepTimeout / 1000} s. ${stoppedEarly ? `**Stopped by --max-minutes ${maxMinutes} after ${results.steps} of ${plan.length} steps** (${results.steps} steps` : `${plan.length} steps`} in ${minutes.toFixed(1)} min${stoppedEarly ? ')' : ''}; the plan: ${counts.commands} commands (volume create/ls/inspect/rm with unique names, \`run --rm\` writing to a volume, errors: unknown volume, misspelt subcommand, exit 3; built-ins :help :state :history; one \`volume rm\` of a volume with data per 10 commands, its question answered y), ${counts.handovers} \`run --rm -it … sh\` hand-overs (\`exit\` typed in the shell), ${counts.interrupts} Ctrl-C during \`run --rm alpine:latest sleep 30\`.

| step | done | p50 | p99 | max |
|---|---|---|---|---|
${durationRows.join('\n')}

- Crashes: **${results.crashes.length}**${results.crashes.map(crash => ` (step ${crash.step} \`${crash.line}\`: ${JSON.stringify(crash.exit)})`).join('')}; "internal error" printed: ${results.internalErrors}.
- Hangs (a step not done within ${stepTimeout / 1000} s): **${results.hangs.length}**${results.hangs.map(hang => ` (step ${hang.step}, ${hang.kind} \`${hang.line}\`: ${hang.error})`).join(';')}.
- Docker client processes: ${dockerClients.size} seen as children of dockwise during the run; alive under dockwise at the last prompt, besides its \`docker events\` stream: **${liveClientsAtEnd.length}**${liveClientsAtEnd.map(process_ => ` (${process_.command === '' ? 'no command line: exiting, or a zombie' : `\`${process_.command}\``})`).join('')}; still alive after it quit: **${leakedClients.length}**.
- \`:quit\` took ${quitMs === undefined ? 'more than 15 s (killed)' : `${quitMs} ms`}.
- Left behind (this run's label and name prefix only): right after quitting ${leftNow.containers === '' ? 'no container' : `containers: ${leftNow.containers.split('\n').length}`}, ${leftNow.volumes === '' ? 'no volume' : `volumes: ${leftNow.volumes.split('\n').length}`}; 45 s later (for the \`sleep 30\` containers Ctrl-C left running): ${left.containers === '' ? 'no container' : `**containers: ${left.containers.split('\n').join(', ')}**`}, ${left.volumes === '' ? 'no volume' : `**volumes: ${left.volumes.split('\n').join(', ')}**`} (removed by the script afterwards).
- Resident memory: ${Math.round(rssStart)} MiB at the first prompt, ${Math.round(rssEnd)} MiB at the last, max ${Math.round(Math.max(...rssValues))} MiB over ${samples.length} samples (1 s apart). Over time: ${rssOverTime}.
- Terminal (\`stty -a\` of the pty at the first and the last prompt): ${sttyDiff.length === 0 ? '**identical**' : `**differs**: ${sttyDiff.join(' ')}`}.`;
if (argv['write'] !== false) await writeSection(quick ? 'soak (quick)' : 'soak', body);
console.log(body);
for (const hang of results.hangs) console.log(`\nhang at step ${hang.step}:\n${hang.screen}`);
process.exit(0);
