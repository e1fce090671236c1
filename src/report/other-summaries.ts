import type { CleanupResult } from '../apply/preview-cleanup.js';
import type { RollbackResult } from '../apply/rollback.js';

import { routingText } from '../aws/lambda-release-shapes.js';
import type { CleanupConfig } from '../inputs.js';

import type { PhaseTiming } from '../phases.js';
import { type SummaryWriter, code, escapeHtml, header, phaseRows } from './summary-writer.js';

export async function writeCleanupSummary(
  summary: SummaryWriter,
  config: CleanupConfig,
  result: CleanupResult,
  timings: readonly PhaseTiming[],
): Promise<void> {
  const version =
    result.version === undefined
      ? 'none'
      : `${result.version}, ${result.versionDeleted ? 'deleted' : `kept: ${keptBecause(result)}`}`;
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

function keptBecause(result: CleanupResult): string {
  const spared = result.spared ?? [];
  return spared.length === 0
    ? 'another alias routes to it'
    : spared.map((one) => one.reason).join('; ');
}

/** rollback-to: the alias, from → to, the version's ARN, and the phases. */
export async function writeRollbackSummary(
  summary: SummaryWriter,
  result: RollbackResult,
  timings: readonly PhaseTiming[],
): Promise<void> {
  const { plan } = result;
  const move = `${escapeHtml(routingText(plan.alias))} → ${escapeHtml(plan.to.version)}`;
  const routing = result.rolledBack
    ? move
    : plan.action === 'move'
      ? `${move} (dry run: not moved)`
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
