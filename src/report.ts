import { errorMessage } from './errors.js';
import { formatBytes, formatCount, formatSeconds } from './format.js';
import type { FunctionState } from './aws/lambda-function.js';
import type { StagedPackage } from './aws/s3-package-store.js';
import type { SettingChange } from './resources/configuration/compare.js';
import type { DeployableCode } from './resources/code/plan.js';
import type { DeployPlan } from './plan/deploy-plan.js';
import { planJson, planLines, type PlanJson } from './plan/plan-output.js';
import type { LayerResult } from './resources/layer/apply.js';
import { versionList, type PruneResult } from './resources/versions/plan.js';
import type { CleanupResult } from './apply/preview-cleanup.js';
import type { RollbackResult } from './apply/rollback.js';
import { describeRouting, type ReleaseResult } from './resources/alias/apply.js';
import { routingText, type PublishedVersion } from './aws/lambda-release.js';
import type { CleanupConfig } from './inputs.js';
import type { Logger } from './logger.js';
import type { DeploymentPackage } from './package/package-contents.js';
import type { PhaseTiming } from './phases.js';

export interface DeployOutcome {
  readonly function: FunctionState;
  /** The zip deployed; undefined for an image. */
  readonly package: DeploymentPackage | undefined;
  /** The image deployed, as given in image-uri. */
  readonly imageUri: string | undefined;
  readonly layer: LayerResult | undefined;
  readonly deployed: boolean;
  readonly staged: StagedPackage | undefined;
  readonly release: ReleaseResult & {
    readonly functionUrl: string | undefined;
    /** 'passed' when a smoke test ran (a failed one fails the run). */
    readonly smokeTest?: 'passed' | undefined;
  };
  readonly configurationChanges: readonly SettingChange[];
  /** keep-versions: what pruning removed after the release; undefined when it did not run. */
  readonly pruned?: PruneResult | undefined;
}

/** Outputs known once the code update is done; the package's are set as soon as it is built. */
export function deployOutputs(outcome: DeployOutcome): Record<string, string> {
  return {
    'function-arn': outcome.function.arn,
    'function-name': outcome.function.name,
    deployed: String(outcome.deployed),
    // An image's digest is known only once Lambda has resolved it.
    ...(outcome.imageUri === undefined ? {} : { 'code-sha256': outcome.function.codeSha256 }),
    ...(outcome.staged === undefined ? {} : { 's3-uri': outcome.staged.uri }),
    ...(outcome.layer === undefined ? {} : { 'layer-version-arn': outcome.layer.version.arn }),
    ...releaseOutputs(outcome.release),
  };
}

/** Only what this run produced: nothing is set for a version or alias it did not touch. */
function releaseOutputs(release: DeployOutcome['release']): Record<string, string> {
  const outputs: Record<string, string> = versionOutputs(release.version);
  if (release.previousVersion !== undefined) outputs['previous-version'] = release.previousVersion;
  if (release.alias !== undefined) outputs['alias-arn'] = release.alias.arn;
  if (release.functionUrl !== undefined) outputs['function-url'] = release.functionUrl;
  if (release.smokeTest !== undefined) outputs['smoke-test'] = release.smokeTest;
  return outputs;
}

/** The version a run published: set on success, and on a failure after it was published. */
export function versionOutputs(version: PublishedVersion | undefined): Record<string, string> {
  return version === undefined ? {} : { version: version.version, 'version-arn': version.arn };
}

/** github-deployment: the deployment this run created. */
export function deploymentOutputs(deploymentId: number): Record<string, string> {
  return { 'deployment-id': String(deploymentId) };
}

export function cleanupOutputs(result: CleanupResult): Record<string, string> {
  return {
    'alias-deleted': String(result.aliasDeleted),
    ...(result.version === undefined ? {} : { 'previous-version': result.version }),
  };
}

/** rollback-to: the version the alias now routes to, the one before, and whether it moved. */
export function rollbackOutputs(result: RollbackResult): Record<string, string> {
  return {
    'function-arn': result.functionArn,
    'function-name': result.functionName,
    version: result.plan.to.version,
    'version-arn': result.plan.to.arn,
    'previous-version': result.plan.from,
    'alias-arn': result.alias.arn,
    'rolled-back': String(result.rolledBack),
  };
}

/** The pull request comment for a deployed preview: URL, version and commit. */
export function previewCommentBody(outcome: DeployOutcome, alias: string, commit: string): string {
  const { release } = outcome;
  const lines = [`**Preview deployed**: \`${outcome.function.name}\` alias \`${alias}\``, ''];
  if (release.functionUrl !== undefined) lines.push(`- URL: ${release.functionUrl}`);
  if (release.version !== undefined) lines.push(`- Version: ${release.version.version}`);
  lines.push(`- Commit: ${commit}`);
  return lines.join('\n');
}

/** The subset of @actions/core's summary that the report writes with. */
export interface SummaryWriter {
  addHeading(text: string, level?: number): SummaryWriter;
  addTable(rows: SummaryRow[]): SummaryWriter;
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(): Promise<unknown>;
}
type SummaryRow = (string | { data: string; header: true })[];

/**
 * `summary`, with a write that warns instead of failing: the summary reports a run that is
 * done, and a run outside a runner (no GITHUB_STEP_SUMMARY) has nowhere to write it.
 */
export function summaryOrWarning(
  summary: SummaryWriter,
  log: Logger,
  env: NodeJS.ProcessEnv,
): SummaryWriter {
  const writer: SummaryWriter = {
    addHeading(text, level) {
      summary.addHeading(text, level);
      return writer;
    },
    addTable(rows) {
      summary.addTable(rows);
      return writer;
    },
    addRaw(text, addEOL) {
      summary.addRaw(text, addEOL);
      return writer;
    },
    async write() {
      if (!env['GITHUB_STEP_SUMMARY']) {
        log.warning('no job summary: GITHUB_STEP_SUMMARY is not set');
        return;
      }
      try {
        await summary.write();
      } catch (error) {
        log.warning(`no job summary: ${errorMessage(error)}`);
      }
    },
  };
  return writer;
}

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

export async function writeCleanupSummary(
  summary: SummaryWriter,
  config: CleanupConfig,
  result: CleanupResult,
  timings: readonly PhaseTiming[],
): Promise<void> {
  const version =
    result.version === undefined
      ? 'none'
      : `${result.version}, ${result.versionDeleted ? 'deleted' : 'kept: another alias routes to it'}`;
  summary
    .addHeading(`Lambda preview removed: ${escapeHtml(config.functionName)}`, 2)
    .addTable([
      [header('Item'), header('Value')],
      [
        'Alias',
        `${code(config.alias)}: ${result.aliasDeleted ? 'deleted, with its function URL' : 'did not exist'}`,
      ],
      ['Version', escapeHtml(version)],
      ...phaseRows(timings),
    ]);
  await summary.write();
}

/** rollback-to: the alias, from → to, the version's ARN, and the phases. */
export async function writeRollbackSummary(
  summary: SummaryWriter,
  result: RollbackResult,
  timings: readonly PhaseTiming[],
): Promise<void> {
  const { plan } = result;
  const routing = result.rolledBack
    ? `${escapeHtml(routingText(plan.alias))} → ${escapeHtml(plan.to.version)}`
    : `already on ${escapeHtml(plan.to.version)}: nothing changed`;
  summary.addHeading(`Lambda rollback: ${escapeHtml(result.functionName)}`, 2).addTable([
    [header('Item'), header('Value')],
    ['Function', code(result.functionArn)],
    ['Alias', code(result.alias.arn)],
    ['Routing', routing],
    ['rollback-to', escapeHtml(plan.requested)],
    ['Version', `${escapeHtml(plan.to.version)} (${code(plan.to.arn)})`],
    ['Previous version', escapeHtml(plan.from)],
  ]);
  summary.addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
  await summary.write();
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

export function header(data: string): { data: string; header: true } {
  return { data, header: true };
}

/** One row a setting, old → new; environment changes carry variable names only. */
function settingRows(changes: readonly SettingChange[]): string[][] {
  return changes.map((change) => [
    `Setting ${escapeHtml(change.setting)}`,
    `${escapeHtml(change.from || '(none)')} → ${escapeHtml(change.to)}`,
  ]);
}

export function phaseRows(timings: readonly PhaseTiming[]): string[][] {
  return timings.map((phase) => [escapeHtml(phase.name), formatSeconds(phase.seconds)]);
}

function uploadRows(outcome: DeployOutcome): string[][] {
  const { staged } = outcome;
  if (outcome.package === undefined) return [];
  if (staged === undefined) {
    return outcome.deployed ? [['Upload', 'in the UpdateFunctionCode request']] : [];
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

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

/** Every value shown comes from inputs, files or AWS; all go in element text, no attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One row a function and region: where the run left it, and its version. */
export async function writeFleetSummary(
  summary: SummaryWriter,
  results: readonly {
    readonly 'function-name': string;
    readonly region: string;
    readonly state: string;
    readonly outputs: Readonly<Record<string, string>>;
  }[],
  timings: readonly PhaseTiming[],
): Promise<void> {
  summary
    .addHeading(`Lambda deploy: ${results.length} functions`, 2)
    .addTable([
      [header('Function'), header('Region'), header('Result'), header('Version')],
      ...results.map((result) => [
        code(result['function-name']),
        escapeHtml(result.region),
        escapeHtml(result.state),
        escapeHtml(result.outputs['version'] ?? ''),
      ]),
    ])
    .addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
  await summary.write();
}
