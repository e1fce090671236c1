// Reserved concurrency (the function's) and provisioned concurrency (the alias's version):
// read, decided and applied apart from UpdateFunctionConfiguration, which does not carry them.

import type { LambdaExtras } from '../../aws/lambda-extras.js';

import type { Logger } from '../../logger.js';
import { type ReservedConcurrencyPlan } from './plan.js';

/** Sets or removes the reserved concurrency as planned. */
export async function applyReservedConcurrency(
  extras: LambdaExtras,
  planned: ReservedConcurrencyPlan,
  log: Logger,
): Promise<void> {
  if (planned.to === 'none') {
    await extras.deleteReservedConcurrency();
  } else {
    await extras.putReservedConcurrency(planned.to);
  }
  log.info(`reserved-concurrency: ${String(planned.from)} -> ${String(planned.to)}`);
}

/**
 * Puts provisioned concurrency on the published version and waits until it is READY, before
 * the alias moves to it: an alias must never route to a version still warming up.
 */
export async function provisionVersion(
  extras: LambdaExtras,
  version: string,
  executions: number,
  waitTimeoutSeconds: number,
  log: Logger,
): Promise<void> {
  log.info(`Provisioned concurrency: ${executions} on version ${version}; waiting until READY`);
  await extras.putProvisionedConcurrency(version, executions);
  await extras.waitUntilProvisionedReady(version, waitTimeoutSeconds);
}

/** Removes the old primary's allocation once the alias has moved off it. */
export async function releaseOldAllocation(
  extras: LambdaExtras,
  version: string,
  log: Logger,
): Promise<void> {
  const removed = await extras.deleteProvisionedConcurrency(version);
  log.info(
    removed
      ? `Removed the provisioned concurrency of version ${version}, which the alias no longer routes to`
      : `Version ${version} had no provisioned concurrency left to remove`,
  );
}
