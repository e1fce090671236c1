import { summary } from '@actions/core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FunctionState } from '../../src/aws/lambda-function.js';
import type { DeploymentPackage } from '../../src/package/deployment-package.js';
import {
  deployOutputs,
  formatBytes,
  formatSeconds,
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
  entryCount: 42,
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

const outcome = (deployed: boolean, pkg = PACKAGE): DeployOutcome => ({
  function: FUNCTION,
  package: pkg,
  deployed,
});

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
    expect(text).toContain('1.5 MiB (1,572,864 bytes)');
    expect(text).toContain('<td>Entries in package</td><td>42</td>');
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

  it('leaves out the entry count for a ready zip-file', async () => {
    const text = await written(outcome(true, { ...PACKAGE, entryCount: undefined }));
    expect(text).not.toContain('Entries in package');
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

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 bytes'],
    [1_023, '1,023 bytes'],
    [1_024, '1.0 KiB (1,024 bytes)'],
    [1_536, '1.5 KiB (1,536 bytes)'],
    [1_048_575, '1.0 MiB (1,048,575 bytes)'],
    [52_428_800, '50.0 MiB (52,428,800 bytes)'],
    [5 * 1024 ** 3, '5.0 GiB (5,368,709,120 bytes)'],
    [2 * 1024 ** 4, '2048.0 GiB (2,199,023,255,552 bytes)'],
  ])('formats %i as %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatSeconds', () => {
  it.each([
    [0, '0 ms'],
    [0.0004, '0 ms'],
    [0.25, '250 ms'],
    [0.9996, '1.0 s'],
    [1, '1.0 s'],
    [12.34, '12.3 s'],
    [600, '600.0 s'],
  ])('formats %f as %j', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});
