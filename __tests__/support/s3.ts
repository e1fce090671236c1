import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListMultipartUploadsCommand,
  PutBucketVersioningCommand,
  S3Client,
  type BucketLocationConstraint,
  type HeadObjectCommandOutput,
} from '@aws-sdk/client-s3';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { motoEndpoint } from './aws.js';
import type { FaultRule, ProxiedRequest, RequestMatcher } from './fault-proxy.js';
import { REGION, TEST_CREDENTIALS } from './moto-account.js';

export interface S3ClientOptions {
  /** The client's region; moto reads a request's region from its signature. */
  readonly region?: string;
  /** Attempts in all, as the SDK counts them; the SDK's default (3) when omitted. */
  readonly maxAttempts?: number;
}

/**
 * An S3 client for moto, or for a proxy in front of it: path style (buckets in the path,
 * as at any custom endpoint) and the tests' dummy credentials.
 */
export function s3Client(endpoint = motoEndpoint(), options: S3ClientOptions = {}): S3Client {
  return new S3Client({
    region: options.region ?? REGION,
    endpoint,
    credentials: TEST_CREDENTIALS,
    forcePathStyle: true,
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
  });
}

/** A bucket name no other test uses (lower case, as S3 requires). */
export function uniqueBucketName(label: string): string {
  return `ld-${label}-${randomUUID().slice(0, 8)}`.toLowerCase().slice(0, 63);
}

export interface TestBucketOptions {
  /** The bucket's region; REGION when omitted. */
  readonly region?: string;
  /** Turn versioning on (PutBucketVersioning Enabled). */
  readonly versioned?: boolean;
}

/** Creates a bucket in moto, directly (not through any proxy), and returns its name. */
export async function createTestBucket(
  label: string,
  options: TestBucketOptions = {},
): Promise<string> {
  const name = uniqueBucketName(label);
  const region = options.region ?? REGION;
  const client = s3Client(motoEndpoint(), { region });
  await client.send(
    new CreateBucketCommand({
      Bucket: name,
      ...(region === 'us-east-1'
        ? {}
        : {
            CreateBucketConfiguration: {
              LocationConstraint: region as BucketLocationConstraint,
            },
          }),
    }),
  );
  if (options.versioned === true) {
    await client.send(
      new PutBucketVersioningCommand({
        Bucket: name,
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    );
  }
  return name;
}

/** The names of every bucket in moto. */
export async function listBucketNames(): Promise<string[]> {
  const response = await s3Client().send(new ListBucketsCommand({}));
  return (response.Buckets ?? []).map((bucket) => bucket.Name ?? '');
}

/** The multipart uploads moto holds for `bucket` that were neither completed nor aborted. */
export async function incompleteUploads(bucket: string): Promise<string[]> {
  const response = await s3Client().send(new ListMultipartUploadsCommand({ Bucket: bucket }));
  return (response.Uploads ?? []).map((upload) => `${upload.Key ?? ''} (${upload.UploadId ?? ''})`);
}

/** HeadObject in moto; undefined when there is no such object. */
export async function headObject(
  bucket: string,
  key: string,
): Promise<HeadObjectCommandOutput | undefined> {
  try {
    return await s3Client().send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (error instanceof Error && error.name === 'NotFound') return undefined;
    throw error;
  }
}

/** SHA-256 (base64) and size of an object's bytes as GetObject returns them. */
export async function objectDigest(
  bucket: string,
  key: string,
  versionId?: string,
): Promise<{ sha256: string; size: number }> {
  const response = await s3Client().send(
    new GetObjectCommand({
      Bucket: bucket,
      Key: key,
      ...(versionId === undefined ? {} : { VersionId: versionId }),
    }),
  );
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of response.Body as Readable) {
    const bytes = chunk as Buffer;
    hash.update(bytes);
    size += bytes.length;
  }
  return { sha256: hash.digest('base64'), size };
}

/** The S3 API operations the tests tell apart, on path-style requests. */
export type S3Operation =
  | 'HeadBucket'
  | 'CreateBucket'
  | 'ListMultipartUploads'
  | 'OtherBucketRequest'
  | 'HeadObject'
  | 'GetObject'
  | 'PutObject'
  | 'CreateMultipartUpload'
  | 'UploadPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'DeleteObject'
  | 'OtherObjectRequest';

/** Operations that change what S3 holds. */
export const S3_UPLOADS: readonly S3Operation[] = [
  'PutObject',
  'CreateMultipartUpload',
  'UploadPart',
  'CompleteMultipartUpload',
];

/**
 * The S3 operation of a path-style request to `bucket` (/bucket or /bucket/key), or
 * undefined when the request is not about that bucket (a Lambda request, say).
 */
export function s3OperationOf(request: ProxiedRequest, bucket: string): S3Operation | undefined {
  const prefix = `/${bucket}`;
  if (request.path !== prefix && !request.path.startsWith(`${prefix}/`)) return undefined;
  const query = new URLSearchParams(request.query);
  const key = request.path.slice(prefix.length + 1);
  if (key === '') {
    if (request.method === 'HEAD') return 'HeadBucket';
    if (request.method === 'GET' && query.has('uploads')) return 'ListMultipartUploads';
    if (request.method === 'PUT' && [...query.keys()].length === 0) return 'CreateBucket';
    return 'OtherBucketRequest';
  }
  switch (request.method) {
    case 'HEAD':
      return 'HeadObject';
    case 'GET':
      return 'GetObject';
    case 'PUT':
      return query.has('partNumber') && query.has('uploadId') ? 'UploadPart' : 'PutObject';
    case 'POST':
      if (query.has('uploads')) return 'CreateMultipartUpload';
      return query.has('uploadId') ? 'CompleteMultipartUpload' : 'OtherObjectRequest';
    case 'DELETE':
      return query.has('uploadId') ? 'AbortMultipartUpload' : 'DeleteObject';
    default:
      return 'OtherObjectRequest';
  }
}

/** Requests that are one of `operations` on `bucket`. */
export function s3Request(bucket: string, ...operations: S3Operation[]): RequestMatcher {
  return (request) => {
    const operation = s3OperationOf(request, bucket);
    return operation !== undefined && operations.includes(operation);
  };
}

/** Any request about `bucket` or an object in it. */
export function anyS3Request(bucket: string): RequestMatcher {
  return (request) => s3OperationOf(request, bucket) !== undefined;
}

/** The operations of the requests to `bucket`, in order. */
export function s3Operations(requests: readonly ProxiedRequest[], bucket: string): S3Operation[] {
  return requests
    .map((request) => s3OperationOf(request, bucket))
    .filter((operation) => operation !== undefined);
}

/**
 * Once moto has accepted one UploadPart to `bucket`, every further UploadPart (each
 * retry of the SDK included) gets its connection reset: an upload that breaks off
 * partway and never recovers.
 */
export function resetUploadPartsAfterTheFirst(bucket: string): FaultRule {
  return {
    match: s3Request(bucket, 'UploadPart'),
    after: s3Request(bucket, 'UploadPart'),
    behaviour: { kind: 'reset' },
  };
}

/** Any request that could change state: every method but GET and HEAD. */
export function isWrite(request: ProxiedRequest): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD' && !isEcrRead(request);
}

/** ECR's reads are POSTs too (JSON-RPC): the image check's BatchGetImage and GetDownloadUrlForLayer. */
function isEcrRead(request: ProxiedRequest): boolean {
  const target = request.headers['x-amz-target'];
  return (
    typeof target === 'string' &&
    /^AmazonEC2ContainerRegistry_V\d+\.(BatchGetImage|GetDownloadUrlForLayer)$/.test(target)
  );
}

/**
 * HeadBucket on `bucket` answers as S3 does for a bucket in another region than the
 * request's: 301 with the bucket's region in x-amz-bucket-region (moto answers 200).
 */
export function bucketMovedTo(bucket: string, region: string): FaultRule {
  return {
    match: s3Request(bucket, 'HeadBucket'),
    behaviour: {
      kind: 'respond',
      response: {
        status: 301,
        headers: {
          'x-amz-bucket-region': region,
          'x-amz-request-id': '0000000000000301',
          'content-type': 'application/xml',
        },
        body: '',
      },
    },
  };
}
