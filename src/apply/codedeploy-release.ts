// The traffic part of a release with rollout-engine: codedeploy: what CodeDeploy needs is
// set up, a deployment is started for every alias that moves from one version to another,
// then followed to its end or handed over. An alias that does not exist yet, or a run that
// moves none, is released at once as with the action's own engine.
import { deploymentLink } from '../aws/codedeploy.js';
import { DeployError, withOutputs } from '../errors.js';
import type { ReleaseResult } from '../resources/alias/apply.js';
import { applyCodeDeploy } from '../resources/codedeploy/apply.js';
import type { Prepared } from './planned-run.js';
import type { DeployOutcome } from '../report/outputs.js';
import type { Logger } from '../logger.js';
import type { Phases } from '../phases.js';
import type { RolloutGuard } from './rollout/guard.js';
import type { RolloutLane } from './rollout/lane.js';
import {
  followDeployments,
  handedOver,
  startDeployments,
  type DeploymentLane,
} from './rollout/codedeploy.js';

type Released = DeployOutcome['release'];

/** What release-all lends: its options, and how it releases, names and lanes a run. */
export interface CodeDeployRelease {
  readonly phases: Phases;
  readonly log: Logger;
  readonly guard: Pick<RolloutGuard, 'open' | 'close'> | undefined;
  readonly labelled: boolean;
  readonly setUpUrl: (prepared: Prepared, result: ReleaseResult) => Promise<string | undefined>;
  readonly atOnce: (prepared: Prepared) => Promise<Released>;
  readonly laneOf: (prepared: Prepared, labelled: boolean) => RolloutLane | undefined;
  readonly labelOf: (prepared: Prepared) => string;
}

export async function releaseByCodeDeploy(
  prepared: readonly Prepared[],
  options: CodeDeployRelease,
): Promise<Released[]> {
  const { setUpUrl, atOnce, labelOf } = options;
  const lanes = prepared.map((one) => deploymentLaneOf(options.laneOf(one, options.labelled), one));
  const shifting = lanes.filter((lane) => lane !== undefined);
  const released: (Released | undefined)[] = [];
  for (const [at, one] of prepared.entries()) {
    released.push(lanes[at] === undefined ? await atOnce(one) : undefined);
  }
  if (shifting.length === 0) return released.flatMap((one) => one ?? []);
  const { phases, log } = options;
  await phases.run('CodeDeploy set-up', async () => {
    const done = new Set<string>();
    for (const lane of shifting) {
      const key = `${lane.codedeploy.region}\n${lane.plan.application.name}\n${lane.plan.group.name}\n${lane.plan.config.name}`;
      if (done.has(key)) continue;
      done.add(key);
      await applyCodeDeploy(lane.codedeploy, lane.plan, log);
    }
  });
  const ids = await phases.run('CodeDeploy deployment', () => startDeployments(shifting, log));
  const wait = shifting.every((lane) => lane.plan.wait);
  let after;
  if (!wait) {
    after = await Promise.all(shifting.map((lane, at) => handedOver(lane, ids[at] ?? '', log)));
  } else {
    const signal = options.guard?.open();
    try {
      const aliases = await phases.run('Traffic by CodeDeploy', () =>
        followDeployments(shifting, ids, { log, signal }),
      );
      after = shifting.map((lane, at) => {
        const id = ids[at] ?? '';
        return {
          deploymentId: id,
          link: deploymentLink(lane.codedeploy.region, id),
          alias: aliases[at],
          watched: true,
        };
      });
    } finally {
      options.guard?.close();
    }
  }
  const results: Released[] = [];
  let next = 0;
  for (const [at, one] of prepared.entries()) {
    const done = released[at];
    if (done !== undefined) {
      results.push(done);
      continue;
    }
    const outcome = after[next++];
    if (outcome === undefined) throw new DeployError(`No deployment for ${labelOf(one)}`);
    const result: ReleaseResult = {
      version: one.version,
      previousVersion: one.run.plan.release.alias?.before?.version,
      alias: outcome.alias,
    };
    const functionUrl = await setUpUrl(one, result).catch((error: unknown) => {
      throw withOutputs(error, { 'codedeploy-deployment-id': outcome.deploymentId });
    });
    results.push({
      ...result,
      functionUrl,
      smokeTest: one.smokeTest,
      codedeploy: {
        deploymentId: outcome.deploymentId,
        link: outcome.link,
        watched: outcome.watched,
      },
    });
  }
  return results;
}

/** The alias a deployment shifts: one that exists and routes to another version. */
function deploymentLaneOf(
  lane: RolloutLane | undefined,
  prepared: Prepared,
): DeploymentLane | undefined {
  const { run } = prepared;
  const plan = run.plan.release.codedeploy;
  const codedeploy = run.apis.codedeploy;
  if (plan === undefined || plan.atOnce !== undefined || lane === undefined) return undefined;
  const before = lane.before;
  if (before === undefined || before.version === lane.version || codedeploy === undefined)
    return undefined;
  return {
    label: lane.label,
    codedeploy,
    plan,
    releaser: lane.releaser,
    functionName: run.plan.function.name,
    alias: lane.alias,
    before,
    version: lane.version,
    alarms: lane.alarms,
    waitTimeoutSeconds: run.config.waitTimeoutSeconds,
    description: run.config.release.versionDescription.slice(0, 100),
  };
}
