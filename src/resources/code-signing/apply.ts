// The function's code signing config: Lambda keeps it apart from the configuration, and
// checks every later code update against it, so it is applied before the code.
import type { LambdaExtras } from '../../aws/lambda-extras.js';
import type { Logger } from '../../logger.js';
import { type CodeSigningPlan } from './plan.js';

export async function applyCodeSigning(
  extras: LambdaExtras,
  planned: CodeSigningPlan,
  log: Logger,
): Promise<void> {
  if (planned.to === '') {
    await extras.deleteCodeSigningConfig();
  } else {
    await extras.putCodeSigningConfig(planned.to);
  }
  log.info(`code-signing-config-arn: ${planned.from || '(none)'} -> ${planned.to || '(none)'}`);
}
