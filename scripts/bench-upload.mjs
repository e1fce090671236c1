// npm run bench:upload [-- --runs N] [--mb N]
//
// Times our S3 upload (stagePackageInS3 through createS3Client, bundled with ncc from
// scripts/bench/upload-cli.ts and run as its own process, as the action runs it, so process
// start, module loading and hashing the file count) against the AWS CLI's `aws s3 cp` of the
// same file into the same moto server (started once on a free loopback port). The file is
// 200 MB of random bytes (--mb N to change; a zip's content is incompressible, so it need not
// be a valid zip), generated once into .tmp/bench-upload-<N>MB.bin and reused. The two run
// alternately, N times each (default 3), each run to a fresh key so every run really uploads;
// each whole process is timed wall-clock and the medians compared. It prints PASS/FAIL for the
// target of issue 5: ours no slower than `aws s3 cp` (ours/aws-cli at most 1.0).
// A missed target is reported, not fatal: the exit code is non-zero only when something broke
// (moto, the bundle or a run failed, an object's size in S3 is not the file's, or our upload
// was skipped). Both sides get dummy credentials and no AWS config files, so the AWS CLI runs
// with its defaults (10 concurrent requests, 8 MB parts). MB here is 10^6 bytes.
import { randomFillSync } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GNU_TIME, measure, run } from './bench/measure.mjs';
import { MB, median, megabytes, secondsText, table } from './bench/report.mjs';
import { startMoto } from './lib/moto-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, '.tmp');
const OUT = path.join(TMP, 'bench-upload-out');
const UPLOADER_ENTRY = 'scripts/bench/upload-cli.ts';
const UPLOADER_BUNDLE = path.join(TMP, 'bench-uploader');
const BUCKET = 'bench-upload';
const REGION = 'us-east-1';
const MAX_TIME_RATIO = 1.0;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      mb: { type: 'string', default: '200' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench:upload -- [--runs N] [--mb N]');
    process.exit(0);
  }
  const runs = Number(values.runs);
  const megabytes = Number(values.mb);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(megabytes) || megabytes < 1) {
    throw new Error('--mb must be a positive integer');
  }
  return { runs, bytes: megabytes * MB };
}

// ---- formatting --------------------------------------------------------------------------

const throughput = (bytes, seconds) => `${(bytes / MB / seconds).toFixed(1)} MB/s`;
const relative = (file) => path.relative(ROOT, file);

// ---- setup -------------------------------------------------------------------------------

/**
 * The environment of every AWS process: moto's endpoint, dummy credentials, and none of the
 * caller's profiles, tokens or config files (which could point elsewhere or tune the CLI).
 */
function awsEnvironment(endpoint) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
  );
  const noFile = path.join(OUT, 'no-aws-config');
  return {
    ...env,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: REGION,
    AWS_REGION: REGION,
    AWS_ENDPOINT_URL: endpoint,
    AWS_CONFIG_FILE: noFile,
    AWS_SHARED_CREDENTIALS_FILE: noFile,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** Runs the AWS CLI against moto and returns its stdout. */
async function aws(context, args) {
  const { stdout } = await run('aws', ['--endpoint-url', context.endpoint, ...args], {
    cwd: ROOT,
    env: context.env,
  });
  return stdout;
}

/** Bundles the uploader entry like the action's dist/index.js, fresh on every benchmark. */
async function bundleUploader() {
  rmSync(UPLOADER_BUNDLE, { recursive: true, force: true });
  const started = performance.now();
  await run(
    'npx',
    ['ncc', 'build', UPLOADER_ENTRY, '-o', relative(UPLOADER_BUNDLE), '--target', 'es2022'],
    { cwd: ROOT },
  );
  const bundle = path.join(UPLOADER_BUNDLE, 'index.js');
  if (!existsSync(bundle)) throw new Error(`ncc did not write ${relative(bundle)}`);
  console.log(
    `Bundled ${UPLOADER_ENTRY} with ncc in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return bundle;
}

/**
 * Returns the path of a file of `bytes` random bytes, writing it unless one of that size is
 * there. Reading it back brings it into the page cache, so no timed run pays for cold reads.
 */
function ensurePackageFile(bytes) {
  const file = path.join(TMP, `bench-upload-${bytes / MB}MB.bin`);
  const exists = existsSync(file) && statSync(file).size === bytes;
  const started = performance.now();
  if (!exists) {
    const chunk = Buffer.alloc(8 * 1024 * 1024);
    const descriptor = openSync(file, 'w');
    try {
      for (let written = 0; written < bytes;) {
        const length = Math.min(chunk.length, bytes - written);
        randomFillSync(chunk, 0, length);
        written += writeSync(descriptor, chunk, 0, length);
      }
    } finally {
      closeSync(descriptor);
    }
  }
  if (readFileSync(file).length !== bytes) throw new Error(`${relative(file)} is not ${bytes} B`);
  const how = exists
    ? 'reused'
    : `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  console.log(`Package: ${relative(file)}, ${megabytes(bytes)} of random bytes (${how})`);
  return file;
}

// ---- the two uploaders -------------------------------------------------------------------

async function runOurs(context, key) {
  const measured = await measure(process.execPath, [context.bundle, context.file, BUCKET, key], {
    cwd: ROOT,
    env: context.env,
    statsFile: path.join(OUT, 'time-ours.txt'),
  });
  let result;
  try {
    result = JSON.parse(measured.stdout);
  } catch {
    throw new Error(`our uploader printed no JSON result:\n${measured.stdout}`);
  }
  if (result.uploaded !== true) {
    throw new Error(`our uploader did not upload to the fresh key ${key}: ${measured.stdout}`);
  }
  return { ...measured, key, result };
}

async function runAwsCli(context, key) {
  const measured = await measure(
    'aws',
    [
      's3',
      'cp',
      context.file,
      `s3://${BUCKET}/${key}`,
      '--endpoint-url',
      context.endpoint,
      '--no-progress',
    ],
    { cwd: ROOT, env: context.env, statsFile: path.join(OUT, 'time-aws-cli.txt') },
  );
  return { ...measured, key };
}

// ---- checks ------------------------------------------------------------------------------

async function objectSize(context, key) {
  const head = JSON.parse(
    await aws(context, ['s3api', 'head-object', '--bucket', BUCKET, '--key', key]),
  );
  return head.ContentLength;
}

/** Once, on the first run's objects: both are in S3 with the file's size. */
async function checkObjects(context, ours, awsCli) {
  for (const [label, key] of [
    ['ours', ours.key],
    ['aws s3 cp', awsCli.key],
  ]) {
    const size = await objectSize(context, key);
    if (size !== context.bytes) {
      throw new Error(
        `${label}: s3://${BUCKET}/${key} holds ${size} B, the file ${context.bytes} B`,
      );
    }
  }
  console.log(
    `  checked: HeadObject gives both objects the file's ${context.bytes.toLocaleString('en-US')} B; ours at ${ours.result.uri}`,
  );
}

// ---- main --------------------------------------------------------------------------------

function runLine(index, ours, awsCli, bytes) {
  const side = (label, r) =>
    `${label} ${secondsText(r.seconds).padStart(9)} ${throughput(bytes, r.seconds).padStart(11)} ${megabytes(r.peakRssBytes).padStart(9)}`;
  return `  run ${index + 1}: ${side('ours', ours)}   |   ${side('aws s3 cp', awsCli)}`;
}

async function benchmark(context, runs) {
  const ours = [];
  const awsCli = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await runOurs(context, `ours-${i + 1}.zip`));
    awsCli.push(await runAwsCli(context, `cli-${i + 1}.zip`));
    console.log(runLine(i, ours[i], awsCli[i], context.bytes));
    if (i === 0) await checkObjects(context, ours[0], awsCli[0]);
    // Keeps moto's memory and temporary files from growing by 2 x the file every run.
    await aws(context, ['s3', 'rm', `s3://${BUCKET}/`, '--recursive', '--only-show-errors']);
  }
  return {
    ours: {
      seconds: median(ours.map((r) => r.seconds)),
      peakRssBytes: median(ours.map((r) => r.peakRssBytes)),
      stageSeconds: median(ours.map((r) => r.result.seconds)),
      hashSeconds: median(ours.map((r) => r.result.hashSeconds)),
    },
    awsCli: {
      seconds: median(awsCli.map((r) => r.seconds)),
      peakRssBytes: median(awsCli.map((r) => r.peakRssBytes)),
    },
  };
}

function report(summary, runs, bytes) {
  const { ours, awsCli } = summary;
  const ratio = ours.seconds / awsCli.seconds;
  console.log(`\n  medians of ${runs} run${runs === 1 ? '' : 's'} each:`);
  console.log(
    table([
      ['', 'ours', 'aws s3 cp', ''],
      [
        'wall time',
        secondsText(ours.seconds),
        secondsText(awsCli.seconds),
        `ours/aws-cli ${ratio.toFixed(2)}x`,
      ],
      ['throughput', throughput(bytes, ours.seconds), throughput(bytes, awsCli.seconds), ''],
      ['peak RSS', megabytes(ours.peakRssBytes), megabytes(awsCli.peakRssBytes), ''],
      ['  of ours: stagePackageInS3', secondsText(ours.stageSeconds), '', ''],
      ['  of ours: sha256 of the file', secondsText(ours.hashSeconds), '', ''],
    ]),
  );
  const pass = ratio <= MAX_TIME_RATIO;
  console.log(
    `\n${pass ? 'PASS' : 'FAIL'}  upload of ${megabytes(bytes)}, wall time: ours/aws s3 cp ${ratio.toFixed(2)}x, target at most ${MAX_TIME_RATIO.toFixed(1)}x`,
  );
}

async function main() {
  const { runs, bytes } = parseOptions();
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed for peak RSS`);
  const awsVersion = (await run('aws', ['--version'])).stdout.trim().split(/\s+/)[0] ?? 'aws';
  console.log('bench:upload: our S3 upload (stagePackageInS3) vs aws s3 cp, into moto');
  console.log(
    `node ${process.version} (${process.execPath}); ${awsVersion}; ${os.availableParallelism()} CPUs`,
  );
  if (runs < 3) console.log(`Note: with ${runs} run(s) each, the medians are not robust.`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const file = ensurePackageFile(bytes);
  const bundle = await bundleUploader();

  const moto = await startMoto();
  try {
    const env = awsEnvironment(moto.endpoint);
    const context = { endpoint: moto.endpoint, env, bundle, file, bytes };
    await aws(context, ['s3api', 'create-bucket', '--bucket', BUCKET]);
    console.log(`moto at ${moto.endpoint}, bucket ${BUCKET}\n`);
    const summary = await benchmark(context, runs);
    report(summary, runs, bytes);
  } finally {
    await moto.stop();
    rmSync(OUT, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench:upload FAILED: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
