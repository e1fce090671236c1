import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  summaryCell,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, readFunction } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { publishVersion, updateAlias, updateFunctionCode } from '../support/lambda-faults.js';
import { aliasRouting, versionNumbers } from '../support/lambda-state.js';
import { useFileTempDir, writeLargeSource } from '../support/large-package.js';
import { digestOf } from '../support/package-fixtures.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import {
  createTestBucket,
  headObject,
  incompleteUploads,
  objectDigest,
  s3OperationOf,
  s3Request,
} from '../support/s3.js';

const proxy = useFaultProxy();

/** The SDK clients' attempts in all (src/aws/clients.ts): what a persistent fault exhausts. */
const SDK_ATTEMPTS = 6;
/** Random bytes in the multipart source: its zip is three 8 MiB parts (two full, one not). */
const MULTIPART_SOURCE_BYTES = 20 * 1024 * 1024;
const SLOW_S3_MS = 1_500;

/** moto's status for each request `matcher` picks; undefined for those a fault answered. */
function statuses(matcher: RequestMatcher): (number | undefined)[] {
  return proxy()
    .requests.filter(matcher)
    .map((request) => request.status);
}

/** The key the action uses: the default prefix, the function, the zip's SHA-256 in hex. */
function packageKey(name: string, sha256Base64: string): string {
  return `lambda-deploy/${name}/${Buffer.from(sha256Base64, 'base64').toString('hex')}.zip`;
}

/**
 * The run staged its package in `bucket` and deployed it from there, once: the object
 * holds the package's bytes, the function runs them, no multipart upload is left open.
 */
async function expectStagedAndDeployed(run: DeployRun, name: string, bucket: string) {
  expect(run.exitCode, runOutput(run)).toBe(0);
  expect(run.errors).toEqual([]);
  const expected = await digestOf(run.outputs['package-path'] ?? '');
  const key = packageKey(name, expected.sha256);
  expect(run.outputs).toMatchObject({
    deployed: 'true',
    'code-sha256': expected.sha256,
    's3-uri': `s3://${bucket}/${key}`,
  });
  expect(await objectDigest(bucket, key)).toEqual(expected);
  expect(proxy().jsonBodies(updateFunctionCode(name))).toEqual([{ S3Bucket: bucket, S3Key: key }]);
  expect(statuses(updateFunctionCode(name))).toEqual([200]);
  const inMoto = await readFunction(name);
  expect(inMoto.CodeSha256).toBe(expected.sha256);
  expect(inMoto.CodeSize).toBe(expected.size);
  expect(await incompleteUploads(bucket)).toEqual([]);
  return { expected, key };
}

/** The deploy failed leaving the function as it was: same code, no version, live not moved. */
async function expectFunctionUntouched(before: {
  name: string;
  version: string;
  codeSha256: string;
  versions: string[];
}): Promise<void> {
  const { name } = before;
  expect((await readFunction(name)).CodeSha256).toBe(before.codeSha256);
  expect(proxy().count(publishVersion(name))).toBe(0);
  expect(proxy().count(updateAlias(name, 'live'))).toBe(0);
  expect(await versionNumbers(name)).toEqual(before.versions);
  expect(await aliasRouting(name, 'live')).toEqual({ version: before.version, weights: {} });
}

describe('the bundled action when the connection to Lambda is reset', () => {
  it('retries an UpdateFunctionCode whose connection was reset once, and deploys once', async () => {
    const before = await deployedWithLiveAlias();
    const reset = proxy().inject({
      match: updateFunctionCode(before.name),
      times: 1,
      behaviour: { kind: 'reset' },
    });

    const run = await runDeployAction(
      before.workspace,
      { 'function-name': before.name, source: 'app', alias: 'live' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(reset.used).toBe(1);
    // The reset one never reached moto; the SDK's retry did, once.
    expect(statuses(updateFunctionCode(before.name))).toEqual([undefined, 200]);
    const expected = await digestOf(run.outputs['package-path'] ?? '');
    const version = run.outputs['version'] ?? '';
    expect(run.outputs).toMatchObject({
      deployed: 'true',
      'code-sha256': expected.sha256,
      'previous-version': before.version,
    });
    expect((await readFunction(before.name)).CodeSha256).toBe(expected.sha256);
    expect(await versionNumbers(before.name)).toEqual([...before.versions, version]);
    expect(await aliasRouting(before.name, 'live')).toEqual({ version, weights: {} });
  });

  it('fails naming the broken connection when every UpdateFunctionCode is reset', async () => {
    const before = await deployedWithLiveAlias();
    proxy().inject({ match: updateFunctionCode(before.name), behaviour: { kind: 'reset' } });

    const run = await runDeployAction(
      before.workspace,
      { 'function-name': before.name, source: 'app', alias: 'live' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toEqual([
      `Could not update the function code (function '${before.name}'): the connection to AWS ` +
        `failed (ECONNRESET) after ${SDK_ATTEMPTS} attempts. No version was published and no ` +
        "alias moved: $LATEST may hold part of this run's changes, which the next deploy replaces.",
    ]);
    expect(statuses(updateFunctionCode(before.name))).toEqual(
      Array<undefined>(SDK_ATTEMPTS).fill(undefined),
    );
    expect(run.outputs).not.toHaveProperty('deployed');
    expect(run.outputs).not.toHaveProperty('version');
    await expectFunctionUntouched(before);
  });

  it('names the function whose update the broken connection stopped', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    proxy().inject({ match: updateFunctionCode(name), behaviour: { kind: 'reset' } });

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('ECONNRESET');
    expect(run.errors[0]).toContain(`function '${name}'`);
  });
});

describe('the bundled action when the connection to S3 is reset or slow', () => {
  const large = useFileTempDir('faults-multipart');
  beforeAll(async () => {
    await writeLargeSource(path.join(large(), 'app'), MULTIPART_SOURCE_BYTES);
  });

  it('retries a PutObject whose connection was reset once, and deploys the package', async () => {
    const bucket = await createTestBucket('put-reset');
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    const reset = proxy().inject({
      match: s3Request(bucket, 'PutObject'),
      times: 1,
      behaviour: { kind: 'reset' },
    });

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 's3-bucket': bucket, 's3-upload': 'always' },
      proxy().endpoint,
    );

    await expectStagedAndDeployed(run, name, bucket);
    expect(reset.used).toBe(1);
    expect(statuses(s3Request(bucket, 'PutObject'))).toEqual([undefined, 200]);
  });

  it('retries an UploadPart whose connection was reset once, and completes the upload', async () => {
    const bucket = await createTestBucket('part-reset');
    const name = await createTestFunction();
    const reset = proxy().inject({
      match: s3Request(bucket, 'UploadPart'),
      times: 1,
      behaviour: { kind: 'reset' },
    });

    const run = await runDeployAction(
      large(),
      { 'function-name': name, source: 'app', 's3-bucket': bucket, 's3-upload': 'always' },
      proxy().endpoint,
    );

    const { expected } = await expectStagedAndDeployed(run, name, bucket);
    expect(expected.size).toBeGreaterThan(2 * 8 * 1024 * 1024);
    expect(reset.used).toBe(1);
    const parts = statuses(s3Request(bucket, 'UploadPart'));
    expect(parts.filter((status) => status === undefined)).toHaveLength(1);
    expect(parts.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses(s3Request(bucket, 'CreateMultipartUpload'))).toEqual([200]);
    expect(statuses(s3Request(bucket, 'CompleteMultipartUpload'))).toEqual([200]);
    expect(proxy().count(s3Request(bucket, 'AbortMultipartUpload'))).toBe(0);
  });

  it('completes an upload through a slow S3 and reports the time it took', async () => {
    const bucket = await createTestBucket('slow');
    const name = await createTestFunction();
    const slow = proxy().inject({
      match: (request) => request.method === 'PUT' && s3OperationOf(request, bucket) !== undefined,
      behaviour: { kind: 'delay', milliseconds: SLOW_S3_MS },
    });

    const run = await runDeployAction(
      large(),
      { 'function-name': name, source: 'app', 's3-bucket': bucket, 's3-upload': 'always' },
      proxy().endpoint,
    );

    const { key } = await expectStagedAndDeployed(run, name, bucket);
    // Every part was held up, and each got through on its first attempt.
    expect(slow.used).toBe(3);
    expect(statuses(s3Request(bucket, 'UploadPart'))).toEqual([200, 200, 200]);
    const upload = summaryCell(run.summary, 'Upload') ?? '';
    expect(upload).toMatch(new RegExp(`^<code>s3://${bucket}/${key}</code> in \\d+\\.\\d s \\(`));
    expect(Number(/ in (\d+\.\d) s/.exec(upload)?.[1])).toBeGreaterThanOrEqual(SLOW_S3_MS / 1000);
  });

  it('fails naming the S3 upload when every PutObject is reset, deploying nothing', async () => {
    const bucket = await createTestBucket('put-broken');
    const before = await deployedWithLiveAlias();
    proxy().inject({ match: s3Request(bucket, 'PutObject'), behaviour: { kind: 'reset' } });

    const run = await runDeployAction(
      before.workspace,
      {
        'function-name': before.name,
        source: 'app',
        alias: 'live',
        's3-bucket': bucket,
        's3-upload': 'always',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const expected = await digestOf(run.outputs['package-path'] ?? '');
    const key = packageKey(before.name, expected.sha256);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      new RegExp(`^Could not upload the package to s3://${bucket}/${key}\\b`),
    );
    expect(run.errors[0]).toContain(
      `the connection to AWS failed (ECONNRESET) after ${SDK_ATTEMPTS} attempts`,
    );
    expect(statuses(s3Request(bucket, 'PutObject'))).toEqual(
      Array<undefined>(SDK_ATTEMPTS).fill(undefined),
    );
    // Nothing partial: no object, no open multipart upload, no code update at all.
    expect(await headObject(bucket, key)).toBeUndefined();
    expect(await incompleteUploads(bucket)).toEqual([]);
    expect(proxy().count(updateFunctionCode(before.name))).toBe(0);
    expect(run.outputs).not.toHaveProperty('deployed');
    await expectFunctionUntouched(before);
  });
});
