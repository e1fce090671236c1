import { summary } from '@actions/core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FunctionState } from '../../src/aws/lambda-function.js';
import type { StagedPackage } from '../../src/aws/s3-package-store.js';
import type { DeploymentPackage } from '../../src/package/deployment-package.js';
import {
  deployOutputs,
  packageOutputs,
  writeSummary,
  type DeployOutcome,
  type SummaryWriter,
} from '../../src/report.js';
import { FUNCTION_ARN, FUNCTION_NAME } from './helpers/lambda.js';

const SHA256 = 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=';

const PACKAGE: DeploymentPackage = {
  path: '/home/runner/work/_temp/lambda-deploy-abc/orders-api.zip',
  size: 1_572_864,
  sha256: SHA256,
  contents: { fileCount: 1_234, unzippedSize: 6_291_456 },
};

const FUNCTION: FunctionState = {
  arn: FUNCTION_ARN,
  name: FUNCTION_NAME,
  packageType: 'Zip',
  codeSha256: SHA256,
  codeSize: 1_572_864,
  state: 'Active',
  lastUpdateStatus: 'Successful',
  lastUpdateStatusReason: undefined,
  revisionId: 'revision-2',
};

const TIMINGS = [
  { name: 'Package', seconds: 0.42 },
  { name: 'Update code', seconds: 12.34 },
];

const outcome = (deployed: boolean, pkg = PACKAGE, staged?: StagedPackage): DeployOutcome => ({
  function: FUNCTION,
  package: pkg,
  deployed,
  staged,
});

const KEY =
  'lambda-deploy/orders-api/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.zip';

/** The package as stagePackageInS3 gives it after an upload of `seconds`. */
function staged(overrides: Partial<StagedPackage> = {}): StagedPackage {
  return {
    bucket: 'artifacts',
    key: KEY,
    versionId: undefined,
    uploaded: true,
    seconds: 0.5,
    uri: `s3://artifacts/${KEY}`,
    ...overrides,
  };
}

describe('outputs', () => {
  it('gives the package outputs as strings', () => {
    expect(packageOutputs(PACKAGE)).toEqual({
      'package-path': PACKAGE.path,
      'code-sha256': SHA256,
      'code-size': '1572864',
    });
  });

  it.each([
    [true, 'true'],
    [false, 'false'],
  ])('gives the deploy outputs, deployed %s', (deployed, text) => {
    expect(deployOutputs(outcome(deployed))).toEqual({
      'function-arn': FUNCTION_ARN,
      'function-name': FUNCTION_NAME,
      deployed: text,
    });
  });

  it('adds s3-uri when the package went through S3', () => {
    const uri = `s3://artifacts/${KEY}?versionId=v1`;
    expect(deployOutputs(outcome(true, PACKAGE, staged({ versionId: 'v1', uri })))).toEqual({
      'function-arn': FUNCTION_ARN,
      'function-name': FUNCTION_NAME,
      deployed: 'true',
      's3-uri': uri,
    });
  });
});

describe('writeSummary with @actions/core', () => {
  // @actions/core remembers the first summary file it writes to, so the tests share one.
  let summaryFile: string;

  beforeAll(async () => {
    summaryFile = path.join(
      await mkdtemp(path.join(os.tmpdir(), 'lambda-deploy-unit-')),
      'summary.md',
    );
    await writeFile(summaryFile, '');
    vi.stubEnv('GITHUB_STEP_SUMMARY', summaryFile);
  });

  beforeEach(async () => {
    await writeFile(summaryFile, '');
    summary.emptyBuffer();
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(path.dirname(summaryFile), { recursive: true, force: true });
  });

  async function written(deployOutcome: DeployOutcome): Promise<string> {
    await writeSummary(summary, deployOutcome, TIMINGS);
    return readFile(summaryFile, 'utf8');
  }

  it('shows the function, the package and that the code was deployed', async () => {
    const text = await written(outcome(true));
    expect(text).toContain(`Lambda deploy: ${FUNCTION_NAME}`);
    expect(text).toContain(`<code>${FUNCTION_ARN}</code>`);
    expect(text).toContain(`<code>${SHA256}</code>`);
    expect(text).toContain('<td>deployed</td>');
    expect(text).toContain('<td>Package size</td><td>1.5 MiB (1,572,864 bytes)</td>');
  });

  it('shows the file count and the unzipped size with the share the zip keeps', async () => {
    const text = await written(outcome(true));
    expect(text).toContain('<td>Files</td><td>1,234</td>');
    expect(text).toContain(
      '<td>Unzipped size</td><td>6.0 MiB (6,291,456 bytes), zipped to 25 %</td>',
    );
  });

  it('says when the code update was skipped', async () => {
    const text = await written(outcome(false));
    expect(text).toContain('skipped: the function already runs this package');
    expect(text).not.toContain('<td>deployed</td>');
  });

  it('shows each phase with its time', async () => {
    const text = await written(outcome(true));
    expect(text).toContain('<td>Package</td><td>420 ms</td>');
    expect(text).toContain('<td>Update code</td><td>12.3 s</td>');
  });

  it('says a package that went in the request went in the UpdateFunctionCode request', async () => {
    const text = await written(outcome(true));
    expect(text).toContain('<td>Upload</td><td>in the UpdateFunctionCode request</td>');
  });

  it('shows no upload for a skipped update', async () => {
    const text = await written(outcome(false));
    expect(text).not.toContain('<td>Upload</td>');
  });

  it('shows the S3 URI, the time and the rate of an upload through S3', async () => {
    // 1.5 MiB in 0.5 s.
    const text = await written(outcome(true, PACKAGE, staged()));
    expect(text).toContain(
      `<td>Upload</td><td><code>s3://artifacts/${KEY}</code> in 500 ms (3.0 MiB/s)</td>`,
    );
  });

  it('says a package already in S3 was not uploaded again', async () => {
    const uri = `s3://artifacts/${KEY}?versionId=v1`;
    const text = await written(
      outcome(true, PACKAGE, staged({ uploaded: false, seconds: 0, versionId: 'v1', uri })),
    );
    expect(text).toContain(
      `<td>Upload</td><td><code>${uri}</code>, already there: not uploaded again</td>`,
    );
  });
});

describe('writeSummary with a fake writer', () => {
  it('writes a heading and two tables, then writes once', async () => {
    const calls: string[] = [];
    const tables: unknown[] = [];
    const writer: SummaryWriter = {
      addHeading(text, level) {
        calls.push(`heading ${String(level)}: ${text}`);
        return writer;
      },
      addTable(rows) {
        calls.push('table');
        tables.push(rows);
        return writer;
      },
      addRaw(text) {
        calls.push(`raw ${text}`);
        return writer;
      },
      write() {
        calls.push('write');
        return Promise.resolve();
      },
    };
    await writeSummary(writer, outcome(true), TIMINGS);
    expect(calls).toEqual([
      `heading 2: Lambda deploy: ${FUNCTION_NAME}`,
      'table',
      'table',
      'write',
    ]);
    expect(tables[1]).toEqual([
      [
        { data: 'Phase', header: true },
        { data: 'Time', header: true },
      ],
      ['Package', '420 ms'],
      ['Update code', '12.3 s'],
    ]);
  });
});
