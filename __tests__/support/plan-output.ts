import type { PlanJson } from '../../src/plan/plan-output.js';
import { runOutput } from './action-run.js';

// The plan as a user meets it: the `plan` output (JSON with documented keys), the lines of
// the log's "Plan" group, and the "Plan" list of the job summary.

/** The run's `plan` output, parsed; throws, with the run's log, when it set none. */
export function planOf(run: {
  readonly outputs: Readonly<Record<string, string>>;
  readonly stdout: string;
  readonly stderr: string;
}): PlanJson {
  const text = run.outputs['plan'];
  if (text === undefined) throw new Error(`the run set no plan output\n${runOutput(run)}`);
  return JSON.parse(text) as PlanJson;
}

/** The names of the log groups (`::group::name`) the step opened, in order. */
export function logGroups(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('::group::'))
    .map((line) => line.slice('::group::'.length));
}

/**
 * The lines printed in the first log group named "Plan" (a real run) or "Plan (...)" (a dry
 * run), up to its `::endgroup::`; undefined when the step opened no such group.
 */
export function planGroupLines(stdout: string): string[] | undefined {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => /^::group::Plan( \(.*\))?$/.test(line));
  if (start === -1) return undefined;
  const end = lines.indexOf('::endgroup::', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/**
 * The items of the job summary's "Plan" list (`<h3>Plan</h3>` then `<ul><li>...</li></ul>`),
 * as text, with the summary's HTML escapes undone; undefined when it has no such list.
 */
export function summaryPlanItems(summary: string): string[] | undefined {
  const heading = summary.indexOf('<h3>Plan</h3>');
  if (heading === -1) return undefined;
  const open = summary.indexOf('<ul>', heading);
  const close = summary.indexOf('</ul>', open);
  if (open === -1 || close === -1) return undefined;
  return [...summary.slice(open + '<ul>'.length, close).matchAll(/<li>(.*?)<\/li>/gs)].map(
    (match) => (match[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}
