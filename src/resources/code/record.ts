import type { FunctionState } from '../../aws/function-state.js';
import type { LambdaFunction } from '../../aws/lambda-function.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { DeployableCode } from './plan.js';
import { FINGERPRINT_TAG, fingerprintRecordToWrite } from './fingerprint-record.js';

/**
 * Records, once the function runs the package, the tree's fingerprint with the package's
 * CodeSha256 (fingerprint-record.ts), so that the next run of the same tree need not build
 * it. Only an optimisation: a record that cannot be written is a warning, and the next run
 * builds as it always did.
 */
export async function recordFingerprint(
  lambda: LambdaFunction,
  code: DeployableCode,
  now: FunctionState,
  log: Logger,
): Promise<void> {
  if (code.kind !== 'zip') return;
  const tags = fingerprintRecordToWrite(now, code.package);
  if (tags === undefined) return;
  try {
    await lambda.tag(now.arn, tags);
    log.info(`Recorded the source tree's fingerprint with the code, in tag ${FINGERPRINT_TAG}`);
  } catch (error) {
    log.warning(
      `The source tree's fingerprint could not be recorded (${errorMessage(error)}); ` +
        'the next deploy builds the package even if the tree is unchanged',
    );
  }
}
