// Carries out a Managed Instances plan: $LATEST.PUBLISHED republished and Active, and the
// scaling config put on the released version before any traffic reaches it.
import type { FunctionState } from '../../aws/function-state.js';
import type { LambdaExtras } from '../../aws/lambda-extras.js';
import type { LambdaFunction } from '../../aws/lambda-function.js';
import type { LambdaRelease } from '../../aws/lambda-release.js';
import { withState } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { NEW_VERSION } from '../versions/plan.js';
import { LATEST_PUBLISHED, scalingText, type ManagedInstancesPlan } from './plan.js';

export interface ManagedApis {
  readonly lambda: LambdaFunction;
  readonly releaser: LambdaRelease;
  readonly extras?: LambdaExtras | undefined;
}

/** No numbered version: republish $LATEST.PUBLISHED, wait until Active, then its scaling. */
export async function publishLatestPublished(
  apis: ManagedApis,
  plan: ManagedInstancesPlan,
  deployed: FunctionState,
  options: { readonly description: string; readonly waitTimeoutSeconds: number },
  log: Logger,
): Promise<void> {
  if (plan.publishLatest) {
    const published = await apis.releaser
      .publishLatestPublished(deployed.codeSha256, options.description)
      .catch((error: unknown) => {
        throw withState(
          error,
          `$LATEST holds this run's code; ${LATEST_PUBLISHED} was not republished.`,
        );
      });
    log.info(`Republished ${LATEST_PUBLISHED} (${published.arn}); waiting until it is Active`);
    await apis.lambda.waitUntilVersionActive(LATEST_PUBLISHED, options.waitTimeoutSeconds);
  }
  await applyScaling(apis, plan, LATEST_PUBLISHED, log);
}

/** Puts scaling-config on `version` (the one released) as planned, when it differs. */
export async function applyScaling(
  apis: Pick<ManagedApis, 'extras'>,
  plan: ManagedInstancesPlan | undefined,
  version: string,
  log: Logger,
): Promise<void> {
  const scaling = plan?.scaling;
  if (scaling === undefined) return;
  const qualifier = scaling.qualifier === NEW_VERSION ? version : scaling.qualifier;
  if (apis.extras === undefined)
    throw new Error('The plan puts a scaling config, but no client was given');
  await apis.extras.putScalingConfig(qualifier, scaling.config);
  log.info(
    `Scaling config of ${qualifier}: ${scalingText(scaling.from)} -> ${scalingText(scaling.config)}`,
  );
}
