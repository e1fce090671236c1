import type { CloudWatchAlarms } from '../aws/cloudwatch-alarms.js';
import { routingText, type AliasState, type LambdaRelease } from '../aws/lambda-release.js';
import { DeployError, errorMessage } from '../errors.js';
import { formatSeconds } from '../format.js';
import type { Rollout } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { Routing } from '../plan/deploy-plan.js';
import type { DescribeAlias } from './release.js';

/** Alarms are read at least this often while a step holds. */
const ALARM_POLL_MS = 15_000;

/** An alarm fired and the alias was put back; the run's `rolled-back` output says so. */
export class RolledBack extends DeployError {
  readonly outputs = { 'rolled-back': 'true' };
}

export interface RolloutRun {
  readonly releaser: LambdaRelease;
  readonly alarms: CloudWatchAlarms | undefined;
  readonly rollout: Rollout;
  /** The alias as it was before the run: an alarm puts it back to exactly this routing. */
  readonly before: AliasState;
  /** The alias after the first step. */
  readonly moved: AliasState;
  /** The version the steps send traffic to. */
  readonly version: string;
  readonly describeAlias: DescribeAlias;
  readonly log: Logger;
}

/** The routing at a step: `percent` to `version` beside the alias's primary before. */
export function stepRouting(before: AliasState, version: string, percent: number): Routing {
  return percent === 100
    ? { version, weights: {} }
    : { version: before.version, weights: { [version]: percent / 100 } };
}

/**
 * Takes the alias through the rest of the steps, holding each for the interval while the
 * alarms are watched; an alarm in ALARM at any time from the first step to the end puts
 * the alias back as it was before the run.
 */
export async function runRollout(run: RolloutRun): Promise<AliasState> {
  const { steps, intervalSeconds } = run.rollout;
  let current = run.moved;
  for (let index = 0; index < steps.length; index++) {
    const percent = steps[index] ?? 100;
    const step = `step ${index + 1} of ${steps.length} (${percent} %)`;
    if (index > 0) {
      const routing = stepRouting(run.before, run.version, percent);
      current = await run.releaser.updateAlias(
        current,
        routing.version,
        routing.weights,
        run.describeAlias(routing.version, run.before.version),
      );
      run.log.info(`Traffic ${step}: alias ${current.name} routes ${routingText(current)}`);
    }
    const holds = index < steps.length - 1 ? intervalSeconds : 0;
    current = await hold(run, current, step, holds);
  }
  return current;
}

/** Holds a step for `seconds`, reading the alarms at its start and at least every 15 s. */
async function hold(
  run: RolloutRun,
  current: AliasState,
  step: string,
  seconds: number,
): Promise<AliasState> {
  const deadline = Date.now() + seconds * 1000;
  const every = Math.max(1_000, Math.min(ALARM_POLL_MS, (seconds * 1000) / 2));
  for (;;) {
    await watch(run, current, step, deadline);
    const left = deadline - Date.now();
    if (left <= 0) return current;
    await new Promise((resolve) => setTimeout(resolve, Math.min(every, left)));
  }
}

async function watch(
  run: RolloutRun,
  current: AliasState,
  step: string,
  deadline: number,
): Promise<void> {
  if (run.alarms === undefined) {
    const left = Math.max(0, deadline - Date.now()) / 1000;
    if (left > 0) run.log.info(`Traffic ${step}: next step in ${formatSeconds(left)}`);
    return;
  }
  const states = await run.alarms.states();
  const firing = [...states].filter(([, state]) => state === 'ALARM').map(([name]) => name);
  const left = Math.max(0, deadline - Date.now()) / 1000;
  run.log.info(
    `Traffic ${step}: ${[...states].map(([name, state]) => `${name} ${state}`).join(', ')}` +
      (left > 0 ? `; next step in ${formatSeconds(left)}` : ''),
  );
  if (firing.length > 0) await rollBack(run, current, step, firing);
}

async function rollBack(
  run: RolloutRun,
  current: AliasState,
  step: string,
  firing: readonly string[],
): Promise<never> {
  const alarms = firing.map((name) => `'${name}'`).join(', ');
  const cause = `Alarm ${alarms} ${firing.length === 1 ? 'is' : 'are'} in ALARM during ${step}`;
  const { before } = run;
  try {
    const back = await run.releaser.updateAlias(
      current,
      before.version,
      before.weights,
      run.describeAlias(before.version, current.version),
    );
    run.log.warning(`${cause}: alias ${back.name} put back to ${routingText(back)}`);
    throw new RolledBack(
      `${cause}: alias '${back.name}' was put back to ${routingText(back)}, as before this run. ` +
        `Version ${run.version} stays published, with no traffic.`,
    );
  } catch (error) {
    if (error instanceof RolledBack) throw error;
    throw new DeployError(
      `${cause}, and putting alias '${current.name}' back failed: ${errorMessage(error)}. ` +
        `It still routes ${routingText(current)}: move it back by hand, or with rollback-to.`,
      { cause: error },
    );
  }
}
