import { formatBytes, formatCount, formatSeconds } from './format.js';
import type { FunctionState } from './aws/lambda-function.js';
import type { DeploymentPackage } from './package/deployment-package.js';
import type { PhaseTiming } from './phases.js';

export interface DeployOutcome {
  readonly function: FunctionState;
  readonly package: DeploymentPackage;
  readonly deployed: boolean;
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
    ])
    .addTable([
      [header('Phase'), header('Time')],
      ...timings.map((phase) => [escapeHtml(phase.name), formatSeconds(phase.seconds)]),
    ]);
  await summary.write();
}

function contentRows(pkg: DeploymentPackage): string[][] {
  if (pkg.contents === undefined) return [];
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
