import {
  GetFunctionCommand,
  UpdateFunctionCodeCommand,
  waitUntilFunctionUpdatedV2,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { describeAwsError } from './aws-errors.js';
import { CONFLICT_RETRY, retryOnConflict, type RetryPolicy } from './retry.js';

/** What the deploy needs to know of a function, read from Lambda. */
export interface FunctionState {
  readonly arn: string;
  readonly name: string;
  readonly packageType: string;
  /** Base64 SHA-256 of the deployed package. */
  readonly codeSha256: string;
  readonly codeSize: number;
  readonly state: string | undefined;
  readonly lastUpdateStatus: string | undefined;
  readonly lastUpdateStatusReason: string | undefined;
  readonly revisionId: string | undefined;
}

export type CodeLocation =
  | { readonly kind: 'zip'; readonly zip: Uint8Array }
  | {
      readonly kind: 's3';
      readonly bucket: string;
      readonly key: string;
      readonly versionId: string | undefined;
    };

export interface LambdaTiming {
  readonly minPollSeconds: number;
  readonly maxPollSeconds: number;
  readonly conflictRetry: RetryPolicy;
}

export const DEFAULT_TIMING: LambdaTiming = {
  minPollSeconds: 1,
  maxPollSeconds: 5,
  conflictRetry: CONFLICT_RETRY,
};

/** One Lambda function, with every call we make on it and an error that says what failed. */
export class LambdaFunction {
  constructor(
    private readonly client: LambdaClient,
    readonly name: string,
    readonly region: string,
    private readonly log: Logger,
    private readonly timing: LambdaTiming = DEFAULT_TIMING,
  ) {}

  async read(): Promise<FunctionState> {
    try {
      const response = await this.client.send(new GetFunctionCommand({ FunctionName: this.name }));
      return toFunctionState(response.Configuration);
    } catch (error) {
      throw this.failure(error, 'read the function', 'lambda:GetFunction');
    }
  }

  /** Sends the zip itself, or where it lies in S3, with UpdateFunctionCode. */
  async updateCode(code: CodeLocation): Promise<FunctionState> {
    const input =
      code.kind === 'zip'
        ? { FunctionName: this.name, ZipFile: code.zip }
        : {
            FunctionName: this.name,
            S3Bucket: code.bucket,
            S3Key: code.key,
            ...(code.versionId === undefined ? {} : { S3ObjectVersion: code.versionId }),
          };
    try {
      const response = await retryOnConflict(
        'UpdateFunctionCode',
        () => this.client.send(new UpdateFunctionCodeCommand(input)),
        this.timing.conflictRetry,
        this.log,
      );
      return toFunctionState(response);
    } catch (error) {
      throw this.failure(error, 'update the function code', 'lambda:UpdateFunctionCode');
    }
  }

  /**
   * Waits until LastUpdateStatus is no longer InProgress and returns the function as it
   * then is, Successful or Failed; throws when that takes longer than `timeoutSeconds`.
   */
  async waitUntilSettled(timeoutSeconds: number): Promise<FunctionState> {
    const minDelay = Math.min(this.timing.minPollSeconds, timeoutSeconds / 2);
    const maxDelay = Math.max(minDelay * 2, Math.min(this.timing.maxPollSeconds, timeoutSeconds));
    try {
      const { final } = await waitUntilFunctionUpdatedV2(
        { client: this.client, maxWaitTime: timeoutSeconds, minDelay, maxDelay },
        { FunctionName: this.name },
      );
      return toFunctionState(final?.Configuration);
    } catch {
      // The waiter throws on Failed and on timeout alike; the function's own state says which.
      const now = await this.read();
      if (now.lastUpdateStatus !== 'InProgress') return now;
      throw new DeployError(
        `Lambda was still updating function '${this.name}' after ${timeoutSeconds} s (wait-timeout); ` +
          'the update may yet finish or fail',
      );
    }
  }

  private failure(error: unknown, action: string, permission: string): DeployError {
    return describeAwsError(error, {
      action,
      permission,
      resource: `function '${this.name}'`,
      region: this.region,
      notFoundHint: 'Check function-name and region.',
    });
  }
}

function toFunctionState(configuration: FunctionConfiguration | undefined): FunctionState {
  if (configuration?.FunctionArn === undefined || configuration.FunctionName === undefined) {
    throw new DeployError('Lambda answered without the function configuration');
  }
  return {
    arn: configuration.FunctionArn,
    name: configuration.FunctionName,
    packageType: configuration.PackageType ?? 'Zip',
    codeSha256: configuration.CodeSha256 ?? '',
    codeSize: configuration.CodeSize ?? 0,
    state: configuration.State,
    lastUpdateStatus: configuration.LastUpdateStatus,
    lastUpdateStatusReason: configuration.LastUpdateStatusReason,
    revisionId: configuration.RevisionId,
  };
}
