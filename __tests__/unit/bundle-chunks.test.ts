import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A run loads only what it uses: dist/index.js holds the inputs and the packager, so the
// package starts building at once; the AWS SDK loads while it is built (run-modes.ts), and
// S3, CloudWatch, ECR and GitHub's client only in runs that use them. `npm test` bundles
// before it runs the tests, so dist/ is this source's.

const DIST = path.resolve(import.meta.dirname, '../../dist');
const main = readFileSync(path.join(DIST, 'index.js'), 'utf8');
const chunks = readdirSync(DIST)
  .filter((name) => /^\d+\.index\.js$/.test(name))
  .map((name) => ({ name, text: readFileSync(path.join(DIST, name), 'utf8') }));

/** The one chunk that defines `marker`; fails when none or several do. */
function chunkWith(marker: string): string {
  const holding = chunks.filter((chunk) => chunk.text.includes(marker));
  expect(
    holding.map((chunk) => chunk.name),
    marker,
  ).toHaveLength(1);
  return holding[0]?.name ?? '';
}

describe('the bundle', () => {
  it('starts with the inputs and the packager, without the AWS SDK or GitHub client', () => {
    expect(main).toContain('class WorkerDeflater');
    for (const marker of [
      'class LambdaClient',
      'class S3Client',
      'DescribeAlarmsCommand',
      'getOctokit',
      // An HTTP client (undici, through @actions/http-client) loaded at every start would add
      // 0.9 MB of code to compile before the first request: the runner's protocol is the
      // action's own (src/runner/).
      'class HttpClient',
      'class DispatcherBase',
    ]) {
      expect(main.includes(marker), marker).toBe(false);
    }
  });

  it('keeps S3, CloudWatch, ECR and GitHub each in a chunk apart from the Lambda client', () => {
    const lambda = chunkWith('class LambdaClient');
    for (const marker of [
      'class S3Client',
      'class CloudWatchClient',
      'class ECRClient',
      'function getOctokit',
    ]) {
      expect(chunkWith(marker), marker).not.toBe(lambda);
    }
  });

  it('lists the license of every package bundled in any chunk', () => {
    const licenses = readFileSync(path.join(DIST, 'licenses.txt'), 'utf8');
    for (const name of [
      '@aws-sdk/client-lambda',
      '@aws-sdk/client-s3',
      '@actions/github',
      'undici',
      'yaml',
      'ignore',
    ]) {
      expect(licenses, name).toMatch(new RegExp(`^${name}\\n`, 'm'));
    }
  });
});
