// The parts of applying a plan that belong to async-invoke-config and code-storage reference:
// the config put on the alias once the release is done, and package objects pruned with their
// versions.
import { withState } from '../errors.js';
import type { DeployOutcome } from '../report/outputs.js';
import { applyAsyncInvoke } from '../resources/async-invoke/apply.js';
import { pruneObjects, readReferences } from '../resources/code-storage/apply.js';
import type { PruneApi } from '../resources/versions/apply.js';
import type { PruneResult } from '../resources/versions/plan.js';
import { releasedState } from '../resources/alias/apply.js';
import type { PlannedRun } from './planned-run.js';

/** async-invoke-config on the alias the release routes (it exists now), or on $LATEST. */
export async function putAsyncInvoke(
  run: PlannedRun,
  released: DeployOutcome['release'],
): Promise<void> {
  const planned = run.plan.asyncInvoke;
  const api = run.apis.asyncRuntime;
  if (planned === undefined || api === undefined) return;
  await run.phases
    .run('Asynchronous invocation', () => applyAsyncInvoke(api, planned, run.log))
    .catch((error: unknown) => {
      throw withState(
        error,
        `${releasedState(released)} The asynchronous invocation config was not set.`,
      );
    });
}

/**
 * Prunes versions; with code-storage reference, reads first which object each version points
 * at, then deletes the objects of removed versions that no remaining version refers to.
 */
export async function pruneWithObjects(
  run: PlannedRun,
  prune: (api: PruneApi) => Promise<PruneResult>,
): Promise<PruneResult> {
  const { apis, plan, config } = run;
  const storage = plan.codeStorage;
  const bucket = apis.codeBucket;
  if (storage === undefined || bucket === undefined) return prune(apis.releaser);
  const objects = {
    lambda: apis.lambda,
    versionNumbers: () => apis.releaser.versionNumbers(),
    bucket,
    own: { bucket: storage.bucket, prefix: config.s3.keyPrefix },
  };
  const before = await readReferences(objects).catch((error: unknown) => error as Error);
  const pruned = await prune(apis.releaser);
  if (before instanceof Error) {
    run.log.warning(
      `keep-versions: no package object was deleted: which objects the versions refer to is unknown. ${before.message}`,
    );
    return pruned;
  }
  return pruneObjects(objects, before, pruned, run.log);
}
