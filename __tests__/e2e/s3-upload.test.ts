import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  runDeployAction,
  summaryCell,
  workspaceWithSource,
  runOutput,
} from '../support/action-run.js';
import {
  createTestFunction,
  motoEndpoint,
  readFunction,
  uniqueFunctionName,
} from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { updateFunctionCode } from '../support/lambda-faults.js';
import { DIRECT_LIMIT_BYTES, useFileTempDir, writeLargeSource } from '../support/large-package.js';
import { digestOf } from '../support/package-fixtures.js';
import {
  S3_UPLOADS,
  createTestBucket,
  objectDigest,
  s3Operations,
  s3Request,
} from '../support/s3.js';

const proxy = useFaultProxy();

/** The key the action is to use: the default prefix, the function, the zip's SHA-256 in hex. */
function packageKey(name: string, sha256Base64: string): string {
  return `lambda-deploy/${name}/${Buffer.from(sha256Base64, 'base64').toString('hex')}.zip`;
}

/** `<code>text</code> in ...`: the Upload cell of a package that was uploaded. */
function startsWithCode(text: string): RegExp {
  return new RegExp(`^<code>${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</code> in \\d`);
}

describe('the bundled action with a package over 52,428,800 bytes', () => {
  const workspace = useFileTempDir('large-workspace');
  beforeAll(async () => {
    await writeLargeSource(path.join(workspace(), 'app'));
  });

  it('fails before any AWS request without s3-bucket, naming it, the size and the limit', async () => {
    const run = await runDeployAction(
      workspace(),
      { 'function-name': uniqueFunctionName('too-large'), source: 'app' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const size = Number(run.outputs['code-size']);
    expect(size).toBeGreaterThan(DIRECT_LIMIT_BYTES);
    expect(run.errors).toEqual([expect.stringContaining("Input 's3-bucket'")]);
    expect(run.errors[0]).toContain(size.toLocaleString('en-US'));
    expect(run.errors[0]).toContain('52,428,800');
    expect(proxy().requests).toEqual([]);
    expect(run.outputs).not.toHaveProperty('deployed');
  });

  it('fails before any AWS request with s3-upload never, even with a bucket, naming s3-upload', async () => {
    const bucket = await createTestBucket('never');

    const run = await runDeployAction(
      workspace(),
      {
        'function-name': uniqueFunctionName('never'),
        source: 'app',
        's3-bucket': bucket,
        's3-upload': 'never',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const size = Number(run.outputs['code-size']);
    expect(run.errors).toEqual([expect.stringContaining("Input 's3-upload'")]);
    expect(run.errors[0]).toContain(size.toLocaleString('en-US'));
    expect(run.errors[0]).toContain('52,428,800');
    expect(proxy().requests).toEqual([]);
  });

  it('uploads it to s3-bucket in parts and deploys it from there', async () => {
    const bucket = await createTestBucket('large');
    const name = await createTestFunction();

    const run = await runDeployAction(
      workspace(),
      { 'function-name': name, source: 'app', 's3-bucket': bucket },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const expected = await digestOf(run.outputs['package-path'] ?? '');
    expect(expected.size).toBeGreaterThan(DIRECT_LIMIT_BYTES);
    const uri = `s3://${bucket}/${packageKey(name, expected.sha256)}`;
    expect(run.outputs).toMatchObject({ 's3-uri': uri, deployed: 'true' });
    expect(summaryCell(run.summary, 'Upload')).toMatch(startsWithCode(uri));
    const inMoto = await readFunction(name);
    expect(inMoto.CodeSha256).toBe(expected.sha256);
    expect(inMoto.CodeSize).toBe(expected.size);
    const operations = s3Operations(proxy().requests, bucket);
    expect(operations).toContain('CreateMultipartUpload');
    expect(operations).toContain('CompleteMultipartUpload');
  });
});

describe('the bundled action with s3-bucket and s3-upload always', () => {
  it('stages the package in S3, deploys it from there and reports s3-uri', async () => {
    const bucket = await createTestBucket('e2e');
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 's3-bucket': bucket, 's3-upload': 'always' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const expected = await digestOf(run.outputs['package-path'] ?? '');
    const key = packageKey(name, expected.sha256);
    const uri = `s3://${bucket}/${key}`;
    expect(run.outputs).toMatchObject({
      's3-uri': uri,
      deployed: 'true',
      'code-sha256': expected.sha256,
    });
    expect(summaryCell(run.summary, 'Upload')).toMatch(startsWithCode(uri));
    expect(await objectDigest(bucket, key)).toEqual(expected);
    const inMoto = await readFunction(name);
    expect(inMoto.CodeSha256).toBe(expected.sha256);
    expect(inMoto.CodeSize).toBe(expected.size);
    expect(s3Operations(proxy().requests, bucket)).toContain('PutObject');
    const update = proxy().requests.filter(updateFunctionCode(name));
    expect(update.map((request) => JSON.parse(request.body ?? 'null') as unknown)).toEqual([
      { S3Bucket: bucket, S3Key: key },
    ]);
  });

  it('does not upload the same package again, and says so in the summary', async () => {
    const bucket = await createTestBucket('e2e-again');
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = {
      'function-name': name,
      source: 'app',
      's3-bucket': bucket,
      's3-upload': 'always',
      'skip-unchanged': 'false',
    };
    const first = await runDeployAction(workspace, inputs, motoEndpoint());
    expect(first.exitCode, runOutput(first)).toBe(0);

    const second = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(second.exitCode, runOutput(second)).toBe(0);
    expect(second.outputs['deployed']).toBe('true');
    expect(second.outputs['s3-uri']).toBe(first.outputs['s3-uri']);
    expect(summaryCell(second.summary, 'Upload')).toBe(
      `<code>${first.outputs['s3-uri'] ?? ''}</code>, already there: not uploaded again`,
    );
    expect(proxy().count(s3Request(bucket, ...S3_UPLOADS))).toBe(0);
    expect(proxy().count(updateFunctionCode(name))).toBe(1);
  });
});

describe('the bundled action with a package of 20 MB, in the request, streamed from its file', () => {
  const workspace = useFileTempDir('streamed-workspace');
  beforeAll(async () => {
    await writeLargeSource(path.join(workspace(), 'app'), 20_000_000);
  });

  it('sends the zip whole: Lambda holds exactly the package the step built', async () => {
    const name = await createTestFunction();

    const run = await runDeployAction(
      workspace(),
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(Number(run.outputs['code-size'])).toBeGreaterThan(16 * 1024 * 1024);
    expect(run.outputs['deployed']).toBe('true');
    // moto hashes what it received: the same bytes as the zip on disk.
    const zip = await digestOf(run.outputs['package-path'] ?? '');
    expect((await readFunction(name)).CodeSha256).toBe(zip.sha256);
    expect(run.outputs['code-sha256']).toBe(zip.sha256);
    const update = proxy().requests.find(updateFunctionCode(name));
    expect(update?.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(proxy().requests.some((request) => request.path.includes('/s3'))).toBe(false);
  });

  it('sends it whole again when the first attempt is cut off, and when its answer is lost', async () => {
    for (const behaviour of [{ kind: 'reset' }, { kind: 'drop-answer' }] as const) {
      const name = await createTestFunction();
      const fault = proxy().inject({ match: updateFunctionCode(name), behaviour, times: 1 });

      const run = await runDeployAction(
        workspace(),
        { 'function-name': name, source: 'app' },
        proxy().endpoint,
      );

      expect(run.exitCode, `${behaviour.kind}\n${runOutput(run)}`).toBe(0);
      expect(fault.used, behaviour.kind).toBe(1);
      const zip = await digestOf(run.outputs['package-path'] ?? '');
      expect((await readFunction(name)).CodeSha256, behaviour.kind).toBe(zip.sha256);
    }
  });
});
