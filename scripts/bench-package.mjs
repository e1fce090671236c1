// npm run bench:package [-- --size large|small|both] [--runs N] [--seed N]
//
// Times our packager (preparePackage, bundled with ncc and run as its own process, as the
// action runs it, so process start counts) against Info-ZIP's `zip -r -X -q -6` on a
// reproducible node_modules-like tree: `large` (about 20,000 files, 150 MB) and `small`
// (about 500 files). The two run alternately, N times each (default 3), and the medians
// are compared: wall time, peak RSS (GNU time's %M) and zip size. It prints PASS/FAIL for
// the targets: on the large tree our time at most 0.6x Info-ZIP's and our peak RSS at most
// 300 MB; on the small tree our time at most 1.5x; on both our zip within 2 % of Info-ZIP's.
// A missed target is reported, not fatal: the exit code is non-zero only when something
// broke (a build or run failed, our zip does not test clean, holds other files than
// Info-ZIP's, loses bootstrap's exec bit or differs between runs).
//
// Trees are generated once into .tmp/bench-tree-<size> (marker .tmp/bench-tree-<size>.json)
// and reused while the seed, generator version and contents match. MB here is 10^6 bytes.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GNU_TIME, measure, run } from './bench/measure.mjs';
import { MB, median, megabytes, secondsText, table } from './bench/report.mjs';
import { TREE_SIZES, ensureTree } from './bench/tree.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = path.join(ROOT, '.tmp');
const OUT = path.join(TMP, 'bench-out');
const PACKAGER_ENTRY = 'scripts/bench/packager-cli.ts';
const WORKER_ENTRY = 'src/package/deflate-worker/index.ts';
const PACKAGER_BUNDLE = path.join(TMP, 'bench-packager');
const INFO_ZIP_ARGS = ['-r', '-X', '-q', '-6'];
/** A directory entry's bytes besides its name, which it holds twice: a 30-byte local header
 * and a 46-byte central one (-X leaves out extra fields). */
const DIRECTORY_ENTRY_OVERHEAD = 30 + 46;

const TARGETS = {
  large: { maxTimeRatio: 0.6, maxPeakRssMB: 300, maxSizeDiffPercent: 2 },
  small: { maxTimeRatio: 1.5, maxSizeDiffPercent: 2 },
};

function parseOptions() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'both' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench:package -- [--size large|small|both] [--runs N] [--seed N]');
    process.exit(0);
  }
  const sizes = values.size === 'both' ? ['small', 'large'] : [values.size];
  if (!sizes.every((size) => size in TREE_SIZES)) {
    throw new Error(`--size must be large, small or both, not '${values.size}'`);
  }
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be an integer >= 0');
  return { sizes, runs, seed };
}

// ---- formatting --------------------------------------------------------------------------

const count = (value) => value.toLocaleString('en-US');
const signedPercent = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(2)} %`;
const relative = (file) => path.relative(ROOT, file);

// ---- the two packagers -------------------------------------------------------------------

/** Bundles the packager entry like the action's dist/index.js, fresh on every benchmark. */
async function bundlePackager() {
  rmSync(PACKAGER_BUNDLE, { recursive: true, force: true });
  const started = performance.now();
  await run(
    'npx',
    ['ncc', 'build', PACKAGER_ENTRY, '-o', relative(PACKAGER_BUNDLE), '--target', 'es2022'],
    { cwd: ROOT },
  );
  // The deflate worker beside it, where the packager looks for it, as `npm run bundle` does.
  await run(
    'npx',
    [
      'ncc',
      'build',
      WORKER_ENTRY,
      '-o',
      relative(path.join(PACKAGER_BUNDLE, 'deflate-worker')),
      '--target',
      'es2022',
    ],
    { cwd: ROOT },
  );
  const bundle = path.join(PACKAGER_BUNDLE, 'index.js');
  if (!existsSync(bundle)) throw new Error(`ncc did not write ${relative(bundle)}`);
  console.log(
    `Bundled ${PACKAGER_ENTRY} with ncc in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return bundle;
}

async function runOurs(bundle, tree) {
  const outputDirectory = path.join(OUT, 'ours');
  rmSync(outputDirectory, { recursive: true, force: true });
  const measured = await measure(process.execPath, [bundle, tree.root, outputDirectory], {
    cwd: ROOT,
    statsFile: path.join(OUT, 'time-ours.txt'),
  });
  let result;
  try {
    result = JSON.parse(measured.stdout);
  } catch {
    throw new Error(`our packager printed no JSON result:\n${measured.stdout}`);
  }
  if (statSync(result.path).size !== result.size) {
    throw new Error(`our packager reported size ${result.size}, but ${result.path} differs`);
  }
  return { ...measured, zipPath: result.path, size: result.size, sha256: result.sha256 };
}

async function runInfoZip(tree) {
  const zipPath = path.join(OUT, 'info-zip.zip');
  rmSync(zipPath, { force: true }); // an existing archive would be updated, not replaced
  const env = { ...process.env };
  delete env.ZIPOPT; // Info-ZIP reads default options from these
  delete env.ZIP;
  const measured = await measure('zip', [...INFO_ZIP_ARGS, zipPath, '.'], {
    cwd: tree.root,
    env,
    statsFile: path.join(OUT, 'time-info-zip.txt'),
  });
  return { ...measured, zipPath, size: statSync(zipPath).size };
}

// ---- checks ------------------------------------------------------------------------------

async function zipListing(zipPath) {
  const { stdout } = await run('unzip', ['-Z1', zipPath]);
  return stdout.split('\n').filter((line) => line !== '');
}

/**
 * Once per tree, on the first run's zips: ours tests clean, holds the same files as Info-ZIP's
 * and keeps bootstrap executable. Returns the entry counts.
 */
async function checkZips(ours, infoZip) {
  await run('unzip', ['-tq', ours.zipPath]).catch((error) => {
    throw new Error(`our zip fails 'unzip -tq':\n${error.message}`);
  });
  const ourEntries = await zipListing(ours.zipPath);
  const infoZipEntries = await zipListing(infoZip.zipPath);
  const files = (entries) => new Set(entries.filter((name) => !name.endsWith('/')));
  const ourFiles = files(ourEntries);
  const infoZipFiles = files(infoZipEntries);
  const missing = [...infoZipFiles].filter((name) => !ourFiles.has(name));
  const extra = [...ourFiles].filter((name) => !infoZipFiles.has(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `our zip holds other files than Info-ZIP's: missing ${missing.length} (${missing.slice(0, 5).join(', ')}), extra ${extra.length} (${extra.slice(0, 5).join(', ')})`,
    );
  }
  const { stdout } = await run('unzip', ['-Z', ours.zipPath, 'bootstrap']);
  if (!stdout.startsWith('-rwx')) {
    throw new Error(`bootstrap is not executable in our zip: ${stdout.trim()}`);
  }
  const infoZipDirectories = infoZipEntries.filter((name) => name.endsWith('/'));
  return {
    ours: ourEntries.length,
    infoZip: infoZipEntries.length,
    files: ourFiles.size,
    infoZipDirectories: infoZipDirectories.length,
    infoZipDirectoryBytes: infoZipDirectories.reduce(
      (sum, name) => sum + DIRECTORY_ENTRY_OVERHEAD + 2 * Buffer.byteLength(name),
      0,
    ),
  };
}

// ---- one tree ----------------------------------------------------------------------------

function describeTree(size, seed, tree) {
  const how = tree.generated ? `generated in ${tree.seconds.toFixed(1)} s` : 'reused';
  console.log(
    `\n== ${size} tree: ${count(tree.files)} files, ${megabytes(tree.bytes)} (${relative(tree.root)}, seed ${seed}, ${how})`,
  );
  console.log(`   contents sha256 ${tree.fingerprint}`);
}

function runLine(index, ours, infoZip) {
  const side = (label, r) =>
    `${label} ${secondsText(r.seconds).padStart(9)} ${megabytes(r.peakRssBytes).padStart(9)}`;
  return `  run ${index + 1}: ${side('ours', ours)}   |   ${side('Info-ZIP', infoZip)}`;
}

/** Alternates ours and Info-ZIP `runs` times each; checks the first pair's zips. */
async function benchmarkTree(bundle, tree, runs) {
  const ours = [];
  const infoZip = [];
  let entries;
  for (let i = 0; i < runs; i++) {
    ours.push(await runOurs(bundle, tree));
    infoZip.push(await runInfoZip(tree));
    console.log(runLine(i, ours[i], infoZip[i]));
    if (i === 0) entries = await checkZips(ours[0], infoZip[0]);
    rmSync(path.join(OUT, 'ours'), { recursive: true, force: true });
    rmSync(infoZip[i].zipPath, { force: true });
  }
  const hashes = new Set(ours.map((r) => r.sha256));
  if (hashes.size > 1) throw new Error(`our zip differs between runs: ${[...hashes].join(', ')}`);
  console.log(
    `  checked: our zip passes unzip -tq, holds the same ${count(entries.files)} files as Info-ZIP's,\n` +
      '  keeps bootstrap executable and is byte-identical in every run',
  );
  return summarize(ours, infoZip, entries);
}

function summarize(ours, infoZip, entries) {
  const side = (results) => ({
    seconds: median(results.map((r) => r.seconds)),
    peakRssBytes: median(results.map((r) => r.peakRssBytes)),
    size: median(results.map((r) => r.size)),
  });
  const summary = { ours: side(ours), infoZip: side(infoZip), entries };
  summary.timeRatio = summary.ours.seconds / summary.infoZip.seconds;
  summary.sizeDiffPercent = (summary.ours.size / summary.infoZip.size - 1) * 100;
  return summary;
}

function targetChecks(size, summary) {
  const target = TARGETS[size];
  const checks = [
    {
      pass: summary.timeRatio <= target.maxTimeRatio,
      text: `${size} tree, wall time: ours/Info-ZIP ${summary.timeRatio.toFixed(2)}x, target at most ${target.maxTimeRatio}x`,
    },
  ];
  if (target.maxPeakRssMB !== undefined) {
    const rssMB = summary.ours.peakRssBytes / MB;
    checks.push({
      pass: rssMB <= target.maxPeakRssMB,
      text: `${size} tree, our peak RSS: ${rssMB.toFixed(1)} MB, target at most ${target.maxPeakRssMB} MB`,
    });
  }
  checks.push({
    pass: Math.abs(summary.sizeDiffPercent) <= target.maxSizeDiffPercent,
    text: `${size} tree, zip size: ours ${signedPercent(summary.sizeDiffPercent)} of Info-ZIP's, target within ${target.maxSizeDiffPercent} %`,
  });
  return checks.map((check) => `${check.pass ? 'PASS' : 'FAIL'}  ${check.text}`);
}

function report(summary, runs) {
  const { ours, infoZip, entries } = summary;
  console.log(`\n  medians of ${runs} run${runs === 1 ? '' : 's'} each:`);
  console.log(
    table([
      ['', 'ours', 'Info-ZIP', ''],
      [
        'wall time',
        secondsText(ours.seconds),
        secondsText(infoZip.seconds),
        `ours/Info-ZIP ${summary.timeRatio.toFixed(2)}x`,
      ],
      ['peak RSS', megabytes(ours.peakRssBytes), megabytes(infoZip.peakRssBytes), ''],
      [
        'zip size',
        `${count(ours.size)} B`,
        `${count(infoZip.size)} B`,
        `ours ${signedPercent(summary.sizeDiffPercent)}`,
      ],
      [
        'zip entries',
        count(entries.ours),
        count(entries.infoZip),
        `Info-ZIP's include ${count(entries.infoZipDirectories)} directories: ${count(entries.infoZipDirectoryBytes)} B`,
      ],
    ]),
  );
}

// ---- main --------------------------------------------------------------------------------

async function main() {
  const { sizes, runs, seed } = parseOptions();
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed for peak RSS`);
  const zipVersion = /Zip \d+\.\d+/.exec((await run('zip', ['-v'])).stdout)?.[0] ?? 'Zip';
  console.log(`bench:package: our packager vs Info-ZIP zip ${INFO_ZIP_ARGS.join(' ')}`);
  console.log(
    `node ${process.version} (${process.execPath}); ${zipVersion}; ${os.availableParallelism()} CPUs${process.env.UV_THREADPOOL_SIZE ? `; UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE}` : ''}`,
  );
  if (runs < 3) console.log(`Note: with ${runs} run(s) each, the medians are not robust.`);
  mkdirSync(OUT, { recursive: true });
  const bundle = await bundlePackager();

  const results = [];
  for (const size of sizes) {
    const tree = ensureTree(TMP, size, seed);
    describeTree(size, seed, tree);
    const summary = await benchmarkTree(bundle, tree, runs);
    report(summary, runs);
    const checks = targetChecks(size, summary);
    console.log(`\n${checks.map((line) => `  ${line}`).join('\n')}`);
    results.push(...checks);
  }
  rmSync(OUT, { recursive: true, force: true });
  const passed = results.filter((line) => line.startsWith('PASS')).length;
  console.log(`\n== targets: ${passed} of ${results.length} pass\n${results.join('\n')}`);
}

try {
  await main();
} catch (error) {
  console.error(`\nbench:package FAILED: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
