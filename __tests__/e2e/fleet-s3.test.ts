import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput } from '../support/action-run.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { fleetResults, fleetWorkspace, releasedFunction, resultFor } from '../support/fleet.js';
import { updateFunctionCode } from '../support/lambda-faults.js';
import { invokeEcho } from '../support/lambda-invoke.js';
import { readFunction } from '../support/aws.js';
import { createTestBucket, objectDigest, s3OperationOf } from '../support/s3.js';
import { regionalEmulations } from '../support/regional-emulations.js';

// Issue 26, item 6: a fleet's packages go through S3 as one object per distinct package and
// region, uploaded once, under <prefix>packages/<sha256>.zip: a key of no one function, so
// an IAM policy on that prefix serves every function of the fleet.

const proxy = useFaultProxy(regionalEmulations);

const hex = (sha256Base64: string) => Buffer.from(sha256Base64, 'base64').toString('hex');

/** The keys of the PutObject requests (and multipart starts) the proxy saw for `bucket`. */
function uploadedKeys(bucket: string): string[] {
  return proxy()
    .requests.filter((request) => {
      const operation = s3OperationOf(request, bucket);
      return operation === 'PutObject' || operation === 'CreateMultipartUpload';
    })
    .map((request) => decodeURIComponent(request.path.slice(`/${bucket}/`.length)));
}

describe('the bundled action deploying a fleet through S3', () => {
  it('uploads each distinct package once, under packages/, and every function deploys from it', async () => {
    const [a, b, c] = await Promise.all([
      releasedFunction(),
      releasedFunction(),
      releasedFunction(),
    ]);
    for (const name of [a, b, c]) proxy().inject(invokeEcho(name));
    const bucket = await createTestBucket('fleet');
    const manifest = [
      'defaults:',
      '  alias: live',
      `  s3-bucket: ${bucket}`,
      '  s3-upload: always',
      'functions:',
      `  - function-name: ${a}`,
      '    source: app-a',
      `  - function-name: ${b}`,
      '    source: shared',
      `  - function-name: ${c}`,
      '    source: shared',
      '',
    ].join('\n');
    const workspace = await fleetWorkspace(['app-a', 'shared'], manifest);

    const run = await runDeployAction(workspace, { manifest: 'fleet.yml' }, proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(0);
    const results = fleetResults(run.outputs);
    const sha = (name: string) => resultFor(results, name)?.['code-sha256'] ?? '';
    expect(sha(b)).toBe(sha(c));
    const keyOf = (name: string) => `lambda-deploy/packages/${hex(sha(name))}.zip`;
    // Two distinct packages, two uploads: shared's once, though two functions deploy it.
    expect(uploadedKeys(bucket).sort()).toEqual([keyOf(a), keyOf(b)].sort());
    for (const name of [a, b, c]) {
      const bodies = proxy()
        .requests.filter(updateFunctionCode(name))
        .map((request) => JSON.parse(request.body ?? 'null') as unknown);
      expect(bodies, name).toEqual([{ S3Bucket: bucket, S3Key: keyOf(name) }]);
      expect((await readFunction(name)).CodeSha256, name).toBe(sha(name));
    }
    expect((await objectDigest(bucket, keyOf(b))).sha256).toBe(sha(b));
    expect((await objectDigest(bucket, keyOf(a))).sha256).toBe(sha(a));
  });
});
