import { settle } from '../apply/apply-plan.js';
import { type Prepared } from '../apply/planned-run.js';
import { labelOf, releaseAll, type Released } from '../apply/release-all.js';
import type { RolloutGuard } from '../apply/rollout/guard.js';
import type { SaveRollout } from '../apply/rollout/lane.js';
import { RolloutStopped } from '../apply/rollout/rollout.js';
import { errorMessage, failureOutputs } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Phases } from '../phases.js';
import { packageOutputs } from '../package/package-outputs.js';
import { deployOutputs, versionOutputs } from '../report/outputs.js';
import { FleetFailed, type FleetResult } from './fleet-result.js';

export interface SwitchOptions {
  readonly phases: Phases;
  readonly log: Logger;
  readonly guard?: RolloutGuard | undefined;
  readonly save?: SaveRollout | undefined;
}

/**
 * Moves each alias in turn (at once, or to its first step), takes those with steps through
 * the rest together, then settles each: what a single deploy does, across the fleet. Any
 * stop on the way puts back every alias moved so far.
 */
export async function switchTogether(
  prepared: readonly Prepared[],
  { phases, log, guard, save }: SwitchOptions,
): Promise<FleetResult[]> {
  let released: Released[];
  try {
    released = await releaseAll(prepared, {
      phases,
      log,
      guard,
      save: save ?? (() => undefined),
      labelled: true,
    });
  } catch (error) {
    throw new FleetFailed(errorMessage(error), stoppedResults(prepared, error), {
      cause: error,
    });
  }
  return settleEach(prepared, released);
}

/** Where each function was left by a release that stopped, as the stop read it back. */
function stoppedResults(prepared: readonly Prepared[], error: unknown): FleetResult[] {
  const stopped = error instanceof RolloutStopped ? error : undefined;
  const outputs = failureOutputs(error);
  return prepared.map((one) => {
    const at = stopped?.labels.indexOf(labelOf(one)) ?? -1;
    const state =
      stopped === undefined
        ? `not moved: ${errorMessage(error)}`
        : at >= 0
          ? (stopped.aliases[at] ?? 'unknown')
          : 'not moved: the release stopped first';
    const result = resultOf(one, state, { ...outputs, ...versionOutputs(one.version) });
    return stopped?.failedLabel === labelOf(one) || stopped === undefined
      ? { ...result, error: errorMessage(error) }
      : result;
  });
}

/** Frees old allocations and prunes, each function in turn; the aliases stay where they are. */
async function settleEach(
  prepared: readonly Prepared[],
  released: readonly Released[],
): Promise<FleetResult[]> {
  const results: FleetResult[] = [];
  const failed: string[] = [];
  for (const [at, one] of prepared.entries()) {
    const release = released[at];
    if (release === undefined) continue;
    try {
      const outcome = await settle(one, release);
      const { deployable } = one.run.built;
      results.push(
        resultOf(one, 'released', {
          ...(deployable.kind === 'zip' ? packageOutputs(deployable.package) : {}),
          ...deployOutputs(outcome),
        }),
      );
    } catch (error) {
      failed.push(`${labelOf(one)}: ${errorMessage(error)}`);
      results.push({
        ...resultOf(one, `released, then failed: ${errorMessage(error)}`),
        error: errorMessage(error),
      });
    }
  }
  if (failed.length > 0) {
    throw new FleetFailed(
      `Every alias was switched, but ${failed.length} of ${released.length} functions failed after: ${failed.join('; ')}`,
      results,
    );
  }
  return results;
}

function resultOf(
  prepared: Prepared,
  state: string,
  outputs: Readonly<Record<string, string>> = {},
): FleetResult {
  return {
    label: labelOf(prepared),
    'function-name': prepared.run.config.functionName,
    region: prepared.run.config.region,
    state,
    // The version exists whatever happened to the alias after.
    outputs: { ...versionOutputs(prepared.version), ...outputs },
  };
}
