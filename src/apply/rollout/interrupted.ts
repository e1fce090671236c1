// A rollout that neither finished nor was put back (its job killed, and its post step too)
// leaves its marker in the alias's description. The next run finds it before it plans and,
// as on-interrupted says, puts the alias back to its routing before that rollout (revert),
// carries on that rollout's steps (resume), or stops (fail).
import { routingText, type AliasState } from '../../aws/lambda-release-shapes.js';
import { type LambdaRelease } from '../../aws/lambda-release.js';
import type { CloudWatchAlarms } from '../../aws/cloudwatch-alarms.js';
import { DeployError } from '../../errors.js';
import type { DeployConfig } from '../../inputs.js';
import type { InterruptedRollout } from '../../plan/deploy-plan.js';
import type { Logger } from '../../logger.js';
import {
  describeAlias,
  readDescription,
  readRolloutMarker,
  routingRecord,
  type RolloutMarker,
} from '../../resources/alias/record.js';
import type { SaveRollout } from './lane.js';
import type { RolloutGuard } from './guard.js';
import { putBackRouting } from './stop.js';
import { RolloutWindow } from './rollout.js';

/** What the run found and did (in a dry run: would do), for the plan. */
export type Interrupted = InterruptedRollout;

export interface InterruptedApis {
  readonly releaser: LambdaRelease;
  readonly alarms: CloudWatchAlarms | undefined;
}

/** "version 8 at step 2 of 10,50,100, left by run 41.1". */
export function describeMarker(marker: RolloutMarker): string {
  return `version ${marker.target} at step ${marker.step} of ${marker.steps.join(',')}, left by run ${marker.run}`;
}

/**
 * Reads the alias the run releases; when it carries another run's rollout marker, acts as
 * on-interrupted says (not in a dry run) and tells what it found and did.
 */
export async function recoverInterrupted(
  apis: InterruptedApis,
  config: DeployConfig,
  log: Logger,
  traffic: { readonly save: SaveRollout; readonly guard?: Pick<RolloutGuard, 'open' | 'close'> },
): Promise<Interrupted | undefined> {
  const { alias, onInterrupted, runId } = config.release;
  if (alias === undefined) return undefined;
  const found = await apis.releaser.getAlias(alias);
  const marker = readRolloutMarker(found?.description);
  if (found === undefined || marker === undefined || marker.run === runId) return undefined;
  const seen = {
    alias,
    run: marker.run,
    target: marker.target,
    step: marker.step,
    steps: marker.steps,
    action: onInterrupted,
    found: routingText(found),
  };
  const left = `Alias '${alias}' was left mid-rollout (${describeMarker(marker)}); it routes ${seen.found}`;
  if (onInterrupted === 'fail') {
    throw new DeployError(
      `${left}. on-interrupted is fail, so nothing was changed: put it back with ` +
        `on-interrupted: revert (to ${routingText({ ...found, ...putBackRouting(marker.before, marker.target) })}), ` +
        'or carry its steps on with on-interrupted: resume.',
    );
  }
  const stillRunning = marker.until * 1000 > Date.now();
  log.warning(
    `${left}${stillRunning ? ' (its current step was still meant to hold: if that run is alive, use a concurrency group)' : ''}; on-interrupted: ${onInterrupted}`,
  );
  if (config.dryRun) return { ...seen, after: undefined };
  const after =
    onInterrupted === 'revert'
      ? await revert(apis.releaser, found, marker, config)
      : await resume(apis, found, marker, config, log, traffic);
  log.info(`Alias '${alias}' now routes ${routingText(after)} (read back)`);
  return { ...seen, after: routingText(after) };
}

/** Back to the routing before that rollout, without its version's share. */
async function revert(
  releaser: LambdaRelease,
  found: AliasState,
  marker: RolloutMarker,
  config: DeployConfig,
): Promise<AliasState> {
  const routing = putBackRouting(marker.before, marker.target);
  await releaser.updateAlias(
    found,
    routing.version,
    routing.weights,
    describeAlias(found.description, {
      kind: 'moved',
      version: routing.version,
      weights: routing.weights,
      previous: found,
      label: config.release.runLabel,
    }),
  );
  return (await releaser.getAlias(found.name)) ?? found;
}

/** The rest of that rollout's steps, with this run's interval and alarms. */
async function resume(
  apis: InterruptedApis,
  found: AliasState,
  marker: RolloutMarker,
  config: DeployConfig,
  log: Logger,
  {
    save,
    guard,
  }: { readonly save: SaveRollout; readonly guard?: Pick<RolloutGuard, 'open' | 'close'> },
): Promise<AliasState> {
  const { rollout, runLabel, runId } = config.release;
  const window = new RolloutWindow({
    rollout: { ...rollout, steps: marker.steps },
    label: runLabel,
    run: runId,
    log,
    signal: guard?.open(),
    save,
  });
  const before: AliasState = {
    ...found,
    ...marker.before,
    description: readDescription(found.description).text,
  };
  const state = window.pending({
    releaser: apis.releaser,
    alarms: apis.alarms,
    alias: found.name,
    before,
    version: marker.target,
    steps: true,
  });
  window.moved(state, found);
  log.info(
    `Resuming the rollout of version ${marker.target} from step ${marker.step} of ${marker.steps.join(',')} (was ${routingRecord(marker.before)})`,
  );
  try {
    const [after] = await window.steps(marker.step);
    window.close();
    return after ?? found;
  } finally {
    guard?.close();
  }
}
