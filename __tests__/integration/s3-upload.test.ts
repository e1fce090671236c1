import { describe, expect, it } from 'vitest';
import { updateFunctionCode } from '../../src/resources/code/apply.js';
import { type UploadRoute } from '../../src/resources/code/plan.js';
import { planUpload } from '../../src/resources/code/upload-route.js';
import { DeployError } from '../../src/errors.js';
import type { S3UploadMode } from '../../src/inputs.js';
import { preparePackage } from '../../src/package/deployment-package.js';
import { type DeploymentPackage } from '../../src/package/package-contents.js';
import {
  createTestFunction,
  lambdaFunction,
  motoEndpoint,
  readFunction,
  silentLogger,
} from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { updateFunctionCode as updateCodeRequest } from '../support/lambda-faults.js';
import { DIRECT_LIMIT_BYTES, useLargePackage } from '../support/large-package.js';
import { ACCOUNT_ID } from '../support/moto-account.js';
import {
  digestOf,
  directorySource,
  outputDirectory,
  packageOptions,
  sourceDirectory,
} from '../support/package-fixtures.js';
import { rejectionOf } from '../support/rejection.js';
import {
  S3_UPLOADS,
  anyS3Request,
  bucketMovedTo,
  createTestBucket,
  headObject,
  incompleteUploads,
  isWrite,
  listBucketNames,
  objectDigest,
  resetUploadPartsAfterTheFirst,
  s3Client,
  s3OperationOf,
  s3Operations,
  s3Request,
  uniqueBucketName,
} from '../support/s3.js';

const proxy = useFaultProxy();
const large = useLargePackage();

interface DeployOptions {
  readonly skipUnchanged?: boolean;
  readonly upload?: S3UploadMode;
  /** moto itself, or (the default) the test's proxy. */
  readonly endpoint?: string;
  /** The S3 client's attempts in all (SDK retries included). */
  readonly s3Attempts?: number;
  /** s3-bucket-owner; the function's account when omitted. */
  readonly bucketOwner?: string;
}

/** Plans the upload as main does (default key prefix) and deploys `pkg` to `name`. */
function deploy(
  name: string,
  pkg: DeploymentPackage,
  bucket: string | undefined,
  options: DeployOptions = {},
) {
  const endpoint = options.endpoint ?? proxy().endpoint;
  const plan = planUpload(
    pkg,
    {
      bucket,
      keyPrefix: 'lambda-deploy/',
      upload: options.upload ?? 'auto',
      bucketOwner: options.bucketOwner,
    },
    name,
  );
  const upload: UploadRoute =
    plan.kind === 's3'
      ? {
          ...plan,
          client: s3Client(
            endpoint,
            options.s3Attempts === undefined ? {} : { maxAttempts: options.s3Attempts },
          ),
        }
      : plan;
  return updateFunctionCode(
    lambdaFunction(name, endpoint),
    pkg,
    { skipUnchanged: options.skipUnchanged ?? true, waitTimeoutSeconds: 30, upload },
    silentLogger,
  );
}

/** The UpdateFunctionCode requests the proxy saw for `name`, their JSON bodies parsed. */
function updateCodeBodies(name: string): unknown[] {
  return proxy()
    .requests.filter(updateCodeRequest(name))
    .map((request) => JSON.parse(request.body ?? 'null') as unknown);
}

describe('a package over 52,428,800 bytes goes through S3 (moto)', () => {
  it('is uploaded to lambda-deploy/<function>/<sha256-hex>.zip and deployed from there', async () => {
    const { pkg, expected, sha256Hex } = large();
    expect(expected.size).toBeGreaterThan(DIRECT_LIMIT_BYTES);
    const bucket = await createTestBucket('package');
    const name = await createTestFunction();
    const key = `lambda-deploy/${name}/${sha256Hex}.zip`;

    const result = await deploy(name, pkg, bucket);

    expect(result.deployed).toBe(true);
    expect(result.staged).toEqual({
      bucket,
      key,
      versionId: undefined,
      uploaded: true,
      seconds: expect.any(Number) as unknown,
      uri: `s3://${bucket}/${key}`,
    });
    expect((await headObject(bucket, key))?.ContentLength).toBe(expected.size);
    expect(await objectDigest(bucket, key)).toEqual(expected);
    const inMoto = await readFunction(name);
    expect(inMoto.CodeSha256).toBe(expected.sha256);
    expect(inMoto.CodeSize).toBe(expected.size);
    expect(updateCodeBodies(name)).toEqual([{ S3Bucket: bucket, S3Key: key }]);
    const operations = s3Operations(proxy().requests, bucket);
    expect(operations.filter((operation) => operation === 'CreateMultipartUpload')).toHaveLength(1);
    expect(operations.filter((operation) => operation === 'UploadPart').length).toBeGreaterThan(1);
    expect(operations.filter((operation) => operation === 'CompleteMultipartUpload')).toHaveLength(
      1,
    );
    expect(operations).not.toContain('PutObject');
    const owners = proxy()
      .requests.filter(anyS3Request(bucket))
      .map((request) => request.headers['x-amz-expected-bucket-owner']);
    expect(new Set(owners)).toEqual(new Set([ACCOUNT_ID]));
    expect(await incompleteUploads(bucket)).toEqual([]);
  });

  it('is not uploaded again when the bucket already holds the same bytes', async () => {
    const { pkg, expected, sha256Hex } = large();
    const bucket = await createTestBucket('again');
    const name = await createTestFunction();
    const key = `lambda-deploy/${name}/${sha256Hex}.zip`;
    await deploy(name, pkg, bucket, { endpoint: motoEndpoint() });

    const again = await deploy(name, pkg, bucket, { skipUnchanged: false });

    expect(again.deployed).toBe(true);
    expect(again.staged).toMatchObject({ bucket, key, uploaded: false });
    expect(proxy().count(s3Request(bucket, ...S3_UPLOADS))).toBe(0);
    expect(
      proxy()
        .requests.filter(s3Request(bucket, 'HeadObject'))
        .map((request) => request.status),
    ).toEqual([200]);
    expect(updateCodeBodies(name)).toEqual([{ S3Bucket: bucket, S3Key: key }]);
    expect((await readFunction(name)).CodeSha256).toBe(expected.sha256);
  });

  it('passes S3ObjectVersion when the bucket is versioned, and reports the version', async () => {
    const { pkg, expected, sha256Hex } = large();
    const bucket = await createTestBucket('versioned', { versioned: true });
    const name = await createTestFunction();
    const key = `lambda-deploy/${name}/${sha256Hex}.zip`;

    const result = await deploy(name, pkg, bucket);

    const versionId = (await headObject(bucket, key))?.VersionId;
    expect(versionId).toEqual(expect.any(String));
    expect(versionId).not.toBe('null');
    expect(result.staged).toMatchObject({
      versionId,
      uploaded: true,
      uri: `s3://${bucket}/${key}?versionId=${encodeURIComponent(versionId ?? '')}`,
    });
    expect(updateCodeBodies(name)).toEqual([
      { S3Bucket: bucket, S3Key: key, S3ObjectVersion: versionId },
    ]);
    expect(await objectDigest(bucket, key, versionId)).toEqual(expected);
    expect((await readFunction(name)).CodeSha256).toBe(expected.sha256);
  });

  it('fails the deploy when the connection breaks partway and leaves no parts behind', async () => {
    const { pkg, sha256Hex } = large();
    const bucket = await createTestBucket('reset');
    const name = await createTestFunction();
    const original = (await readFunction(name)).CodeSha256;
    const key = `lambda-deploy/${name}/${sha256Hex}.zip`;
    const reset = proxy().inject(resetUploadPartsAfterTheFirst(bucket));
    // Three attempts (two SDK retries) rather than the action's six keep the test short;
    // every attempt of the broken part is reset all the same.
    const attempts = 3;

    const error = await rejectionOf(deploy(name, pkg, bucket, { s3Attempts: attempts }));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(`Could not upload the package to s3://${bucket}/${key}`);
    const parts = proxy().requests.filter(s3Request(bucket, 'UploadPart'));
    expect(parts.filter((part) => part.status === 200).length).toBeGreaterThan(0);
    expect(reset.used).toBeGreaterThanOrEqual(attempts);
    expect(proxy().count(s3Request(bucket, 'AbortMultipartUpload'))).toBe(1);
    expect(await incompleteUploads(bucket)).toEqual([]);
    expect(await headObject(bucket, key)).toBeUndefined();
    expect(proxy().count(updateCodeRequest(name))).toBe(0);
    expect((await readFunction(name)).CodeSha256).toBe(original);
  });

  it('fails naming a bucket that does not exist, and creates none', async () => {
    const { pkg } = large();
    const bucket = uniqueBucketName('missing');
    const name = await createTestFunction();

    const error = await rejectionOf(deploy(name, pkg, bucket));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(`bucket '${bucket}'`);
    expect(error.message).toContain('does not exist');
    // Not "ListBuckets unchanged": other test files create buckets in the same moto meanwhile.
    expect(await listBucketNames()).not.toContain(bucket);
    expect(proxy().requests.filter(isWrite)).toEqual([]);
  });

  it("fails naming both regions when the bucket is not in the function's region", async () => {
    const { pkg } = large();
    const bucket = await createTestBucket('elsewhere', { region: 'eu-west-2' });
    const name = await createTestFunction();

    const error = await rejectionOf(deploy(name, pkg, bucket));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(`'${bucket}'`);
    expect(error.message).toContain('eu-west-2');
    expect(error.message).toContain('us-east-1');
    expect(proxy().requests.filter(isWrite)).toEqual([]);
  });

  it('reads the region from a 301, as S3 answers for a bucket in another region', async () => {
    const { pkg } = large();
    const bucket = await createTestBucket('moved');
    const name = await createTestFunction();
    const moved = proxy().inject(bucketMovedTo(bucket, 'ap-southeast-2'));

    const error = await rejectionOf(deploy(name, pkg, bucket));

    expect(moved.used).toBe(1);
    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(`'${bucket}'`);
    expect(error.message).toContain('ap-southeast-2');
    expect(error.message).toContain('us-east-1');
    expect(proxy().requests.filter(isWrite)).toEqual([]);
  });
});

describe('a small package with s3-upload always', () => {
  async function smallPackage(name: string) {
    return preparePackage(
      directorySource(await sourceDirectory(`code of ${name}`)),
      packageOptions(name, await outputDirectory()),
    );
  }

  it('goes through S3 in one PutObject', async () => {
    const bucket = await createTestBucket('small');
    const name = await createTestFunction();
    const pkg = await smallPackage(name);
    const expected = await digestOf(pkg.path);
    const key = `lambda-deploy/${name}/${Buffer.from(expected.sha256, 'base64').toString('hex')}.zip`;

    const result = await deploy(name, pkg, bucket, { upload: 'always' });

    expect(result.staged).toMatchObject({ uri: `s3://${bucket}/${key}`, uploaded: true });
    expect(s3Operations(proxy().requests, bucket)).toEqual([
      'HeadBucket',
      'HeadObject',
      'PutObject',
    ]);
    expect(await objectDigest(bucket, key)).toEqual(expected);
    expect((await readFunction(name)).CodeSha256).toBe(expected.sha256);
  });

  it("sends the function's account, or s3-bucket-owner, as ExpectedBucketOwner", async () => {
    const bucket = await createTestBucket('owner');
    const name = await createTestFunction();
    const pkg = await smallPackage(name);
    // moto does not check the owner, so both deploys succeed; S3 would refuse a mismatch.
    await deploy(name, pkg, bucket, { upload: 'always', skipUnchanged: false });
    await deploy(name, pkg, bucket, {
      upload: 'always',
      skipUnchanged: false,
      bucketOwner: '210987654321',
    });

    const owners = proxy()
      .requests.filter(anyS3Request(bucket))
      .map(
        (request) =>
          `${s3OperationOf(request, bucket) ?? ''} ${String(request.headers['x-amz-expected-bucket-owner'])}`,
      );
    expect(owners).toEqual([
      `HeadBucket ${ACCOUNT_ID}`,
      `HeadObject ${ACCOUNT_ID}`,
      `PutObject ${ACCOUNT_ID}`,
      'HeadBucket 210987654321',
      'HeadObject 210987654321',
    ]);
  });

  it('touches neither S3 nor the code when the function already runs the package', async () => {
    const bucket = await createTestBucket('unchanged');
    const name = await createTestFunction();
    const pkg = await smallPackage(name);
    await deploy(name, pkg, bucket, { upload: 'always', endpoint: motoEndpoint() });

    const again = await deploy(name, pkg, bucket, { upload: 'always' });

    expect(again).toMatchObject({ deployed: false, staged: undefined });
    expect(proxy().count(anyS3Request(bucket))).toBe(0);
    expect(proxy().count(updateCodeRequest(name))).toBe(0);
  });
});
