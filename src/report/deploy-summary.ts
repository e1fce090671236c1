import { formatBytes, formatCount, formatSeconds } from '../format.js';
import { sparedText } from '../resources/durable/plan.js';

import type { SettingChange } from '../resources/configuration/compare.js';
import type { DeployableCode } from '../resources/code/plan.js';
import type { DeployPlan } from '../plan/deploy-plan.js';
import { planJson, planLines, type PlanJson } from '../plan/plan-output.js';
import type { LayerResult } from '../resources/layer/apply.js';
import { versionList, type PruneResult } from '../resources/versions/plan.js';

import { describeRouting } from '../resources/alias/apply.js';

import type { DeploymentPackage } from '../package/package-contents.js';
import type { PhaseTiming } from '../phases.js';
import { type DeployOutcome } from './outputs.js';
import { type SummaryWriter, code, escapeHtml, header, phaseRows } from './summary-writer.js';

export async function writeSummary(
  summary: SummaryWriter,
  outcome: DeployOutcome,
  timings: readonly PhaseTiming[],
  /** The plan the run applied, shown beside the result. */
  plan?: PlanJson,
): Promise<void> {
  const { function: fn, package: pkg } = outcome;
  summary
    .addHeading(`Lambda deploy: ${escapeHtml(fn.name)}`, 2)
    .addTable([
      [header('Item'), header('Value')],
      ['Function', code(fn.arn)],
      [
        'Code',
        outcome.deployed
          ? 'deployed'
          : `skipped: the function already runs this ${pkg === undefined ? 'image' : 'package'}`,
      ],
      ...(pkg === undefined ? imageRows(outcome) : packageRows(pkg)),
      ...layerRows(outcome.layer),
      ...settingRows(outcome.configurationChanges),
      ...uploadRows(outcome),
      ...releaseRows(outcome.release),
      ...pruneRows(outcome.pruned),
    ]);
  if (plan !== undefined) planSection(summary, plan);
  summary.addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
  await summary.write();
}

function releaseRows(release: DeployOutcome['release']): string[][] {
  const rows: string[][] = [];
  if (release.version !== undefined) {
    rows.push(['Version', `${escapeHtml(release.version.version)} (${code(release.version.arn)})`]);
  }
  if (release.alias !== undefined) {
    const before =
      release.previousVersion === undefined
        ? 'new alias'
        : `was ${escapeHtml(release.previousVersion)}`;
    rows.push(['Alias', `${escapeHtml(describeRouting(release.alias))} (${before})`]);
  }
  if (release.functionUrl !== undefined) rows.push(['Function URL', code(release.functionUrl)]);
  const deployment = release.codedeploy;
  if (deployment !== undefined) {
    const link = `<a href="${escapeHtml(deployment.link)}">${escapeHtml(deployment.deploymentId)}</a>`;
    rows.push([
      'CodeDeploy deployment',
      deployment.watched
        ? `${link}: succeeded`
        : `${link}: accepted; the runner does not watch it: follow it in the CodeDeploy console (${link}) or with aws deploy get-deployment --deployment-id ${escapeHtml(deployment.deploymentId)}`,
    ]);
  }
  return rows;
}

/** How many versions pruning removed (and which), and the account's code storage. */
function pruneRows(pruned: PruneResult | undefined): string[][] {
  if (pruned === undefined) return [];
  const { removed, problem, storage, keep } = pruned;
  const done =
    removed.length === 0
      ? 'none removed'
      : `${removed.length} removed (${escapeHtml(versionList(removed))})`;
  const rows = [
    [
      'Versions pruned',
      problem === undefined
        ? `${done}, keeping the newest ${keep} and every version an alias routes to`
        : escapeHtml(problem),
    ],
  ];
  if (pruned.objectsRemoved !== undefined) {
    rows.push([
      'Package objects pruned',
      escapeHtml(
        pruned.objectProblem ??
          `${pruned.objectsRemoved.length} deleted, ${(pruned.objectsKept ?? []).length} kept (still referred to)`,
      ),
    ]);
  }
  if ((pruned.spared ?? []).length > 0) {
    rows.push(['Versions spared', escapeHtml(sparedText(pruned.spared ?? []))]);
  }
  if (storage !== undefined) {
    const share =
      storage.limit > 0 ? ` (${((storage.used / storage.limit) * 100).toFixed(1)} %)` : '';
    rows.push([
      'Code storage',
      `${formatBytes(storage.used)} of ${formatBytes(storage.limit)}${share}`,
    ]);
  }
  return rows;
}

/** The plan of a dry run: what would change, from read calls only. */
export async function writeDryRunSummary(
  summary: SummaryWriter,
  functionName: string,
  deployable: DeployableCode,
  plan: DeployPlan,
  timings: readonly PhaseTiming[],
): Promise<void> {
  const found = plan.function.found;
  const rows: string[][] = [
    ['Function', found === undefined ? 'does not exist: would be created' : code(found.arn)],
    ...(deployable.kind === 'zip'
      ? [
          ['Package size', formatBytes(deployable.package.size)],
          [
            'Upload',
            deployable.upload.kind === 'direct'
              ? 'in the request'
              : `through ${code(`s3://${deployable.upload.bucket}/${deployable.upload.key}`)}`,
          ],
        ]
      : []),
  ];
  summary
    .addHeading(`Lambda deploy plan (dry run): ${escapeHtml(functionName)}`, 2)
    .addRaw('<p>Dry run: nothing was changed.</p>', true)
    .addTable([[header('Item'), header('Value')], ...rows]);
  planSection(summary, planJson(plan));
  summary.addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
  await summary.write();
}

/** The plan, one line a step, as the log shows it. */
function planSection(summary: SummaryWriter, plan: PlanJson): void {
  const items = planLines(plan).map((line) => `<li>${escapeHtml(line)}</li>`);
  summary.addHeading('Plan', 3).addRaw(`<ul>${items.join('')}</ul>`, true);
}

/** One row a setting, old → new; environment changes carry variable names only. */
function settingRows(changes: readonly SettingChange[]): string[][] {
  return changes.map((change) => [
    `Setting ${escapeHtml(change.setting)}`,
    `${escapeHtml(change.from || '(none)')} → ${escapeHtml(change.to)}`,
  ]);
}

function uploadRows(outcome: DeployOutcome): string[][] {
  const { staged } = outcome;
  if (outcome.package === undefined) return [];
  if (staged === undefined) {
    if (!outcome.deployed) return [];
    const request = outcome.created === true ? 'CreateFunction' : 'UpdateFunctionCode';
    return [['Upload', `in the ${request} request`]];
  }
  if (!staged.uploaded)
    return [['Upload', `${code(staged.uri)}, already there: not uploaded again`]];
  const rate = staged.seconds > 0 ? outcome.package.size / 1024 / 1024 / staged.seconds : 0;
  return [
    [
      'Upload',
      `${code(staged.uri)} in ${formatSeconds(staged.seconds)} (${rate.toFixed(1)} MiB/s)`,
    ],
  ];
}

function packageRows(pkg: DeploymentPackage): string[][] {
  return [
    ['Package size', formatBytes(pkg.size)],
    ...contentRows(pkg),
    ['Package SHA-256', code(pkg.sha256)],
  ];
}

function imageRows(outcome: DeployOutcome): string[][] {
  return [
    ['Image', code(outcome.imageUri ?? '')],
    ['Image digest', code(outcome.function.resolvedImageUri ?? outcome.function.codeSha256)],
  ];
}

function layerRows(layer: LayerResult | undefined): string[][] {
  if (layer === undefined) return [];
  const what = layer.published ? 'published' : 'already held this package: not published again';
  return [['Layer', `${code(layer.version.arn)}, ${what}`]];
}

function contentRows(pkg: DeploymentPackage): string[][] {
  const { fileCount, unzippedSize } = pkg.contents;
  return [
    ['Files', formatCount(fileCount)],
    ['Unzipped size', `${formatBytes(unzippedSize)}, ${compression(pkg.size, unzippedSize)}`],
  ];
}

/** "the zip is 25 % of that", or, for small files whose zip headers outweigh what deflate saves, that it is larger. */
export function compression(zipSize: number, unzippedSize: number): string {
  if (zipSize >= unzippedSize) {
    return `the zip is ${formatCount(zipSize - unzippedSize)} bytes larger (zip headers outweigh what compression saves on so little)`;
  }
  return `the zip is ${Math.max(1, Math.floor((zipSize / unzippedSize) * 100))} % of that`;
}
