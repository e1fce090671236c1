// code-storage: reference through the bundled action against moto: the function points at its
// package's object version (S3ObjectStorageMode REFERENCE), the bucket's versioning and
// lifecycle rules are checked before any write, and keep-versions deletes an object only when
// no remaining version refers to it. S3 versioning and lifecycle are moto's own; the
// function's storage mode and ResolvedS3Object are EMULATED (lambda-extras-emulation.ts).
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import {
  ListObjectVersionsCommand,
  PutBucketLifecycleConfigurationCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, inject, it } from 'vitest';
import {
  changeSource,
  runDeployAction,
  runOutput,
  workspaceWithSource,
} from '../support/action-run.js';
import { createTestFunction, lambdaClient, uniqueFunctionName } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { answerLost, createFunction } from '../support/lambda-faults.js';
import { planOf } from '../support/plan-output.js';
import { createTestBucket, s3Client } from '../support/s3.js';

const proxy = useFaultProxy();

const write: RequestMatcher = ({ method }) => method !== 'GET' && method !== 'HEAD';
const updateCode: RequestMatcher = ({ method, path }) => method === 'PUT' && path.endsWith('/code');

/** The object version each function version (and $LATEST) points at, read through the proxy. */
async function referenced(name: string, qualifier?: string) {
  const answer = await lambdaClient(proxy().endpoint).send(
    new GetFunctionCommand({ FunctionName: name, Qualifier: qualifier }),
  );
  return answer.Code?.ResolvedS3Object;
}

/** Every object version in the bucket, as `key?versionId=`. */
async function objectVersions(bucket: string): Promise<string[]> {
  const listed = await s3Client().send(new ListObjectVersionsCommand({ Bucket: bucket }));
  return (listed.Versions ?? []).map((v) => `${v.Key ?? ''}?versionId=${v.VersionId ?? ''}`).sort();
}

async function deploy(workspace: string, inputs: Record<string, string>) {
  const run = await runDeployAction(workspace, inputs, proxy().endpoint);
  expect(run.exitCode, runOutput(run)).toBe(0);
  return run;
}

describe('code-storage: reference', () => {
  it('points the function at the object version, rereads only, and prunes only unreferenced objects', async () => {
    const name = await createTestFunction();
    const bucket = await createTestBucket('refs', { versioned: true });
    // A rule for other keys, and one that only moves packages to a class Lambda reads: no refusal.
    await s3Client().send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: bucket,
        LifecycleConfiguration: {
          Rules: [
            { ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 7 } },
            {
              ID: 'cheaper',
              Status: 'Enabled',
              Filter: { Prefix: '' },
              Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }],
            },
          ],
        },
      }),
    );
    const workspace = await workspaceWithSource('code A');
    const inputs = {
      'function-name': name,
      source: 'app',
      alias: 'live',
      's3-bucket': bucket,
      'code-storage': 'reference',
    };

    const first = await deploy(workspace, { ...inputs, description: 'one' });
    const objectA = await referenced(name, '1');
    expect(objectA).toMatchObject({
      S3Bucket: bucket,
      S3Key: expect.stringMatching(
        new RegExp(`^lambda-deploy/${name}/[0-9a-f]{64}\\.zip$`),
      ) as unknown,
      S3ObjectVersion: expect.any(String) as unknown,
    });
    expect(proxy().jsonBodies(updateCode).at(-1)).toMatchObject({
      S3Bucket: bucket,
      S3ObjectStorageMode: 'REFERENCE',
      S3ObjectVersion: objectA?.S3ObjectVersion,
    });
    expect(planOf(first).codeStorage).toMatchObject({
      mode: 'REFERENCE',
      bucket,
      versioning: 'Enabled',
      switching: true,
    });

    // The same inputs again: reads only.
    const writesBefore = proxy().count(write);
    const again = await deploy(workspace, { ...inputs, description: 'one' });
    expect(proxy().count(write)).toBe(writesBefore);
    expect(planOf(again).changes).toBe(false);

    // Version 2 runs code B, and version 3 the same object with another description.
    await changeSource(workspace, 'code B');
    const second = await deploy(workspace, { ...inputs, description: 'one' });
    const objectB = await referenced(name, second.outputs['version']);
    const third = await deploy(workspace, { ...inputs, description: 'two' });
    expect(await referenced(name, third.outputs['version'])).toEqual(objectB);
    expect(objectB?.S3Key).not.toBe(objectA?.S3Key);

    // Code C, keep 2: versions 1 and 2 go; A's object with them, B's stays for version 3.
    await changeSource(workspace, 'code C');
    const last = await deploy(workspace, { ...inputs, description: 'two', 'keep-versions': '2' });
    const objectC = await referenced(name, last.outputs['version']);
    const uri = (ref: typeof objectA) =>
      `${ref?.S3Key ?? ''}?versionId=${ref?.S3ObjectVersion ?? ''}`;
    expect(await objectVersions(bucket)).toEqual([uri(objectB), uri(objectC)].sort());
    expect(last.stdout).toContain(`keep-versions: deleted s3://${bucket}/${uri(objectA)}`);
    expect(last.stdout).toContain(`keep-versions: kept s3://${bucket}/${uri(objectB)}`);
  });

  it('creates a missing function pointing at the object, pins it through a lost answer, and copies back', async () => {
    const name = uniqueFunctionName('ref');
    const bucket = await createTestBucket('created', { versioned: true });
    const workspace = await workspaceWithSource('code A');
    const inputs = {
      'function-name': name,
      source: 'app',
      's3-bucket': bucket,
      'code-storage': 'reference',
      'create-if-missing': 'true',
      role: inject('testRoleArn'),
      runtime: 'nodejs20.x',
      handler: 'index.handler',
    };
    await deploy(workspace, inputs);
    const created = await referenced(name);
    expect(created).toMatchObject({
      S3Bucket: bucket,
      S3ObjectVersion: expect.any(String) as unknown,
    });
    expect(proxy().jsonBodies(createFunction(name)).at(-1)).toMatchObject({
      Code: {
        S3Bucket: bucket,
        S3ObjectStorageMode: 'REFERENCE',
        S3ObjectVersion: created?.S3ObjectVersion,
      },
    });

    const writesBefore = proxy().count(write);
    const again = await deploy(workspace, inputs);
    expect(proxy().count(write)).toBe(writesBefore);
    expect(planOf(again).changes).toBe(false);

    await changeSource(workspace, 'code B');
    const fault = proxy().inject(answerLost(updateCode, 1));
    await deploy(workspace, inputs);
    expect(fault.used).toBe(1);
    const updated = await referenced(name);
    expect(updated?.S3Key).not.toBe(created?.S3Key);
    expect(updated).toEqual(
      expect.objectContaining({ S3Bucket: bucket, S3ObjectVersion: expect.any(String) as unknown }),
    );
    expect(proxy().jsonBodies(updateCode).at(-1)).toMatchObject({
      S3ObjectStorageMode: 'REFERENCE',
      S3ObjectVersion: updated?.S3ObjectVersion,
    });

    // Back to code-storage copy, the package unchanged: Lambda takes a copy again, once.
    const copyInputs = { ...inputs, 'code-storage': 'copy' };
    const copied = await deploy(workspace, copyInputs);
    expect(planOf(copied)).toMatchObject({
      code: { action: 'update' },
      codeStorageCopy: {
        from: `s3://${bucket}/${updated?.S3Key ?? ''}?versionId=${updated?.S3ObjectVersion ?? ''}`,
      },
    });
    expect(proxy().jsonBodies(updateCode).at(-1)).not.toHaveProperty('S3ObjectStorageMode');
    expect(await referenced(name)).toBeUndefined();
    const copyWrites = proxy().count(write);
    expect(planOf(await deploy(workspace, copyInputs)).changes).toBe(false);
    expect(proxy().count(write)).toBe(copyWrites);
  });

  it('refuses an unversioned bucket before any write', async () => {
    const name = await createTestFunction();
    const bucket = await createTestBucket('unversioned');
    const workspace = await workspaceWithSource('code');
    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 's3-bucket': bucket, 'code-storage': 'reference' },
      proxy().endpoint,
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringContaining(
        `code-storage 'reference' needs a versioned bucket, but versioning of bucket '${bucket}' is not enabled`,
      ),
    ]);
    expect(proxy().count(write)).toBe(0);
    expect(await objectVersions(bucket)).toEqual([]);
  });

  it('refuses a lifecycle rule that would expire the package, naming it, before any write', async () => {
    const name = await createTestFunction();
    const bucket = await createTestBucket('expiring', { versioned: true });
    await s3Client().send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: bucket,
        LifecycleConfiguration: {
          Rules: [
            {
              ID: 'expire-builds',
              Status: 'Enabled',
              Filter: { Prefix: 'lambda-deploy/' },
              Expiration: { Days: 30 },
            },
          ],
        },
      }),
    );
    const workspace = await workspaceWithSource('code');
    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 's3-bucket': bucket, 'code-storage': 'reference' },
      proxy().endpoint,
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringContaining(
        `lifecycle rule 'expire-builds' of bucket '${bucket}' applies to s3://${bucket}/lambda-deploy/${name}/`,
      ),
    ]);
    expect(run.errors[0]).toContain('would expire it after 30 days');
    expect(proxy().count(write)).toBe(0);
    expect(await objectVersions(bucket)).toEqual([]);
  });
});
