import { errorMessage } from '../errors.js';
import { formatSeconds } from '../format.js';

import type { Logger } from '../logger.js';

import type { PhaseTiming } from '../phases.js';
import type { SummaryRow } from '../runner/summary.js';

/** What the report writes the job summary with (runner/summary.ts, or a test's recorder). */
export interface SummaryWriter {
  addHeading(text: string, level?: number): SummaryWriter;
  addTable(rows: SummaryRow[]): SummaryWriter;
  addRaw(text: string, addEOL?: boolean): SummaryWriter;
  write(): Promise<unknown>;
}

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

export function header(data: string): { data: string; header: true } {
  return { data, header: true };
}

/** One row a phase, then the run's total (phases overlap, so it is not their sum). */
export function phaseRows(timings: readonly PhaseTiming[]): string[][] {
  const rows = timings.map((phase) => [escapeHtml(phase.name), formatSeconds(phase.seconds)]);
  const ends = timings.flatMap((phase) =>
    phase.endedSeconds === undefined ? [] : [phase.endedSeconds],
  );
  return ends.length === 0
    ? rows
    : [...rows, ['<b>Total</b>', `<b>${formatSeconds(Math.max(...ends))}</b>`]];
}

export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

/** Every value shown comes from inputs, files or AWS; all go in element text, no attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
