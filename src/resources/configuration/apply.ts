import type { FunctionState } from '../../aws/function-state.js';
import type { LambdaFunction } from '../../aws/lambda-function.js';
import { DeployError } from '../../errors.js';

import type { Logger } from '../../logger.js';

import { type ConfigurationPlan } from './plan.js';
import { type SettingChange } from './compare.js';

export interface ConfigurationResult {
  readonly changes: readonly SettingChange[];
  /** The function once the settings are applied, so the code update need not read it again. */
  readonly function: FunctionState;
}

/**
 * Applies the planned settings before the code, so a version published afterwards holds
 * both, and waits for Lambda to finish; a Failed update fails with Lambda's reason.
 */
export async function applyConfiguration(
  lambda: LambdaFunction,
  planned: ConfigurationPlan,
  waitTimeoutSeconds: number,
  log: Logger,
  current: FunctionState,
): Promise<ConfigurationResult> {
  let after = current;
  if (planned.changes.length > 0) {
    if (current.lastUpdateStatus === 'InProgress') {
      after = await lambda.waitUntilSettled(waitTimeoutSeconds);
    }
    for (const change of planned.changes)
      log.info(`${change.setting}: ${change.from || '(none)'} -> ${change.to}`);
    await lambda.updateConfiguration(planned.update);
    const settled = await lambda.waitUntilSettled(waitTimeoutSeconds);
    after = settled;
    if (settled.lastUpdateStatus === 'Failed') {
      throw new DeployError(
        `Lambda could not apply the new configuration to '${lambda.name}': ${settled.lastUpdateStatusReason ?? 'no reason given'}`,
      );
    }
  } else {
    log.info('The configuration already matches: no UpdateFunctionConfiguration');
  }
  if (Object.keys(planned.tags).length > 0) {
    await lambda.tag(current.arn, planned.tags);
    log.info(`Tagged: ${Object.keys(planned.tags).join(', ')}`);
  }
  if (planned.untag !== undefined && planned.untag.length > 0) {
    await lambda.untag(current.arn, planned.untag);
    log.info(`Tags removed (tags-mode replace): ${planned.untag.join(', ')}`);
  }
  return { changes: planned.changes, function: after };
}
