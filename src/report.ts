import { formatBytes, formatCount, formatSeconds } from './format.js';
import type { FunctionState } from './aws/lambda-function.js';
import type { StagedPackage } from './aws/s3-package-store.js';
import type { DeploymentPackage } from './package/deployment-package.js';
import type { PhaseTiming } from './phases.js';

export interface DeployOutcome {
  readonly function: FunctionState;
  readonly package: DeploymentPackage;
  readonly deployed: boolean;
  readonly staged: StagedPackage | undefined;
}

export function packageOutputs(pkg: DeploymentPackage): Record<string, string> {
  return {
    'package-path': pkg.path,
    'code-sha256': pkg.sha256,
    'code-size': String(pkg.size),
  };
}

/** Outputs known once the code update is done; the package's are set as soon as it is built. */
export function deployOutputs(outcome: DeployOutcome): Record<string, string> {
  return {
    'function-arn': outcome.function.arn,
    'function-name': outcome.function.name,
    deployed: String(outcome.deployed),
    ...(outcome.staged === undefined ? {} : { 's3-uri': outcome.staged.uri }),
  };
}

/** The subset of @actions/core's summary that the report writes with. */
export interface SummaryWriter {
  addHeading(text: string, level?: number): SummaryWriter;
  addTable(rows: SummaryRow[]): SummaryWriter;
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(): Promise<unknown>;
}
type SummaryRow = (string | { data: string; header: true })[];

export async function writeSummary(
  summary: SummaryWriter,
  outcome: DeployOutcome,
  timings: readonly PhaseTiming[],
): Promise<void> {
  const { function: fn, package: pkg } = outcome;
  const header = (data: string) => ({ data, header: true as const });
  summary
    .addHeading(`Lambda deploy: ${escapeHtml(fn.name)}`, 2)
    .addTable([
      [header('Item'), header('Value')],
      ['Function', code(fn.arn)],
      ['Code', outcome.deployed ? 'deployed' : 'skipped: the function already runs this package'],
      ['Package size', formatBytes(pkg.size)],
      ...contentRows(pkg),
      ['Package SHA-256', code(pkg.sha256)],
      ...uploadRows(outcome),
    ])
    .addTable([
      [header('Phase'), header('Time')],
      ...timings.map((phase) => [escapeHtml(phase.name), formatSeconds(phase.seconds)]),
    ]);
  await summary.write();
}

function uploadRows(outcome: DeployOutcome): string[][] {
  const { staged } = outcome;
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

function contentRows(pkg: DeploymentPackage): string[][] {
  const { fileCount, unzippedSize } = pkg.contents;
  const ratio = unzippedSize === 0 ? 100 : (pkg.size / unzippedSize) * 100;
  return [
    ['Files', formatCount(fileCount)],
    ['Unzipped size', `${formatBytes(unzippedSize)}, zipped to ${ratio.toFixed(0)} %`],
  ];
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
