// The reads and the one delete self-managed code storage (code-storage: reference) makes on
// the package's bucket: its versioning, its lifecycle rules, and an object version no function
// version refers to any more.
import {
  DeleteObjectCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketVersioningCommand,
  type LifecycleRule,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { DeployError } from '../errors.js';
import { describeAwsError } from './aws-errors.js';
import { createS3Client } from './s3-package-store.js';

/** What a run read of the bucket. */
export interface CodeBucketState {
  readonly bucket: string;
  /** Enabled, Suspended, or undefined when versioning was never turned on. */
  readonly versioning: string | undefined;
  readonly rules: readonly LifecycleRule[];
}

export class S3CodeBucket {
  constructor(
    private readonly client: S3Client,
    readonly region: string,
    /** ExpectedBucketOwner, when s3-bucket-owner is set. */
    private readonly owner: string | undefined,
  ) {}

  async read(bucket: string): Promise<CodeBucketState> {
    const expected = { Bucket: bucket, ExpectedBucketOwner: this.owner };
    const versioning = await this.client
      .send(new GetBucketVersioningCommand(expected))
      .catch((error: unknown) => {
        throw this.failure(error, bucket, 'read the versioning of', 's3:GetBucketVersioning');
      });
    const rules = await this.client
      .send(new GetBucketLifecycleConfigurationCommand(expected))
      .then((answer) => answer.Rules ?? [])
      .catch((error: unknown) => {
        if (error instanceof Error && error.name === 'NoSuchLifecycleConfiguration') return [];
        throw this.failure(
          error,
          bucket,
          'read the lifecycle rules of',
          's3:GetLifecycleConfiguration',
        );
      });
    return { bucket, versioning: versioning.Status, rules };
  }

  /** Deletes one version of an object for good (no delete marker). */
  async deleteObjectVersion(bucket: string, key: string, versionId: string): Promise<void> {
    await this.client
      .send(
        new DeleteObjectCommand({
          Bucket: bucket,
          Key: key,
          VersionId: versionId,
          ExpectedBucketOwner: this.owner,
        }),
      )
      .catch((error: unknown) => {
        throw this.failure(
          error,
          bucket,
          `delete s3://${bucket}/${key}?versionId=${versionId} from`,
          's3:DeleteObjectVersion',
        );
      });
  }

  private failure(error: unknown, bucket: string, action: string, permission: string): DeployError {
    return describeAwsError(error, {
      action: `${action} bucket '${bucket}'`,
      permission,
      resource: `bucket '${bucket}'`,
      region: this.region,
      notFoundHint:
        'This action never creates buckets: create it, or set s3-bucket to one that exists.',
    });
  }
}

export function createCodeBucket(
  region: string,
  requestTimeoutSeconds: number,
  owner: string | undefined,
): S3CodeBucket {
  return new S3CodeBucket(createS3Client(region, requestTimeoutSeconds), region, owner);
}
