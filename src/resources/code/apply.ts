import { readFile } from 'node:fs/promises';

import type { CodeLocation, FunctionState, PackageLocation } from '../../aws/function-state.js';
import type { LambdaFunction } from '../../aws/lambda-function.js';
import type { StagedPackage } from '../../aws/s3-package-store.js';
import { DeployError } from '../../errors.js';
import type { Architecture } from '../../inputs.js';
import type { Logger } from '../../logger.js';
import type { DeploymentPackage } from '../../package/package-contents.js';
import type { SettingChange } from '../configuration/compare.js';

import {
  type DeployableCode,
  type UploadRoute,
  accountOf,
  architectureChange,
  architectureToSet,
  checkPackageType,
  runsImage,
  runsPackage,
} from './plan.js';

/**
 * A zip this large goes into the request streamed from its file (streamed-zip.ts), which
 * costs a second read of it, to hash the body; a smaller one is read whole, which costs
 * memory three times its size (bytes, base64, JSON) while it is sent.
 */
const STREAM_FROM_BYTES = 16 * 1024 * 1024;

export interface CodeUpdateOptions {
  readonly skipUnchanged: boolean;
  readonly waitTimeoutSeconds: number;
  /** Set when the user gave one; a different one forces the code update. */
  readonly architecture?: Architecture | undefined;
}

export interface ZipUpdateOptions extends CodeUpdateOptions {
  readonly upload: UploadRoute;
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

/** Deploys the code to the existing function: the zip package, or the image. */
export function deployCode(
  lambda: LambdaFunction,
  code: DeployableCode,
  options: CodeUpdateOptions,
  log: Logger,
  known?: FunctionState,
): Promise<CodeUpdateResult> {
  return code.kind === 'zip'
    ? updateFunctionCode(lambda, code.package, { ...options, upload: code.upload }, log, known)
    : updateFunctionImage(lambda, code.uri, options, log, known);
}

export async function updateFunctionCode(
  lambda: LambdaFunction,
  pkg: DeploymentPackage,
  options: ZipUpdateOptions,
  log: Logger,
  known?: FunctionState,
): Promise<CodeUpdateResult> {
  const start = await startCodeUpdate(lambda, 'Zip', options, log, known, {
    running: (current) => `code ${current.codeSha256} (${current.codeSize} bytes)`,
    runsIt: (current) => runsPackage(current, pkg),
    same: 'package',
  });
  if (start.skipped !== undefined) return start.skipped;
  const { current, architecture } = start;

  const { code, staged } = await deliverPackage(
    options.upload,
    pkg,
    accountOf(current.arn),
    lambda.region,
    log,
  );
  const { settled, architectureChange } = await applyCode(
    lambda,
    current,
    code,
    architecture,
    options,
    log,
    (uploaded) => {
      if (uploaded.codeSha256 !== pkg.sha256) {
        throw new DeployError(
          `Lambda computed CodeSha256 ${uploaded.codeSha256} for the upload, but the package's is ${pkg.sha256}`,
        );
      }
    },
  );
  return { function: settled, deployed: true, staged, architectureChange };
}

/** Points an Image function at `imageUri`; Lambda pulls the image itself. */
export async function updateFunctionImage(
  lambda: LambdaFunction,
  imageUri: string,
  options: CodeUpdateOptions,
  log: Logger,
  known?: FunctionState,
): Promise<CodeUpdateResult> {
  const start = await startCodeUpdate(lambda, 'Image', options, log, known, {
    running: (current) => `image ${current.resolvedImageUri ?? current.codeSha256}`,
    runsIt: (current) => runsImage(current, imageUri),
    same: 'image digest',
  });
  if (start.skipped !== undefined) return start.skipped;
  const { current, architecture } = start;
  const { settled, architectureChange } = await applyCode(
    lambda,
    current,
    { kind: 'image', uri: imageUri },
    architecture,
    options,
    log,
  );
  return { function: settled, deployed: true, staged: undefined, architectureChange };
}

/**
 * The function as the update starts from: its package type checked, the architecture to
 * send, or the result when it already runs this code and the update is skipped.
 */
async function startCodeUpdate(
  lambda: LambdaFunction,
  packageType: 'Zip' | 'Image',
  options: CodeUpdateOptions,
  log: Logger,
  known: FunctionState | undefined,
  code: {
    readonly running: (current: FunctionState) => string;
    readonly runsIt: (current: FunctionState) => boolean;
    readonly same: string;
  },
): Promise<{
  current: FunctionState;
  architecture: Architecture | undefined;
  skipped: CodeUpdateResult | undefined;
}> {
  const current = known ?? (await lambda.read());
  log.info(`Function ${current.arn} runs ${code.running(current)}`);
  checkPackageType(current, lambda.name, packageType);
  const architecture = architectureToSet(options.architecture, current);
  if (options.skipUnchanged && code.runsIt(current) && architecture === undefined) {
    log.info(`The function already runs this ${code.same}: code update skipped (skip-unchanged)`);
    return {
      current,
      architecture,
      skipped: { function: current, deployed: false, staged: undefined },
    };
  }
  return { current, architecture, skipped: undefined };
}

/** Sends the code, waits for Lambda to finish, and fails with Lambda's reason if it could not. */
async function applyCode(
  lambda: LambdaFunction,
  current: FunctionState,
  code: CodeLocation,
  architecture: Architecture | undefined,
  options: CodeUpdateOptions,
  log: Logger,
  check?: (uploaded: FunctionState) => void,
): Promise<{ settled: FunctionState; architectureChange: SettingChange | undefined }> {
  await settleEarlierUpdate(lambda, current, options.waitTimeoutSeconds, log);
  log.info(`Updating the code with UpdateFunctionCode (${describe(code)})`);
  const uploaded = await lambda.updateCode(code, architecture);
  check?.(uploaded);
  log.info('Waiting for Lambda to finish the update');
  const settled = await lambda.waitUntilSettled(options.waitTimeoutSeconds);
  if (settled.lastUpdateStatus === 'Failed') {
    throw new DeployError(
      `Lambda could not apply the new code to '${lambda.name}': ${settled.lastUpdateStatusReason ?? 'no reason given'}`,
    );
  }
  if (settled.codeSha256 !== uploaded.codeSha256) {
    throw new DeployError(
      `Another deploy changed function '${lambda.name}' meanwhile: it now runs code ${settled.codeSha256}, ` +
        `not the ${uploaded.codeSha256} this run uploaded, so no version was published and no alias moved`,
    );
  }
  return {
    settled,
    architectureChange:
      architecture === undefined ? undefined : architectureChange(current, architecture),
  };
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
): Promise<{ code: PackageLocation; staged: StagedPackage | undefined }> {
  if (route.kind === 'direct') {
    const code: PackageLocation =
      pkg.size < STREAM_FROM_BYTES
        ? { kind: 'zip', zip: await readFile(pkg.path) }
        : { kind: 'zip-file', path: pkg.path, size: pkg.size };
    return { code, staged: undefined };
  }
  // S3 and its uploader are loaded only by a run that stages its package there.
  const { stagePackageInS3 } = await import('../../aws/s3-package-store.js');
  const stage = () =>
    stagePackageInS3(
      route.client,
      { bucket: route.bucket, key: route.key, expectedOwner: route.bucketOwner ?? account, region },
      pkg,
      log,
    );
  const { shared } = route;
  const sharedKey = `${region} s3://${route.bucket}/${route.key}`;
  const first = shared?.get(sharedKey);
  let staged: Awaited<ReturnType<typeof stage>>;
  if (shared === undefined || first === undefined) {
    const staging = stage();
    shared?.set(sharedKey, staging);
    staged = await staging;
  } else {
    log.info(`s3://${route.bucket}/${route.key}: staged once for every function that shares it`);
    staged = { ...(await first), uploaded: false, seconds: 0 };
  }
  if (route.reference === true && staged.versionId === undefined) {
    throw new DeployError(
      `code-storage 'reference': S3 gave no version ID for ${staged.uri}, so bucket '${staged.bucket}' ` +
        'is not versioned; Lambda points at an object version only. Enable versioning on the bucket.',
    );
  }
  return { code: { kind: 's3', ...staged, reference: route.reference === true }, staged };
}

function describe(code: CodeLocation): string {
  if (code.kind === 'zip') return `${code.zip.length} bytes in the request`;
  if (code.kind === 'zip-file') return `${code.size} bytes in the request`;
  if (code.kind === 'image') return `image ${code.uri}`;
  return `from s3://${code.bucket}/${code.key}`;
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
