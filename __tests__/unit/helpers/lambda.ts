import {
  LambdaClient,
  LambdaServiceException,
  ResourceConflictException,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LambdaFunction } from '../../../src/aws/lambda-function.js';
import { type LambdaTiming } from '../../../src/aws/function-calls.js';
import { LambdaRelease } from '../../../src/aws/lambda-release.js';
import type { Logger } from '../../../src/logger.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';

export const FUNCTION_NAME = 'orders-api';
export const REGION = 'us-east-1';
export const FUNCTION_ARN = `arn:aws:lambda:${REGION}:123456789012:function:${FUNCTION_NAME}`;
/** Base64 SHA-256 of the code the function runs before a deploy. */
export const OLD_SHA256 = createHash('sha256').update('old code').digest('base64');

/** Polls and conflict retries in milliseconds, so the tests do not wait on real delays. */
export const fastTiming: LambdaTiming = {
  minPollSeconds: 0.01,
  maxPollSeconds: 0.05,
  conflictRetry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
};

/** A Zip function that finished its last update and runs OLD_SHA256, with `overrides` applied. */
export function functionConfiguration(
  overrides: Partial<FunctionConfiguration> = {},
): FunctionConfiguration {
  return {
    FunctionName: FUNCTION_NAME,
    FunctionArn: FUNCTION_ARN,
    PackageType: 'Zip',
    CodeSha256: OLD_SHA256,
    CodeSize: 8,
    State: 'Active',
    LastUpdateStatus: 'Successful',
    RevisionId: 'revision-1',
    ...overrides,
  };
}

/** GetFunction's answer for `functionConfiguration(overrides)`. */
export function getFunctionOutput(overrides: Partial<FunctionConfiguration> = {}): {
  Configuration: FunctionConfiguration;
} {
  return { Configuration: functionConfiguration(overrides) };
}

/** An error as the SDK throws it for an error code it has no class for. */
export function awsError(name: string, message: string): LambdaServiceException {
  return new LambdaServiceException({ name, message, $fault: 'client', $metadata: {} });
}

/**
 * An error as the SDK throws it when the connection fails on every attempt: Node's error,
 * its code kept, renamed TimeoutError for a reset, with the attempts in $metadata.
 * sdk-errors.test.ts checks this against the SDK itself.
 */
export function connectionError(code: string, attempts: number): Error {
  const error = new Error(code === 'ECONNREFUSED' ? 'connect ECONNREFUSED' : `read ${code}`);
  return Object.assign(error, {
    name: code === 'ECONNRESET' ? 'TimeoutError' : 'Error',
    code,
    $metadata: { attempts, totalRetryDelay: 100 },
  });
}

export function conflictError(): ResourceConflictException {
  return new ResourceConflictException({
    message: 'The operation cannot be performed at this time. An update is in progress.',
    $metadata: {},
  });
}

export function lambdaFunction(log: Logger, name = FUNCTION_NAME): LambdaFunction {
  return new LambdaFunction(new LambdaClient({ region: REGION }), name, REGION, log, fastTiming);
}

/** A LambdaRelease on FUNCTION_NAME whose conflict retries take milliseconds. */
export function lambdaRelease(log: Logger, name = FUNCTION_NAME): LambdaRelease {
  return new LambdaRelease(
    new LambdaClient({ region: REGION }),
    name,
    REGION,
    log,
    fastTiming.conflictRetry,
  );
}

/**
 * Writes `content` to `dir` as a package file and describes it as preparePackage would,
 * as a zip holding one file of `content`'s length.
 */
export async function packageFile(dir: string, content: string): Promise<DeploymentPackage> {
  const bytes = Buffer.from(content);
  const file = path.join(dir, 'function.zip');
  await writeFile(file, bytes);
  return {
    path: file,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('base64'),
    contents: { fileCount: 1, unzippedSize: bytes.length },
  };
}
