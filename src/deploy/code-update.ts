import type { S3Client } from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';
import type { CodeLocation, FunctionState, LambdaFunction } from '../aws/lambda-function.js';
import { stagePackageInS3, type StagedPackage } from '../aws/s3-package-store.js';
import { DeployError } from '../errors.js';
import type { Architecture } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { DeploymentPackage } from '../package/deployment-package.js';
import type { SettingChange } from './configuration.js';
import type { UploadPlan } from './upload-plan.js';

/** The upload plan, with a client for S3 when it goes through S3. */
export type UploadRoute =
  | Extract<UploadPlan, { kind: 'direct' }>
  | (Extract<UploadPlan, { kind: 's3' }> & { readonly client: S3Client });

export interface CodeUpdateOptions {
  readonly skipUnchanged: boolean;
  readonly waitTimeoutSeconds: number;
  readonly upload: UploadRoute;
  /** Set when the user gave one; a different one forces the code update. */
  readonly architecture?: Architecture | undefined;
}

export interface CodeUpdateResult {
  readonly function: FunctionState;
  /** False when the function already ran this exact package and the update was skipped. */
  readonly deployed: boolean;
  /** Where the package went in S3, when it went through S3. */
  readonly staged: StagedPackage | undefined;
  /** Set when the update also changed the architecture. */
  readonly architectureChange?: SettingChange | undefined;
}

export async function updateFunctionCode(
  lambda: LambdaFunction,
  pkg: DeploymentPackage,
  options: CodeUpdateOptions,
  log: Logger,
  known?: FunctionState,
): Promise<CodeUpdateResult> {
  const current = known ?? (await lambda.read());
  log.info(`Function ${current.arn} runs code ${current.codeSha256} (${current.codeSize} bytes)`);
  checkZipFunction(current, lambda.name);
  const architecture = architectureToSet(options.architecture, current);
  if (options.skipUnchanged && runsPackage(current, pkg) && architecture === undefined) {
    log.info('The function already runs this package: code update skipped (skip-unchanged)');
    return { function: current, deployed: false, staged: undefined };
  }

  const { code, staged } = await deliverPackage(
    options.upload,
    pkg,
    accountOf(current.arn),
    lambda.region,
    log,
  );
  await settleEarlierUpdate(lambda, current, options.waitTimeoutSeconds, log);
  log.info(`Updating the code with UpdateFunctionCode (${describe(code)})`);
  const uploaded = await lambda.updateCode(code, architecture);
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
  const architectureChange =
    architecture === undefined
      ? undefined
      : {
          setting: 'architectures',
          from: current.configuration.Architectures?.[0] ?? 'x86_64',
          to: architecture,
        };
  return { function: settled, deployed: true, staged, architectureChange };
}

/**
 * The package as Lambda takes it: its bytes, or its place in S3 after staging it there.
 * `account` is the default owner expected of the bucket.
 */
export async function deliverPackage(
  route: UploadRoute,
  pkg: DeploymentPackage,
  account: string | undefined,
  region: string,
  log: Logger,
): Promise<{ code: CodeLocation; staged: StagedPackage | undefined }> {
  if (route.kind === 'direct') {
    return { code: { kind: 'zip', zip: await readFile(pkg.path) }, staged: undefined };
  }
  const staged = await stagePackageInS3(
    route.client,
    {
      bucket: route.bucket,
      key: route.key,
      expectedOwner: route.bucketOwner ?? account,
      region,
    },
    pkg,
    log,
  );
  return { code: { kind: 's3', ...staged }, staged };
}

export function checkZipFunction(current: FunctionState, name: string): void {
  if (current.packageType !== 'Zip') {
    throw new DeployError(
      `Function '${name}' has package type ${current.packageType}; a zip can only be deployed to a Zip function`,
    );
  }
}

/** After a Failed update the function may report the new hash without running it. */
export function runsPackage(current: FunctionState, pkg: DeploymentPackage): boolean {
  return current.codeSha256 === pkg.sha256 && current.lastUpdateStatus !== 'Failed';
}

/** The architecture to send with the code: the one wanted, when the function has another. */
export function architectureToSet(
  wanted: Architecture | undefined,
  current: FunctionState,
): Architecture | undefined {
  const actual = current.configuration.Architectures?.[0] ?? 'x86_64';
  return wanted !== undefined && wanted !== actual ? wanted : undefined;
}

/** arn:aws:lambda:<region>:<account>:function:<name> */
function accountOf(functionArn: string): string | undefined {
  return functionArn.split(':')[4];
}

function describe(code: CodeLocation): string {
  return code.kind === 'zip'
    ? `${code.zip.length} bytes in the request`
    : `from s3://${code.bucket}/${code.key}`;
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
