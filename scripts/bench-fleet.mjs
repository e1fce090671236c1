// npm run bench:fleet [-- --runs N] [--functions N] [--sources N] [--files N] [--parallel 1,4,8]
//
// Times fleet mode (issue 17) end to end: the action's whole step (dist/index.js under Node
// 24, through scripts/lib/run-action.mjs, so process start, reading the manifest, packaging
// and every Lambda call count) deploying a manifest of 20 functions built from 5 source trees
// (a few hundred small generated files each) into moto (started once on a free loopback port),
// with max-parallel 1, 4 and 8. Each function has alias `live`, so every run updates the code,
// publishes and moves the aliases together. Before every run each tree gets a fresh stamp
// file, so every function really gets new code. The settings alternate (1, 4, 8, 1, 4, 8,
// ...), N runs each (default 3), and the medians of the wall time (around the whole process)
// and of the step's peak RSS (GNU time's %M, else VmHWM from /proc polled while it runs) are
// printed with the machine's cores and CPU model. There are no targets: the exit code is
// non-zero only when something broke (moto, a run failing, `results` missing a function).
// The trees are generated into .tmp/bench-fleet/ (rewritten on every start). MB is 10^6 bytes.
import {
  LambdaClient,
  CreateAliasCommand,
  CreateFunctionCommand,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { GNU_TIME } from './bench/measure.mjs';
import { MB, median, megabytes, secondsText, table } from './bench/report.mjs';
import { MOTO_VERSION, createLambdaRole, startMoto } from './lib/moto-server.mjs';
import { ACTION_ENTRY, NODE_24, runAction } from './lib/run-action.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.tmp/bench-fleet');
const WORKSPACE = path.join(WORK, 'workspace');
const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      functions: { type: 'string', default: '20' },
      sources: { type: 'string', default: '5' },
      files: { type: 'string', default: '300' },
      parallel: { type: 'string', default: '1,4,8' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run bench:fleet -- [--runs N] [--functions N] [--sources N] [--files N] [--parallel 1,4,8]',
    );
    process.exit(0);
  }
  const positive = (name) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  const parallel = values.parallel.split(',').map((text) => Number(text.trim()));
  if (!parallel.every((value) => Number.isInteger(value) && value >= 1)) {
    throw new Error(
      `--parallel must be positive integers separated by commas, not '${values.parallel}'`,
    );
  }
  return {
    runs: positive('runs'),
    functions: positive('functions'),
    sources: positive('sources'),
    files: positive('files'),
    parallel,
  };
}

// ---- the machine -------------------------------------------------------------------------

function machine() {
  let model = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line !== undefined) model = line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // not Linux: os.cpus() it is
  }
  return (
    `${os.hostname()}: ${os.availableParallelism()} cores (${os.cpus().length} CPUs), ${model}, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`
  );
}

// ---- the source trees and the manifest ---------------------------------------------------

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'value',
  'handler',
  'request',
  'config',
  'result',
  'event',
  'item',
  'cache',
  'retry',
  'token',
];

/** `files` small JS/JSON files in nested package-like directories; returns the byte count. */
function generateTree(root, files, seed) {
  const next = random(seed);
  let bytes = 0;
  const write = (relative, content) => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    bytes += Buffer.byteLength(content);
  };
  write('index.js', 'exports.handler = async (event) => ({ ok: true, event });\n');
  for (let i = 1; i < files; i++) {
    const pkg = `node_modules/pkg-${Math.floor(i / 25)}`;
    if (i % 25 === 0) {
      write(
        `${pkg}/package.json`,
        `${JSON.stringify({ name: `pkg-${i / 25}`, version: '1.0.0', main: 'index.js' }, null, 2)}\n`,
      );
      continue;
    }
    const lines = [];
    const count = 10 + Math.floor(next() * 60);
    for (let line = 0; line < count; line++) {
      const a = WORDS[Math.floor(next() * WORDS.length)];
      const b = WORDS[Math.floor(next() * WORDS.length)];
      lines.push(
        `exports.${a}${line} = function ${b}${line}(${a}) { return ${a} + ${Math.floor(next() * 1e6)}; };`,
      );
    }
    write(`${pkg}/lib/file-${i}.js`, `${lines.join('\n')}\n`);
  }
  return bytes;
}

function sourceName(index) {
  return `src-${index + 1}`;
}

function functionName(index) {
  return `bench-fleet-${String(index + 1).padStart(2, '0')}`;
}

function writeManifest(functions, sources) {
  const lines = ['defaults:', '  alias: live', 'functions:'];
  for (let i = 0; i < functions; i++) {
    lines.push(`  - function-name: ${functionName(i)}`, `    source: ${sourceName(i % sources)}`);
  }
  writeFileSync(path.join(WORKSPACE, 'fleet.yml'), `${lines.join('\n')}\n`);
}

/** New code for every function: a stamp file in every tree that differs on each run. */
function restamp(sources, label) {
  for (let i = 0; i < sources; i++) {
    writeFileSync(
      path.join(WORKSPACE, sourceName(i), 'stamp.js'),
      `module.exports = ${JSON.stringify(`${label} ${process.hrtime.bigint()}`)};\n`,
    );
  }
}

// ---- moto --------------------------------------------------------------------------------

/** A zip of one stored file, index.js, built by hand (no dependency on an archiver here). */
function tinyZip() {
  const name = Buffer.from('index.js');
  const data = Buffer.from("exports.handler = async () => 'v1';\n");
  const compressed = deflateRawSync(data);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, compressed, central, name, end]);
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

async function createFunctions(endpoint, role, functions) {
  const client = new LambdaClient({ region: REGION, endpoint, credentials: CREDENTIALS });
  const zip = tinyZip();
  for (let i = 0; i < functions; i++) {
    const name = functionName(i);
    await client.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: role,
        Code: { ZipFile: zip },
      }),
    );
    const published = await client.send(new PublishVersionCommand({ FunctionName: name }));
    await client.send(
      new CreateAliasCommand({
        FunctionName: name,
        Name: 'live',
        FunctionVersion: published.Version,
      }),
    );
  }
  client.destroy();
}

// ---- one timed run -----------------------------------------------------------------------

/**
 * The command runAction starts instead of Node itself: Node 24 under GNU time, which writes
 * the peak RSS (%M, KiB) to $BENCH_FLEET_STATS. Without GNU time, a shell that starts Node,
 * writes its pid to $BENCH_FLEET_PID (polled for VmHWM) and waits for it.
 */
function nodeWrapper() {
  const wrapper = path.join(WORK, 'timed-node.sh');
  const body = existsSync(GNU_TIME)
    ? `exec ${GNU_TIME} -f '%M' -o "$BENCH_FLEET_STATS" ${JSON.stringify(NODE_24)} "$@"\n`
    : `${JSON.stringify(NODE_24)} "$@" &\nchild=$!\necho "$child" > "$BENCH_FLEET_PID"\nwait "$child"\n`;
  writeFileSync(wrapper, `#!/bin/sh\n${body}`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

/** Polls /proc/<pid>/status's VmHWM (KiB) of the pid written to `pidFile` until stopped. */
function pollPeak(pidFile) {
  let peakKiB = 0;
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped || !existsSync(pidFile)) return;
    try {
      const pid = readFileSync(pidFile, 'utf8').trim();
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      peakKiB = Math.max(peakKiB, kib);
    } catch {
      // gone already, or not started
    }
  }, 20);
  return () => {
    stopped = true;
    clearInterval(timer);
    return peakKiB * 1024;
  };
}

async function timedRun({ endpoint, wrapper, maxParallel, functions, label }) {
  const statsFile = path.join(WORK, 'time-stats.txt');
  const pidFile = path.join(WORK, 'node.pid');
  rmSync(statsFile, { force: true });
  rmSync(pidFile, { force: true });
  const runnerTemp = path.join(WORK, 'runner-temp');
  const home = path.join(WORK, 'home');
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp, { recursive: true });
  mkdirSync(home, { recursive: true });
  const stopPolling = existsSync(GNU_TIME) ? () => 0 : pollPeak(pidFile);
  const started = performance.now();
  const run = await runAction({
    node: wrapper,
    workspace: WORKSPACE,
    inputs: { manifest: 'fleet.yml', 'max-parallel': String(maxParallel) },
    env: {
      HOME: home,
      RUNNER_TEMP: runnerTemp,
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: 'true',
      BENCH_FLEET_STATS: statsFile,
      BENCH_FLEET_PID: pidFile,
    },
  });
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(path.join(WORK, 'last-run.log'), `${run.stdout}\n--- stderr\n${run.stderr}`);
  let peakRssBytes = stopPolling();
  if (existsSync(GNU_TIME) && existsSync(statsFile)) {
    const last = readFileSync(statsFile, 'utf8').trim().split('\n').at(-1) ?? '';
    if (/^\d+$/.test(last)) peakRssBytes = Number(last) * 1024;
  }
  const tail = () => `${run.stdout.split('\n').slice(-40).join('\n')}\n${run.stderr.slice(-4000)}`;
  if (run.exitCode !== 0) {
    throw new Error(`${label}: the step exited ${run.exitCode}:\n${tail()}`);
  }
  let results;
  try {
    results = JSON.parse(run.outputs.results ?? '');
  } catch {
    throw new Error(`${label}: no JSON 'results' output:\n${tail()}`);
  }
  // Flat entries ({ version, error? }, as issue 17 specifies) or { state, outputs: { version } }.
  const versionOf = (result) => result.version ?? result.outputs?.version;
  const failed = Array.isArray(results)
    ? results.filter(
        (result) => result.error !== undefined || /^failed/.test(String(result.state ?? '')),
      )
    : [];
  if (!Array.isArray(results) || results.length !== functions || failed.length > 0) {
    throw new Error(
      `${label}: 'results' should list ${functions} functions without an error: ${run.outputs.results}`,
    );
  }
  const packages = run.stdout
    .split('\n')
    .filter(
      (line) => /^::group::Package\b/.test(line) && !/^::group::Package layer\b/.test(line),
    ).length;
  return {
    seconds,
    peakRssBytes,
    packages,
    versions: new Set(results.map(versionOf)),
  };
}

// ---- main --------------------------------------------------------------------------------

async function main() {
  const options = parseOptions();
  if (!existsSync(ACTION_ENTRY))
    throw new Error(`${ACTION_ENTRY} is missing: run npm run bundle first`);
  console.log('bench:fleet: the whole step deploying a manifest, by max-parallel');
  console.log(`machine: ${machine()}`);
  console.log(
    `node ${NODE_24} for the step; moto ${MOTO_VERSION}; peak RSS from ${existsSync(GNU_TIME) ? `GNU time (${GNU_TIME} %M)` : '/proc/<pid>/status VmHWM, polled every 20 ms'}`,
  );
  if (options.runs < 3)
    console.log(`Note: with ${options.runs} run(s) each, the medians are not robust.`);

  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORKSPACE, { recursive: true });
  let treeBytes = 0;
  for (let i = 0; i < options.sources; i++) {
    treeBytes += generateTree(path.join(WORKSPACE, sourceName(i)), options.files, i + 1);
  }
  writeManifest(options.functions, options.sources);
  console.log(
    `manifest: ${options.functions} functions (alias live) from ${options.sources} source trees of ${options.files} files each (${megabytes(treeBytes)} in all)`,
  );
  const wrapper = nodeWrapper();

  const moto = await startMoto();
  try {
    const role = await createLambdaRole(moto.endpoint, 'bench-fleet');
    const started = performance.now();
    await createFunctions(moto.endpoint, role, options.functions);
    console.log(
      `moto at ${moto.endpoint}: created ${options.functions} functions in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    const byParallel = new Map(options.parallel.map((value) => [value, []]));
    for (let round = 0; round < options.runs; round++) {
      for (const maxParallel of options.parallel) {
        const label = `run ${round + 1}, max-parallel ${maxParallel}`;
        restamp(options.sources, label);
        const result = await timedRun({
          endpoint: moto.endpoint,
          wrapper,
          maxParallel,
          functions: options.functions,
          label,
        });
        byParallel.get(maxParallel).push(result);
        console.log(
          `  ${label.padEnd(26)} ${secondsText(result.seconds).padStart(9)}   peak RSS ${megabytes(result.peakRssBytes).padStart(9)}   ${result.packages} Package group(s), version(s) ${[...result.versions].join(',')}`,
        );
      }
    }
    const base = median(byParallel.get(options.parallel[0]).map((r) => r.seconds));
    console.log(`\n  medians of ${options.runs} run${options.runs === 1 ? '' : 's'} each:`);
    console.log(
      table([
        ['max-parallel', 'wall time', 'peak RSS', `vs max-parallel ${options.parallel[0]}`],
        ...options.parallel.map((maxParallel) => {
          const results = byParallel.get(maxParallel);
          const seconds = median(results.map((r) => r.seconds));
          return [
            String(maxParallel),
            secondsText(seconds),
            megabytes(median(results.map((r) => r.peakRssBytes))),
            `${(base / seconds).toFixed(2)}x faster`,
          ];
        }),
      ]),
    );
    console.log(
      `\n  (MB = ${MB.toLocaleString('en-US')} bytes; one moto process serves every request)`,
    );
  } finally {
    await moto.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench:fleet FAILED: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
