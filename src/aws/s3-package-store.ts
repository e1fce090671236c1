import { HeadBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createReadStream } from 'node:fs';
import { DeployError } from '../errors.js';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../inputs.js';
import { formatMebibytes } from '../format.js';
import type { Logger } from '../logger.js';
import { describeAwsError } from './aws-errors.js';
import { clientOptions } from './clients.js';
import { isOutcomeUnknown } from './error-kinds.js';

export interface S3Target {
  readonly bucket: string;
  readonly key: string;
  /** The account that must own the bucket (ExpectedBucketOwner). */
  readonly expectedOwner: string | undefined;
  /** The function's region: Lambda takes a package only from a bucket in its own region. */
  readonly region: string;
}

export interface PackageFile {
  readonly path: string;
  readonly size: number;
}

export interface StagedPackage {
  readonly bucket: string;
  readonly key: string;
  /** Set when the bucket is versioned. */
  readonly versionId: string | undefined;
  /** False when the object was already there, from an earlier deploy of the same bytes. */
  readonly uploaded: boolean;
  readonly seconds: number;
  /** s3://bucket/key, with ?versionId= when versioned. */
  readonly uri: string;
}

const PART_SIZE_BYTES = 8 * 1024 * 1024;
const PARTS_IN_PARALLEL = 8;
const PROGRESS_INTERVAL_MS = 5_000;

/**
 * Puts the package in S3 under its content-addressed key, unless it is there already.
 * Never creates the bucket. A failed multipart upload is aborted, leaving no parts behind.
 */
export async function stagePackageInS3(
  client: S3Client,
  target: S3Target,
  pkg: PackageFile,
  log: Logger,
): Promise<StagedPackage> {
  await checkBucket(client, target);
  const location = `s3://${target.bucket}/${target.key}`;
  const existing = await findObject(client, target, log);
  if (existing !== undefined) {
    log.info(`${location} already holds this package (same SHA-256): not uploaded again`);
    return staged(target, existing.versionId, false, 0);
  }

  log.info(`Uploading ${formatMebibytes(pkg.size)} to ${location}`);
  const started = performance.now();
  const upload = new Upload({
    client,
    params: {
      Bucket: target.bucket,
      Key: target.key,
      Body: createReadStream(pkg.path),
      ContentLength: pkg.size,
      ContentType: 'application/zip',
      ExpectedBucketOwner: target.expectedOwner,
    },
    partSize: PART_SIZE_BYTES,
    queueSize: PARTS_IN_PARALLEL,
    leavePartsOnError: false,
  });
  let lastLog = started;
  upload.on('httpUploadProgress', ({ loaded = 0 }) => {
    const now = performance.now();
    if (now - lastLog < PROGRESS_INTERVAL_MS) return;
    lastLog = now;
    const rate = loaded / 1024 / 1024 / ((now - started) / 1000);
    log.info(
      `Uploaded ${((loaded / pkg.size) * 100).toFixed(0)} % (${formatMebibytes(loaded)}, ${rate.toFixed(1)} MiB/s)`,
    );
  });
  try {
    const result = await upload.done();
    return staged(target, result.VersionId, true, (performance.now() - started) / 1000);
  } catch (error) {
    // A resent CompleteMultipartUpload whose first answer was lost finds its upload gone.
    const landed = mayHaveLanded(error) ? await findObject(client, target, log) : undefined;
    if (landed !== undefined && landed.size === pkg.size) {
      log.info(`${location} holds the package, though S3's answer was lost: carrying on`);
      return staged(target, landed.versionId, true, (performance.now() - started) / 1000);
    }
    throw s3Failure(error, target, `upload the package to ${location}`, 's3:PutObject');
  }
}

function mayHaveLanded(error: unknown): boolean {
  return isOutcomeUnknown(error) || (error instanceof Error && error.name === 'NoSuchUpload');
}

/**
 * The bucket exists, belongs to the expected owner and is in the function's region: read
 * before the plan (so a dry run fails where the real run would) and again before uploading.
 */
export async function checkBucket(
  client: S3Client,
  target: Omit<S3Target, 'key'> & { readonly key?: string },
): Promise<void> {
  let bucketRegion: string | undefined;
  try {
    const response = await client.send(
      new HeadBucketCommand({ Bucket: target.bucket, ExpectedBucketOwner: target.expectedOwner }),
    );
    bucketRegion = response.BucketRegion;
  } catch (error) {
    bucketRegion = redirectRegion(error);
    if (bucketRegion === undefined) {
      throw s3Failure(error, target, `use bucket '${target.bucket}'`, 's3:ListBucket');
    }
  }
  if (bucketRegion !== undefined && bucketRegion !== target.region) {
    throw new DeployError(
      `Bucket '${target.bucket}' is in ${bucketRegion}, but the function is in ${target.region}: ` +
        "Lambda takes a package only from a bucket in the function's region. Set s3-bucket to one there.",
    );
  }
}

/** A bucket in another region answers 301 (or 400) with its region in a header. */
function redirectRegion(error: unknown): string | undefined {
  const response = (
    error as { $response?: { statusCode?: number; headers?: Record<string, string> } }
  ).$response;
  const status = response?.statusCode;
  return status === 301 || status === 400 ? response?.headers?.['x-amz-bucket-region'] : undefined;
}

async function findObject(
  client: S3Client,
  target: S3Target,
  log: Logger,
): Promise<{ versionId: string | undefined; size: number | undefined } | undefined> {
  try {
    const head = await client.send(
      new HeadObjectCommand({
        Bucket: target.bucket,
        Key: target.key,
        ExpectedBucketOwner: target.expectedOwner,
      }),
    );
    return { versionId: head.VersionId, size: head.ContentLength };
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return undefined;
    if (status === 403) {
      // Without s3:ListBucket, S3 answers 403 for a missing key; uploading the same bytes again is harmless.
      log.info('Could not tell whether the package is in S3 already (403); uploading it');
      return undefined;
    }
    throw s3Failure(error, target, `look for s3://${target.bucket}/${target.key}`, 's3:GetObject');
  }
}

function staged(
  target: S3Target,
  versionId: string | undefined,
  uploaded: boolean,
  seconds: number,
): StagedPackage {
  const version = versionId === undefined || versionId === 'null' ? undefined : versionId;
  const uri = `s3://${target.bucket}/${target.key}`;
  return {
    bucket: target.bucket,
    key: target.key,
    versionId: version,
    uploaded,
    seconds,
    uri: version === undefined ? uri : `${uri}?versionId=${encodeURIComponent(version)}`,
  };
}

function s3Failure(
  error: unknown,
  target: Omit<S3Target, 'key'>,
  action: string,
  permission: string,
) {
  const owner =
    target.expectedOwner === undefined ? '' : ` (expected owner: account ${target.expectedOwner})`;
  return describeAwsError(error, {
    action: `${action}${owner}`,
    permission,
    resource: `bucket '${target.bucket}'`,
    region: target.region,
    notFoundHint:
      'This action never creates buckets: create it, or set s3-bucket to one that exists.',
  });
}

/**
 * An emulator (LocalStack, moto) at a custom endpoint serves buckets by path, not by
 * host name, so path style is used whenever an endpoint is configured.
 */
export function createS3Client(
  region: string,
  requestTimeoutSeconds = DEFAULT_REQUEST_TIMEOUT_SECONDS,
  env: NodeJS.ProcessEnv = process.env,
): S3Client {
  const customEndpoint = Boolean(env['AWS_ENDPOINT_URL_S3'] ?? env['AWS_ENDPOINT_URL']);
  return new S3Client({
    ...clientOptions(region, requestTimeoutSeconds),
    forcePathStyle: customEndpoint,
  });
}
