// npm run bench:deploy [-- --tree medium|text|small|all] [--runs N] [--skip-large] [--no-targets]
//                         [--lambda-time] [--trace] [--floor]
//
// The acceptance of "the whole deploy step faster than zip alone": times the action's whole
// step (dist/index.js under Node 24, run as the runner runs it, so process start, reading the
// function, packaging, the direct upload, the update and the wait all count) against Info-ZIP
// `zip -r -X -q -6` alone, on reproducible node_modules-like trees (scripts/bench/tree.mjs):
// `medium` (about 4,000 files, 44 MB), `text` (4,000 JavaScript-like files of 0.5-15 KB and one
// 3 MB random binary, 44 MB) and `small` (about 500 files, 2.5 MB). Each tree has its
// own function in one moto (on a free loopback port), behind a small recording proxy (also on
// loopback) that every AWS-calling process is pointed at (AWS_ENDPOINT_URL) and that notes when
// each request arrives.
//
// Each round runs, in this order: (a) zip alone; (b) zip, then `aws lambda
// update-function-code --zip-file` and `aws lambda wait function-updated` (aws CLI), timed as
// one whole; (c) the action's whole step, after a fresh stamp file is written into the tree,
// so that the code really changes (it must exit 0 with output deployed=true); (d) the same
// step again with nothing changed (deployed=false: the code update skipped). One untimed
// warm-up round comes first (page cache, moto), then N timed rounds (default 5). Every time is
// wall time around the whole process (performance.now() just before the spawn to its close);
// every process is killed after 120 s. The action's steps run under GNU time (%M, peak RSS),
// each as a fresh job would: empty RUNNER_TEMP and HOME, every input action.yml gives a
// default as the runner passes it, plus function-name and source. "First AWS request" is the
// time from just before the spawn to the proxy receiving the step's first request. Then two
// whole steps on the `large` tree (about 20,000 files, 150 MB) give its peak RSS.
//
// It prints each tree's medians (what | seconds | × zip alone | first AWS request | peak RSS),
// the machine and PASS/FAIL for the targets: medium whole step at most 0.8× zip alone; medium
// unchanged redeploy at most 0.6×; small whole step at most 1.3×; the median first AWS request
// over the medium and small action runs (both kinds) at most 60 ms; the large tree's peak RSS
// (the higher of its two runs) at most 300 MB. The exit code is non-zero when a target is
// missed (with --no-targets, only a warning) or anything broke (moto, the proxy, a run that
// fails or times out, a wrong `deployed` output). Trees are generated once into
// .tmp/bench-tree-<size> and reused; the stamp file is removed again on every exit path, as are
// moto, the proxy and .tmp/bench-deploy. MB here is 10^6 bytes.
//
// --lambda-time: the proxy emulates Lambda's update time (scripts/bench/lambda-timing.mjs):
// InProgress for 1.5 s after each update, with 409 to any update meanwhile, and 1 s for a
// published version to become Active. The action's steps then also set a description (new for
// each whole step) and publish, so that one deploy waits three times (settings, code, version).
// It reports, for the action and for zip + aws update + aws wait, the time lost to polling
// beyond Lambda's own: for each wait, from the end of Lambda's update to the client's next
// request for the function. The zip-ratio targets hold for the runs without it, since the
// emulated seconds are Lambda's; with it, the target is the time lost per wait.
//
// --floor: each round also times (e) a process that only loads the SDK's Lambda client and
// makes one GetFunction, and (f) one that sends Info-ZIP's ready zip with UpdateFunctionCode
// and reads the function back (scripts/bench/floor.mjs; bundled by ncc, run under Node 24 as
// the action is): the least any SDK-based step spends on this machine, with packaging free.
// The zip-ratio targets are printed with these floors beside them.
//
// --trace: after each action run, its requests in ms from the spawn (arrival-answer, method,
// path), to see where a step's time goes.
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { ZipArchive } from 'archiver';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { killRunning } from './bench/bounded-run.mjs';
import {
  CREDENTIALS,
  INFO_ZIP_ARGS,
  LARGE_RUNS,
  REGION,
  ROOT,
  TMP,
  WORK,
  count,
  functionName,
  milliseconds,
} from './bench/deploy-setup.mjs';
import { report, runLine, summarize, targetChecks } from './bench/deploy-results.mjs';
import { makeSteps } from './bench/deploy-steps.mjs';
import { bundleFloorClient } from './bench/floor.mjs';
import { machineLine } from './bench/machine.mjs';
import { GNU_TIME, run } from './bench/measure.mjs';
import { startRecordingProxy } from './bench/recording-proxy.mjs';
import { lambdaTiming } from './bench/lambda-timing.mjs';
import { MB, median, megabytes, secondsText } from './bench/report.mjs';
import { ensureTree } from './bench/tree.mjs';
import { MOTO_VERSION, createLambdaRole, startMoto } from './lib/moto-server.mjs';
import { nodeVersionOf } from './lib/node24.mjs';
import { ACTION_ENTRY, NODE_24 } from './lib/run-action.mjs';

/** The same seed as bench:package's default, so that the two share the small and large trees. */
const SEED = 1;
/** Written into a tree before each whole step, so that its package differs from the last. */
const STAMP_FILE = 'bench-deploy-stamp.js';
const LAMBDA_TIME = { updateMs: 1_500, versionMs: 1_000 };

function parseOptions() {
  const { values } = parseArgs({
    options: {
      tree: { type: 'string', default: 'all' },
      runs: { type: 'string', default: '5' },
      'skip-large': { type: 'boolean', default: false },
      'no-targets': { type: 'boolean', default: false },
      'lambda-time': { type: 'boolean', default: false },
      trace: { type: 'boolean', default: false },
      floor: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run bench:deploy -- [--tree medium|text|small|all] [--runs N] [--skip-large] [--no-targets] [--lambda-time] [--trace] [--floor]',
    );
    process.exit(0);
  }
  if (!['medium', 'text', 'small', 'all'].includes(values.tree)) {
    throw new Error(`--tree must be medium, text, small or all, not '${values.tree}'`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  return {
    trees: values.tree === 'all' ? ['medium', 'text', 'small'] : [values.tree],
    runs,
    large: !values['skip-large'],
    enforceTargets: !values['no-targets'],
    lambdaTime: values['lambda-time'],
    trace: values.trace,
    floor: values.floor,
  };
}

// ---- formatting --------------------------------------------------------------------------

const relative = (file) => path.relative(ROOT, file);
const treeRoot = (size) => path.join(TMP, `bench-tree-${size}`);

function sha256Of(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

// ---- clean-up on every exit path ---------------------------------------------------------

/** @type {Array<() => unknown>} */
const cleanups = [];
/** @type {Promise<void> | undefined} */
let cleaning;
/** Set by SIGINT or SIGTERM: the run that fails because its process was killed says no more. */
let interrupted = false;

/** Runs the registered clean-ups once, the last registered first. */
function cleanUp() {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`bench:deploy: clean-up failed: ${errorText(error)}`);
      }
    }
  })();
  return cleaning;
}

for (const [signal, exitCode] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => {
    console.error(`\nbench:deploy: ${signal}, stopping`);
    interrupted = true;
    killRunning();
    void cleanUp().finally(() => process.exit(exitCode));
  });
}

function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}

// ---- moto, the proxy and the functions ---------------------------------------------------

/** A zip of one index.js, the functions' code before the first deploy. */
async function placeholderZip() {
  const archive = new ZipArchive();
  const chunks = [];
  archive.on('data', (chunk) => chunks.push(chunk));
  archive.append("exports.handler = async () => 'not deployed yet';\n", { name: 'index.js' });
  await archive.finalize();
  return Buffer.concat(chunks);
}

async function createFunctions(endpoint, sizes) {
  const role = await createLambdaRole(endpoint, 'bench-deploy');
  const client = new LambdaClient({ region: REGION, endpoint, credentials: CREDENTIALS });
  try {
    const zip = await placeholderZip();
    for (const size of sizes) {
      await client.send(
        new CreateFunctionCommand({
          FunctionName: functionName(size),
          Runtime: 'nodejs22.x',
          Handler: 'index.handler',
          Role: role,
          Code: { ZipFile: zip },
        }),
      );
    }
  } finally {
    client.destroy();
  }
}

/** A fresh stamp file in the tree, so that its package differs from any before. */
function restamp(tree, label) {
  const stamp = `${label} ${process.hrtime.bigint()}`;
  writeFileSync(path.join(tree.root, STAMP_FILE), `module.exports = ${JSON.stringify(stamp)};\n`);
  return stamp;
}

function removeStamp(size) {
  rmSync(path.join(treeRoot(size), STAMP_FILE), { force: true });
}

// ---- one tree ----------------------------------------------------------------------------

/** The tree for `size`, generated unless it is there already (without a stamp left over). */
function prepareTree(size) {
  removeStamp(size); // a stamp left by a killed run would make ensureTree generate it again
  const tree = { size, ...ensureTree(TMP, size, SEED) };
  const how = tree.generated ? `generated in ${tree.seconds.toFixed(1)} s` : 'reused';
  console.log(
    `\n== ${size} tree: ${count(tree.files)} files, ${megabytes(tree.bytes)} (${relative(tree.root)}, seed ${SEED}, ${how}); function ${functionName(size)}`,
  );
  cleanups.push(() => removeStamp(size));
  return tree;
}

/** One warm-up round, then `runs` rounds of (a) to (d); returns the timed rounds. */
async function benchmarkTree(steps, tree, runs, floor) {
  console.log(
    '  each: wall time; for the action (first AWS request, peak RSS); warm-up not counted',
  );
  const rounds = [];
  for (let round = 0; round <= runs; round++) {
    const label = round === 0 ? 'warm-up' : `run ${round}`;
    const zip = await steps.zip(tree, label);
    const zipAws = await steps.zipAws(tree, label);
    const stamp = restamp(tree, label);
    const whole = await steps.action(tree, label, 'true', stamp);
    const unchanged = await steps.action(tree, label, 'false', stamp);
    const result = { zip, zipAws, whole, unchanged };
    if (floor) {
      // After (b), ZIP_PATH holds Info-ZIP's zip of the tree: the ready zip to upload.
      result.floorRead = await steps.floor(tree, label, 'read');
      result.floorUpload = await steps.floor(tree, label, 'upload');
    }
    console.log(runLine(label, result));
    if (round > 0) rounds.push(result);
  }
  const last = rounds.at(-1);
  console.log(
    `  Info-ZIP's zip ${count(last.zip.size)} B; the action's package ${count(last.whole.codeSize)} B; ` +
      `requests: aws CLI ${last.zipAws.requests}, whole step ${last.whole.requests}, unchanged ${last.unchanged.requests}`,
  );
  return summarize(tree, rounds);
}

/** Two whole steps on the large tree, for the peak RSS. */
async function largePeak(steps) {
  const tree = prepareTree('large');
  const runs = [];
  for (let i = 0; i < LARGE_RUNS; i++) {
    const label = `run ${i + 1}`;
    const stamp = restamp(tree, label);
    const result = await steps.action(tree, label, 'true', stamp);
    runs.push(result);
    console.log(
      `  ${label.padEnd(7)} whole step ${secondsText(result.seconds)} (${milliseconds(result.firstRequestMs)}, ${megabytes(result.peakRssBytes)}), package ${count(result.codeSize)} B`,
    );
  }
  return {
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
    seconds: median(runs.map((r) => r.seconds)),
  };
}

// ---- main --------------------------------------------------------------------------------

async function main() {
  const benchStarted = performance.now();
  const options = parseOptions();
  if (!existsSync(ACTION_ENTRY)) {
    throw new Error(`${relative(ACTION_ENTRY)} is missing: run npm run bundle first`);
  }
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed for peak RSS`);
  const actionNode = nodeVersionOf(NODE_24) ?? 'unknown version';
  const zipVersion = /Zip \d+\.\d+/.exec((await run('zip', ['-v'])).stdout)?.[0] ?? 'Zip';
  const awsVersion = (await run('aws', ['--version'])).stdout.trim().split(/\s/)[0];
  const distHash = sha256Of(ACTION_ENTRY);
  const machine = machineLine();
  console.log(`bench:deploy: the action's whole step vs Info-ZIP zip ${INFO_ZIP_ARGS.join(' ')}`);
  console.log(`machine: ${machine}`);
  console.log(
    `action: ${relative(ACTION_ENTRY)} (sha256 ${distHash.slice(0, 12)}) under node ${actionNode} (${NODE_24}); ${zipVersion}; ${awsVersion}; moto ${MOTO_VERSION}`,
  );
  if (options.runs < 3)
    console.log(`Note: with ${options.runs} run(s), the medians are not robust.`);

  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(path.join(WORK, 'home'), { recursive: true });
  cleanups.push(() => rmSync(WORK, { recursive: true, force: true }));

  const moto = await startMoto();
  cleanups.push(() => moto.stop());
  const timing = options.lambdaTime ? lambdaTiming(LAMBDA_TIME) : undefined;
  const proxy = await startRecordingProxy(moto.endpoint, { timing });
  cleanups.push(() => proxy.stop());
  const sizes = [...options.trees, ...(options.large ? ['large'] : [])];
  await createFunctions(moto.endpoint, sizes);
  console.log(
    `moto at ${moto.endpoint}, recording proxy at ${proxy.endpoint}; functions ${sizes.map(functionName).join(', ')}`,
  );

  if (timing !== undefined) {
    console.log(
      `Lambda's time emulated: ${LAMBDA_TIME.updateMs} ms per update (409 meanwhile), ${LAMBDA_TIME.versionMs} ms for a version to become Active`,
    );
  }
  const floorEntry = options.floor
    ? await bundleFloorClient(path.join(WORK, 'floor-client'))
    : undefined;
  const steps = makeSteps(proxy, timing, options.trace, floorEntry);
  /** @type {Map<string, ReturnType<typeof summarize>>} */
  const byTree = new Map();
  for (const size of options.trees) {
    const tree = prepareTree(size);
    const summary = await benchmarkTree(steps, tree, options.runs, options.floor);
    report(summary, `medians of ${summary.runs} run${summary.runs === 1 ? '' : 's'} each`);
    byTree.set(size, summary);
  }
  let large;
  if (options.large) large = await largePeak(steps);
  if (proxy.failures.length > 0) {
    throw new Error(
      `moto did not answer ${proxy.failures.length} request(s): ${proxy.failures.slice(0, 3).join('; ')}`,
    );
  }

  // The whole report again, in one place.
  console.log(`\n== summary (medians of ${options.runs} run${options.runs === 1 ? '' : 's'})`);
  for (const [size, summary] of byTree) {
    report(summary, `${size} tree (${count(summary.files)} files, ${megabytes(summary.bytes)})`);
  }
  if (large !== undefined) {
    console.log(
      `\n  large tree: action whole step peak RSS ${megabytes(large.peakRssBytes)} (higher of ${LARGE_RUNS}), median ${secondsText(large.seconds)}`,
    );
  }
  console.log(`\n  machine: ${machine}`);
  console.log(`  action under node ${actionNode}; MB = ${count(MB)} bytes`);
  if (sha256Of(ACTION_ENTRY) !== distHash) {
    console.log(
      `  NOTE: ${relative(ACTION_ENTRY)} changed while the benchmark ran: the runs mix two builds`,
    );
  }

  const checks = targetChecks(byTree, large, options.lambdaTime);
  const passed = checks.filter((line) => line.startsWith('PASS')).length;
  console.log(`\n== targets: ${passed} of ${checks.length} pass\n${checks.join('\n')}`);
  console.log(`\nbench:deploy took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
  if (passed < checks.length) {
    if (options.enforceTargets) {
      console.error(`\nbench:deploy: ${checks.length - passed} target(s) missed`);
      process.exitCode = 1;
    } else {
      console.log(`warning: ${checks.length - passed} target(s) missed (--no-targets: exit 0)`);
    }
  }
}

try {
  await main();
} catch (error) {
  if (!interrupted) console.error(`\nbench:deploy FAILED: ${errorText(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
