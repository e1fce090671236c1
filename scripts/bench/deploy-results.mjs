// bench:deploy's figures: each round's line, the medians, their tables and the targets.
import { MB, median, megabytes, secondsText, table } from './report.mjs';
import { LARGE_RUNS, milliseconds, ratioText } from './deploy-setup.mjs';

const TARGETS = {
  wholeRatio: 0.75,
  unchangedRatio: 0.3,
  smallWholeRatio: 1.3,
  firstRequestMs: 60,
  largePeakRssMB: 300,
  lostPerWaitMs: 300,
};
/** The trees the zip-ratio targets are for: both 44 MB shapes. */
const TARGET_TREES = ['medium', 'text'];

const STEPS = [
  { key: 'zip', what: 'zip alone' },
  { key: 'zipAws', what: 'zip + aws update + wait' },
  { key: 'whole', what: 'action, whole step' },
  { key: 'unchanged', what: 'action, unchanged redeploy' },
];
/** With --floor. */
const FLOOR_STEPS = [
  { key: 'floorRead', what: 'floor: SDK GetFunction only' },
  { key: 'floorUpload', what: 'floor: SDK upload of a ready zip' },
];

export function runLine(label, r) {
  const action = (x) =>
    `${secondsText(x.seconds)} (${milliseconds(x.firstRequestMs)}, ${megabytes(x.peakRssBytes)})`;
  return (
    `  ${label.padEnd(7)} zip ${secondsText(r.zip.seconds)} | zip+aws ${secondsText(r.zipAws.seconds)}` +
    ` | whole step ${action(r.whole)} | unchanged ${action(r.unchanged)}` +
    (r.floorRead === undefined
      ? ''
      : ` | floor read ${secondsText(r.floorRead.seconds)}, upload ${secondsText(r.floorUpload.seconds)}`)
  );
}

export function summarize(tree, rounds) {
  const of = (key, field) => median(rounds.map((round) => round[key][field]));
  const zipSeconds = of('zip', 'seconds');
  const keys = [...STEPS, ...FLOOR_STEPS].filter(({ key }) => rounds[0][key] !== undefined);
  const summary = { runs: rounds.length, rounds, files: tree.files, bytes: tree.bytes, keys };
  for (const key of ['zipAws', 'whole']) {
    const lost = rounds.flatMap((round) => (round[key].waits ?? []).map((wait) => wait.lostMs));
    // Undefined without --lambda-time; no waits when Lambda was done before the first poll.
    summary[`${key}Lost`] = !rounds.some((round) => round[key].waits !== undefined)
      ? undefined
      : {
          waits: lost.length / rounds.length,
          medianMs: lost.length === 0 ? undefined : median(lost),
          maxMs: lost.length === 0 ? undefined : Math.max(...lost),
        };
  }
  for (const { key } of keys) {
    const seconds = of(key, 'seconds');
    summary[key] = { seconds, ratio: seconds / zipSeconds };
    if (rounds[0][key].firstRequestMs !== undefined) {
      summary[key].firstRequestMs = of(key, 'firstRequestMs');
    }
    if (key === 'whole' || key === 'unchanged') {
      summary[key].peakRssBytes = of(key, 'peakRssBytes');
    }
  }
  return summary;
}

/** The medians as a table, under `heading`. */
export function report(summary, heading) {
  console.log(`\n  ${heading}:`);
  console.log(
    table([
      ['what', 'seconds', '× zip alone', 'first AWS request', 'peak RSS'],
      ...summary.keys.map(({ key, what }) => {
        const step = summary[key];
        return [
          what,
          secondsText(step.seconds),
          ratioText(step.ratio),
          step.firstRequestMs === undefined ? '' : milliseconds(step.firstRequestMs),
          step.peakRssBytes === undefined ? '' : megabytes(step.peakRssBytes),
        ];
      }),
    ]),
  );
  const lostRows = [
    ['zip + aws update + wait', summary.zipAwsLost],
    ['action, whole step', summary.wholeLost],
  ].filter(([, lost]) => lost !== undefined);
  if (lostRows.length === 0) return;
  console.log("\n  time lost to polling beyond Lambda's own (emulated update time):");
  console.log(
    table([
      ['what', 'waits per run', 'lost per wait (median)', 'worst wait'],
      ...lostRows.map(([what, lost]) => [
        what,
        String(lost.waits),
        lost.medianMs === undefined ? 'none waited' : milliseconds(lost.medianMs),
        lost.maxMs === undefined ? '' : milliseconds(lost.maxMs),
      ]),
    ]),
  );
}

export function targetChecks(byTree, large, lambdaTime) {
  const checks = [];
  const add = (pass, text) => checks.push(`${pass ? 'PASS' : 'FAIL'}  ${text}`);
  /** With --floor, the least any SDK-based step spent here, beside a zip-ratio target. */
  const floor = (summary, key) =>
    summary[key] === undefined ? '' : ` (floor here: ${ratioText(summary[key].ratio)})`;
  for (const size of lambdaTime ? [] : TARGET_TREES) {
    const summary = byTree.get(size);
    if (summary === undefined) continue;
    add(
      summary.whole.ratio <= TARGETS.wholeRatio,
      `${size} tree, action whole step: ${ratioText(summary.whole.ratio)} zip alone, target at most ${TARGETS.wholeRatio}×${floor(summary, 'floorUpload')}`,
    );
    add(
      summary.unchanged.ratio <= TARGETS.unchangedRatio,
      `${size} tree, action unchanged redeploy: ${ratioText(summary.unchanged.ratio)} zip alone, target at most ${TARGETS.unchangedRatio}×${floor(summary, 'floorRead')}`,
    );
  }
  for (const [size, summary] of lambdaTime ? byTree : []) {
    const lost = summary.wholeLost;
    add(
      lost?.medianMs !== undefined && lost.medianMs <= TARGETS.lostPerWaitMs,
      `${size} tree, action whole step, time lost to polling: ${lost?.medianMs === undefined ? 'no wait seen' : `${milliseconds(lost.medianMs)} per wait (median of ${lost.waits} waits a run; worst ${milliseconds(lost.maxMs)})`}, target at most ${TARGETS.lostPerWaitMs} ms`,
    );
  }
  const small = byTree.get('small');
  if (small !== undefined && !lambdaTime) {
    add(
      small.whole.ratio <= TARGETS.smallWholeRatio,
      `small tree, action whole step: ${ratioText(small.whole.ratio)} zip alone, target at most ${TARGETS.smallWholeRatio}×${floor(small, 'floorUpload')}`,
    );
  }
  const firstRequests = [...byTree.values()].flatMap((summary) =>
    summary.rounds.flatMap((round) => [round.whole.firstRequestMs, round.unchanged.firstRequestMs]),
  );
  if (firstRequests.length > 0) {
    const value = median(firstRequests);
    const floors = [...byTree.values()].flatMap((summary) =>
      summary.rounds.flatMap((round) => round.floorRead?.firstRequestMs ?? []),
    );
    const floorText =
      floors.length === 0 ? '' : ` (floor here: ${milliseconds(median(floors))}, SDK only)`;
    add(
      value <= TARGETS.firstRequestMs,
      `process start to first AWS request: ${milliseconds(value)} (median of ${firstRequests.length} action runs, ${[...byTree.keys()].join(' and ')}), target at most ${TARGETS.firstRequestMs} ms${floorText}`,
    );
  }
  if (large !== undefined) {
    const rssMB = large.peakRssBytes / MB;
    add(
      rssMB <= TARGETS.largePeakRssMB,
      `large tree, action whole step peak RSS: ${rssMB.toFixed(1)} MB (higher of ${LARGE_RUNS} runs), target at most ${TARGETS.largePeakRssMB} MB`,
    );
  }
  return checks;
}
