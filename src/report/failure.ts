// The job summary of a run that failed: what failed, in which phase, what the run had
// changed, where the alias routes as read back afterwards, and whether it was rolled back.
import { errorMessage, failureOutputs } from '../errors.js';
import type { PhaseTiming } from '../phases.js';
import { escapeHtml, header, phaseRows, type SummaryWriter } from './summary-writer.js';
import { stateAtPhase } from '../run-state.js';
import { redact } from '../secrets.js';

export interface Failure {
  /** The function (or "3 functions"), as the heading names it. */
  readonly subject: string;
  readonly error: unknown;
  /** The phase the failure came from; undefined before any phase started. */
  readonly phase: string | undefined;
  /** "live routes 7 (read back)", or why it could not be read; undefined without an alias. */
  readonly alias: string | undefined;
}

export async function writeFailureSummary(
  summary: SummaryWriter,
  failure: Failure,
  timings: readonly PhaseTiming[],
): Promise<void> {
  const outputs = failureOutputs(failure.error);
  const rolledBack = outputs['rolled-back'];
  summary.addHeading(`Lambda deploy failed: ${escapeHtml(failure.subject)}`, 2).addTable([
    [header('Item'), header('Value')],
    ['Failed in', escapeHtml(failure.phase ?? 'reading the inputs')],
    // The summary is not masked by the runner: every secret known is taken out here.
    ['Error', escapeHtml(redact(errorMessage(failure.error)))],
    ...(rolledBack === undefined
      ? [['Left', escapeHtml(stateAtPhase(failure.phase))]]
      : [['Rolled back', rolledBack === 'true' ? 'yes' : 'no: see the error']]),
    ...(failure.alias === undefined ? [] : [['Alias', escapeHtml(failure.alias)]]),
    ...(outputs['version'] === undefined ? [] : [['Version', escapeHtml(outputs['version'])]]),
  ]);
  if (timings.length > 0)
    summary.addTable([[header('Phase'), header('Time')], ...phaseRows(timings)]);
  await summary.write();
}
