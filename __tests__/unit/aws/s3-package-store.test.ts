import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  stagePackageInS3,
  type PackageFile,
  type S3Target,
} from '../../../src/aws/s3-package-store.js';
import { deployErrorOf } from '../helpers/errors.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { bodyBytes, headError, s3Error } from '../helpers/s3.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const s3Mock = mockClient(S3Client);
const tempDir = useTempDirs();

const REGION = 'us-east-1';
const BUCKET = 'artifacts';
const KEY =
  'lambda-deploy/orders-api/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.zip';
const LOCATION = `s3://${BUCKET}/${KEY}`;
const OWNER = '123456789012';
const MiB = 1024 * 1024;
/** Over the part size (8 or 16 MiB): more than one part. */
const MULTIPART_SIZE = 17 * MiB;

let log: RecordingLogger;

beforeEach(() => {
  s3Mock.reset();
  log = new RecordingLogger();
  // A bucket in the function's region, without the package yet.
  s3Mock.on(HeadBucketCommand).resolves({ BucketRegion: REGION });
  s3Mock.on(HeadObjectCommand).rejects(headError(404));
  s3Mock.on(PutObjectCommand).resolves({ ETag: '"put"' });
  s3Mock.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-1' });
  s3Mock
    .on(UploadPartCommand)
    .callsFake((input: { PartNumber?: number }) =>
      Promise.resolve({ ETag: `"part-${String(input.PartNumber)}"` }),
    );
  s3Mock.on(CompleteMultipartUploadCommand).resolves({ ETag: '"complete"' });
  s3Mock.on(AbortMultipartUploadCommand).resolves({});
});

afterAll(() => {
  s3Mock.restore();
});

function target(overrides: Partial<S3Target> = {}): S3Target {
  return { bucket: BUCKET, key: KEY, expectedOwner: OWNER, region: REGION, ...overrides };
}

/** A package file holding `bytes`. */
async function packageOf(bytes: Buffer): Promise<PackageFile> {
  const file = path.join(await tempDir(), 'orders-api.zip');
  await writeFile(file, bytes);
  return { path: file, size: bytes.length };
}

function stage(pkg: PackageFile, to: S3Target = target()) {
  return stagePackageInS3(new S3Client({ region: REGION }), to, pkg, log);
}

/** Every command sent, by name, in order. */
const commandNames = () => s3Mock.calls().map((call) => call.args[0].constructor.name);

const putCalls = () => s3Mock.commandCalls(PutObjectCommand);

describe('stagePackageInS3: a package not in the bucket yet', () => {
  it('uploads its bytes with one PutObject under the key, and says so', async () => {
    const bytes = Buffer.from('PK\x03\x04 a small package');
    const staged = await stage(await packageOf(bytes));
    expect(staged).toEqual({
      bucket: BUCKET,
      key: KEY,
      versionId: undefined,
      uploaded: true,
      seconds: expect.any(Number) as number,
      uri: LOCATION,
    });
    expect(commandNames()).toEqual(['HeadBucketCommand', 'HeadObjectCommand', 'PutObjectCommand']);
    const input = putCalls()[0]?.args[0].input;
    expect(input).toMatchObject({ Bucket: BUCKET, Key: KEY, ContentType: 'application/zip' });
    expect(bodyBytes(input?.Body)).toEqual(bytes);
    expect(log.infosWith(`Uploading 0.0 MiB to ${LOCATION}`)).toHaveLength(1);
  });

  it('returns the version a versioned bucket gave it, in the URI too', async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"put"', VersionId: 'v1+/=' });
    const staged = await stage(await packageOf(Buffer.from('zip')));
    expect(staged.versionId).toBe('v1+/=');
    expect(staged.uri).toBe(`${LOCATION}?versionId=v1%2B%2F%3D`);
  });

  it("takes the version 'null' of an unversioned or suspended bucket as none", async () => {
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"put"', VersionId: 'null' });
    const staged = await stage(await packageOf(Buffer.from('zip')));
    expect(staged.versionId).toBeUndefined();
    expect(staged.uri).toBe(LOCATION);
  });

  it('uploads a package over the part size in equal parts, in order, and completes the upload', async () => {
    const bytes = randomBytes(MULTIPART_SIZE);
    s3Mock.on(CompleteMultipartUploadCommand).resolves({ ETag: '"complete"', VersionId: 'v2' });
    const staged = await stage(await packageOf(bytes));
    expect(staged).toMatchObject({
      uploaded: true,
      versionId: 'v2',
      uri: `${LOCATION}?versionId=v2`,
    });

    expect(s3Mock.commandCalls(CreateMultipartUploadCommand)).toHaveLength(1);
    const parts = s3Mock
      .commandCalls(UploadPartCommand)
      .map((call) => call.args[0].input)
      .sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((part) => [part.PartNumber, part.UploadId])).toEqual(
      parts.map((_, index) => [index + 1, 'upload-1']),
    );
    const sent = parts.map((part) => bodyBytes(part.Body));
    const [first, ...others] = sent.map((part) => part.length);
    // S3 takes parts of 5 MiB and more, all of one size but the last.
    expect(first).toBeGreaterThanOrEqual(5 * MiB);
    expect(others.slice(0, -1).every((length) => length === first)).toBe(true);
    expect(Buffer.concat(sent).equals(bytes)).toBe(true);
    expect(s3Mock.commandCalls(CompleteMultipartUploadCommand)[0]?.args[0].input).toMatchObject({
      Bucket: BUCKET,
      Key: KEY,
      UploadId: 'upload-1',
      MultipartUpload: {
        Parts: parts.map((part) => ({
          PartNumber: part.PartNumber,
          ETag: `"part-${String(part.PartNumber)}"`,
        })),
      },
    });
    expect(putCalls()).toHaveLength(0);
    expect(s3Mock.commandCalls(AbortMultipartUploadCommand)).toHaveLength(0);
  });
});

describe('stagePackageInS3: a package already in the bucket', () => {
  it('is not uploaded again, and its version comes from HeadObject', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ContentLength: 3, VersionId: 'v7' });
    const staged = await stage(await packageOf(Buffer.from('zip')));
    expect(staged).toEqual({
      bucket: BUCKET,
      key: KEY,
      versionId: 'v7',
      uploaded: false,
      seconds: 0,
      uri: `${LOCATION}?versionId=v7`,
    });
    expect(commandNames()).toEqual(['HeadBucketCommand', 'HeadObjectCommand']);
    expect(log.infosWith(`${LOCATION} already holds this package`)).toHaveLength(1);
  });

  it('uploads when HeadObject is denied (403), which S3 answers for a missing key without s3:ListBucket', async () => {
    s3Mock.on(HeadObjectCommand).rejects(headError(403));
    const staged = await stage(await packageOf(Buffer.from('zip')));
    expect(staged.uploaded).toBe(true);
    expect(putCalls()).toHaveLength(1);
    expect(log.infosWith('Could not tell whether the package is in S3 already (403)')).toHaveLength(
      1,
    );
  });

  it('fails on any other HeadObject error, naming the object, and uploads nothing', async () => {
    s3Mock
      .on(HeadObjectCommand)
      .rejects(s3Error('InternalError', 'We encountered an internal error', 500));
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toContain(`Could not look for ${LOCATION}`);
    expect(error.message).toContain('InternalError: We encountered an internal error');
    expect(putCalls()).toHaveLength(0);
  });
});

describe('stagePackageInS3: the bucket', () => {
  it("refuses a bucket whose BucketRegion is not the function's, naming both regions", async () => {
    s3Mock.on(HeadBucketCommand).resolves({ BucketRegion: 'eu-west-1' });
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toBe(
      "Bucket 'artifacts' is in eu-west-1, but the function is in us-east-1: Lambda takes a " +
        "package only from a bucket in the function's region. Set s3-bucket to one there.",
    );
    expect(commandNames()).toEqual(['HeadBucketCommand']);
  });

  it('refuses a bucket that answers 301 with its region in x-amz-bucket-region', async () => {
    s3Mock
      .on(HeadBucketCommand)
      .rejects(headError(301, { 'x-amz-bucket-region': 'ap-southeast-2' }));
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toContain(
      "Bucket 'artifacts' is in ap-southeast-2, but the function is in us-east-1",
    );
    expect(commandNames()).toEqual(['HeadBucketCommand']);
  });

  it('refuses a bucket that answers 400 with its region in x-amz-bucket-region', async () => {
    s3Mock.on(HeadBucketCommand).rejects(headError(400, { 'x-amz-bucket-region': 'eu-west-1' }));
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toContain("Bucket 'artifacts' is in eu-west-1");
  });

  it('says a missing bucket does not exist and that the action never creates one', async () => {
    s3Mock.on(HeadBucketCommand).rejects(headError(404));
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toBe(
      "Could not use bucket 'artifacts' (expected owner: account 123456789012): bucket " +
        "'artifacts' does not exist in us-east-1. This action never creates buckets: create " +
        'it, or set s3-bucket to one that exists.',
    );
    expect(commandNames()).toEqual(['HeadBucketCommand']);
  });

  it('says the bucket does not exist when the upload meets NoSuchBucket', async () => {
    s3Mock
      .on(PutObjectCommand)
      .rejects(s3Error('NoSuchBucket', 'The specified bucket does not exist', 404));
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toContain(`Could not upload the package to ${LOCATION}`);
    expect(error.message).toContain('does not exist in us-east-1');
    expect(error.message).toContain('never creates buckets');
  });

  it('names s3:PutObject and the bucket when the upload is denied', async () => {
    s3Mock.on(PutObjectCommand).rejects(s3Error('AccessDenied', 'Access Denied', 403));
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toBe(
      `Could not upload the package to ${LOCATION} (expected owner: account 123456789012): ` +
        "access denied. The credentials need the IAM permission s3:PutObject on bucket 'artifacts'. " +
        'AWS said: Access Denied',
    );
  });

  it('names s3:ListBucket and the owner when HeadBucket is denied (403)', async () => {
    s3Mock.on(HeadBucketCommand).rejects(headError(403));
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toContain('access denied');
    expect(error.message).toContain("s3:ListBucket on bucket 'artifacts'");
    expect(error.message).toContain('(expected owner: account 123456789012)');
  });

  it('still names the bucket when HeadBucket is denied (403)', async () => {
    s3Mock.on(HeadBucketCommand).rejects(headError(403));
    const error = await deployErrorOf(stage(await packageOf(Buffer.from('zip'))));
    expect(error.message).toContain("Could not use bucket 'artifacts'");
    expect(commandNames()).toEqual(['HeadBucketCommand']);
  });
});

describe('stagePackageInS3: the expected bucket owner', () => {
  it('sends ExpectedBucketOwner with every command of a single-part upload', async () => {
    await stage(await packageOf(Buffer.from('zip')));
    const owners = s3Mock
      .calls()
      .map((call) => [
        call.args[0].constructor.name,
        (call.args[0].input as { ExpectedBucketOwner?: string }).ExpectedBucketOwner,
      ]);
    expect(owners).toEqual([
      ['HeadBucketCommand', OWNER],
      ['HeadObjectCommand', OWNER],
      ['PutObjectCommand', OWNER],
    ]);
  });

  it('sends ExpectedBucketOwner with every command that writes a multipart upload', async () => {
    await stage(await packageOf(randomBytes(MULTIPART_SIZE)));
    const names = commandNames();
    expect(names).toContain('CompleteMultipartUploadCommand');
    for (const call of s3Mock.calls()) {
      const input = call.args[0].input as { ExpectedBucketOwner?: string };
      expect([call.args[0].constructor.name, input.ExpectedBucketOwner]).toEqual([
        call.args[0].constructor.name,
        OWNER,
      ]);
    }
  });

  it('sends no ExpectedBucketOwner when no owner is expected', async () => {
    await stage(await packageOf(Buffer.from('zip')), target({ expectedOwner: undefined }));
    const owners = s3Mock
      .calls()
      .map((call) => (call.args[0].input as { ExpectedBucketOwner?: string }).ExpectedBucketOwner);
    expect(owners).toEqual([undefined, undefined, undefined]);
  });

  it('names the expected owner when the bucket is missing', async () => {
    s3Mock.on(HeadBucketCommand).rejects(headError(404));
    const error = await deployErrorOf(
      stage(await packageOf(Buffer.from('zip')), target({ expectedOwner: '210987654321' })),
    );
    expect(error.message).toContain('(expected owner: account 210987654321)');
  });
});

describe('stagePackageInS3: a failed multipart upload', () => {
  it('aborts the upload, leaving no parts behind, and names the object', async () => {
    s3Mock
      .on(UploadPartCommand)
      .callsFake((input: { PartNumber?: number }) =>
        input.PartNumber === 2
          ? Promise.reject(s3Error('InternalError', 'We encountered an internal error', 500))
          : Promise.resolve({ ETag: '"part-1"' }),
      );
    const error = await deployErrorOf(stage(await packageOf(randomBytes(MULTIPART_SIZE))));
    expect(error.message).toContain(`Could not upload the package to ${LOCATION}`);
    expect(error.message).toContain('InternalError: We encountered an internal error');
    // lib-storage builds AbortMultipartUpload from Bucket, Key and UploadId alone, without
    // ExpectedBucketOwner: harmless, as it names an upload made under that owner check.
    const aborts = s3Mock.commandCalls(AbortMultipartUploadCommand);
    expect(aborts).toHaveLength(1);
    expect(aborts[0]?.args[0].input).toMatchObject({
      Bucket: BUCKET,
      Key: KEY,
      UploadId: 'upload-1',
    });
    expect(s3Mock.commandCalls(CompleteMultipartUploadCommand)).toHaveLength(0);
  });
});

describe('stagePackageInS3: progress', () => {
  const THREE_MIB = Buffer.alloc(3 * MiB, 1);

  beforeEach(() => {
    // Only the clock the progress lines read: performance.now().
    vi.useFakeTimers({ toFake: ['performance'] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  /** PutObject that takes `seconds` on the fake clock. */
  function putTaking(seconds: number): void {
    s3Mock.on(PutObjectCommand).callsFake(() => {
      vi.advanceTimersByTime(seconds * 1000);
      return Promise.resolve({ ETag: '"put"' });
    });
  }

  it('logs the share done and the rate once 5 s have passed, and the time taken', async () => {
    putTaking(6);
    const staged = await stage(await packageOf(THREE_MIB));
    expect(log.infosWith('Uploaded ')).toEqual(['Uploaded 100 % (3.0 MiB, 0.5 MiB/s)']);
    expect(staged.seconds).toBe(6);
  });

  it('logs no progress for an upload done within 5 s', async () => {
    putTaking(4);
    await stage(await packageOf(THREE_MIB));
    expect(log.infosWith('Uploaded ')).toEqual([]);
  });
});
