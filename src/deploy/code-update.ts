import { readFile } from 'node:fs/promises';
import type { FunctionState, LambdaFunction } from '../aws/lambda-function.js';
import { DeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { DeploymentPackage } from '../package/deployment-package.js';

/** The largest zip Lambda accepts in the request itself; larger ones go through S3. */
export const DIRECT_UPLOAD_LIMIT_BYTES = 52_428_800;

export interface CodeUpdateOptions {
  readonly skipUnchanged: boolean;
  readonly waitTimeoutSeconds: number;
}

export interface CodeUpdateResult {
  readonly function: FunctionState;
  /** False when the function already ran this exact package and the update was skipped. */
  readonly deployed: boolean;
}

export async function updateFunctionCode(
  lambda: LambdaFunction,
  pkg: DeploymentPackage,
  options: CodeUpdateOptions,
  log: Logger,
): Promise<CodeUpdateResult> {
  const current = await lambda.read();
  log.info(`Function ${current.arn} runs code ${current.codeSha256} (${current.codeSize} bytes)`);
  if (current.packageType !== 'Zip') {
    throw new DeployError(
      `Function '${lambda.name}' has package type ${current.packageType}; a zip can only be deployed to a Zip function`,
    );
  }
  // After a Failed update the function may report the new hash without running it.
  const runsPackage = current.codeSha256 === pkg.sha256 && current.lastUpdateStatus !== 'Failed';
  if (options.skipUnchanged && runsPackage) {
    log.info('The function already runs this package: code update skipped (skip-unchanged)');
    return { function: current, deployed: false };
  }
  if (pkg.size > DIRECT_UPLOAD_LIMIT_BYTES) {
    throw new DeployError(
      `The package is ${pkg.size} bytes, over the ${DIRECT_UPLOAD_LIMIT_BYTES} bytes Lambda accepts ` +
        'in a direct upload; nothing was changed',
    );
  }
  await settleEarlierUpdate(lambda, current, options.waitTimeoutSeconds, log);

  log.info(`Uploading ${pkg.size} bytes with UpdateFunctionCode`);
  const uploaded = await lambda.uploadZip(await readFile(pkg.path));
  if (uploaded.codeSha256 !== pkg.sha256) {
    throw new DeployError(
      `Lambda computed CodeSha256 ${uploaded.codeSha256} for the upload, but the package's is ${pkg.sha256}`,
    );
  }
  log.info('Waiting for Lambda to finish the update');
  const settled = await lambda.waitUntilSettled(options.waitTimeoutSeconds);
  if (settled.lastUpdateStatus === 'Failed') {
    throw new DeployError(
      `Lambda could not apply the new code to '${lambda.name}': ${settled.lastUpdateStatusReason ?? 'no reason given'}`,
    );
  }
  return { function: settled, deployed: true };
}

async function settleEarlierUpdate(
  lambda: LambdaFunction,
  current: FunctionState,
  timeoutSeconds: number,
  log: Logger,
): Promise<void> {
  if (current.lastUpdateStatus !== 'InProgress') return;
  log.info('Another update of the function is in progress; waiting for it to finish first');
  const settled = await lambda.waitUntilSettled(timeoutSeconds);
  if (settled.lastUpdateStatus === 'Failed') {
    log.warning(
      `The earlier update failed (${settled.lastUpdateStatusReason ?? 'no reason given'}); deploying over it`,
    );
  }
}
