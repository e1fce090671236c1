// What guards a release, judged before its first step from what was read: the alarms the
// steps watch (one already in ALARM refuses the run) and the triggers that would bypass the
// canary, the steps or the smoke test (refused with trigger-check: fail).
import type { AliasState } from '../aws/lambda-release-shapes.js';
import type { DeployConfig } from '../inputs.js';
import { checkAlarms, refuseFiringAlarms, type AlarmCheck } from './alarm-check.js';
import type { DeployState } from './deploy-state.js';
import {
  bypassedGuards,
  findTriggers,
  refuseTriggers,
  type TriggerCheck,
} from './trigger-check.js';

export interface RolloutPlan {
  readonly steps: readonly number[];
  readonly intervalSeconds: number;
  /** Each alarm watched, with its state when the run planned and what its metric covers. */
  readonly alarms: readonly AlarmCheck[];
  /**
   * True when the alias steps off another version, so the steps run and the alarms are
   * watched; false when it is created, or already routes to the version released.
   */
  readonly moves: boolean;
}

/** The alias as read, and the version released: a number, or undefined for a new one. */
export interface AliasTarget {
  readonly before: AliasState | undefined;
  readonly version: string | undefined;
}

/**
 * The steps and the alarms watched. An alarm already in ALARM would roll the alias back
 * right after it moved, so the run is refused before any change.
 */
export function planRollout(
  config: DeployConfig,
  state: DeployState,
  { before, version }: AliasTarget,
): RolloutPlan | undefined {
  const { rollout, alias } = config.release;
  if (alias === undefined || (rollout.steps.length === 1 && rollout.alarms.length === 0)) {
    return undefined;
  }
  const moves = before !== undefined && before.version !== version;
  const alarms = checkAlarms(rollout.alarms, state.alarms, {
    functionName: state.function?.name ?? config.functionName,
    alias,
    version,
    existingVersions: before === undefined ? [] : [before.version, ...Object.keys(before.weights)],
  });
  if (moves) refuseFiringAlarms(alarms);
  return { steps: rollout.steps, intervalSeconds: rollout.intervalSeconds, alarms, moves };
}

/**
 * The triggers that bypass what guards the release, when it releases something; with
 * trigger-check: fail, any of them refuses the run before any change.
 */
export function planTriggers(
  config: DeployConfig,
  state: DeployState,
  release: { readonly released: boolean; readonly smokeTest: boolean },
): TriggerCheck | undefined {
  const found = state.function;
  if (state.triggers === undefined || found === undefined || !release.released) return undefined;
  const check: TriggerCheck = {
    findings: findTriggers(state.triggers, found.arn, config.release.alias),
    alias: config.release.alias,
    bypassed: bypassedGuards(config.release, release.smokeTest),
    denied: state.triggers.denied,
  };
  if (config.release.triggerCheck === 'fail') refuseTriggers(check, found.name);
  return check;
}
