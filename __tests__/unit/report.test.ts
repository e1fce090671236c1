import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FunctionState } from '../../src/aws/function-state.js';
import type { StagedPackage } from '../../src/aws/s3-package-store.js';
import type { SettingChange } from '../../src/resources/configuration/compare.js';
import type { CleanupResult } from '../../src/apply/preview-cleanup.js';
import type { CleanupConfig } from '../../src/inputs.js';
import type { DeploymentPackage } from '../../src/package/package-contents.js';
import type { PlanJson } from '../../src/plan/plan-output.js';
import {
  cleanupOutputs,
  deployOutputs,
  previewCommentBody,
  type DeployOutcome,
} from '../../src/report/outputs.js';
import { compression, writeSummary } from '../../src/report/deploy-summary.js';
import { summaryOrWarning, type SummaryWriter } from '../../src/report/summary-writer.js';
import { writeCleanupSummary } from '../../src/report/other-summaries.js';
import { packageOutputs } from '../../src/package/package-outputs.js';
import { FUNCTION_ARN, FUNCTION_NAME } from './helpers/lambda.js';
import { StepSummary } from '../../src/runner/summary.js';

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
  configuration: {},
  tags: {},
  resolvedImageUri: undefined,
};

const TIMINGS = [
  { name: 'Package', seconds: 0.42 },
  { name: 'Update code', seconds: 12.34 },
];

type Release = DeployOutcome['release'];

/** A run that published nothing, moved no alias and set up no URL. */
const NO_RELEASE: Release = {
  version: undefined,
  previousVersion: undefined,
  alias: undefined,
  functionUrl: undefined,
};

const VERSION_8 = { version: '8', arn: `${FUNCTION_ARN}:8` };
const LIVE_ARN = `${FUNCTION_ARN}:live`;
const URL = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws/';

/** Version 8 published; the alias live now sends it 10 % beside version 7. */
const CANARY: Release = {
  version: VERSION_8,
  previousVersion: '7',
  alias: {
    name: 'live',
    arn: LIVE_ARN,
    version: '7',
    weights: { '8': 0.1 },
    revisionId: undefined,
  },
  functionUrl: undefined,
};

/** Version 8 published; the alias pr-42 created for it, with a public URL. */
const PREVIEW: Release = {
  version: VERSION_8,
  previousVersion: undefined,
  alias: {
    name: 'pr-42',
    arn: `${FUNCTION_ARN}:pr-42`,
    version: '8',
    weights: {},
    revisionId: undefined,
  },
  functionUrl: URL,
};

const outcome = (
  deployed: boolean,
  pkg = PACKAGE,
  staged?: StagedPackage,
  release: Release = NO_RELEASE,
  configurationChanges: readonly SettingChange[] = [],
): DeployOutcome => ({
  function: FUNCTION,
  package: pkg,
  imageUri: undefined,
  layer: undefined,
  deployed,
  staged,
  release,
  configurationChanges,
});

const configured = (...changes: SettingChange[]): DeployOutcome =>
  outcome(true, PACKAGE, undefined, NO_RELEASE, changes);

const released = (release: Release): DeployOutcome => outcome(true, PACKAGE, undefined, release);

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

describe('release outputs', () => {
  it('gives version and version-arn for a version published without an alias', () => {
    expect(deployOutputs(released({ ...NO_RELEASE, version: VERSION_8 }))).toEqual({
      'function-arn': FUNCTION_ARN,
      'function-name': FUNCTION_NAME,
      deployed: 'true',
      version: '8',
      'version-arn': `${FUNCTION_ARN}:8`,
    });
  });

  it('adds alias-arn and previous-version when an existing alias moved', () => {
    expect(deployOutputs(released(CANARY))).toMatchObject({
      version: '8',
      'version-arn': `${FUNCTION_ARN}:8`,
      'previous-version': '7',
      'alias-arn': LIVE_ARN,
    });
  });

  it('gives no previous-version for a new alias, and gives the function URL', () => {
    const outputs = deployOutputs(released(PREVIEW));
    expect(outputs).toMatchObject({
      'alias-arn': `${FUNCTION_ARN}:pr-42`,
      'function-url': URL,
    });
    expect(outputs).not.toHaveProperty('previous-version');
  });

  it('gives a function URL set up without a version or alias, and nothing else', () => {
    const outputs = deployOutputs(released({ ...NO_RELEASE, functionUrl: URL }));
    expect(outputs['function-url']).toBe(URL);
    for (const name of ['version', 'version-arn', 'previous-version', 'alias-arn']) {
      expect(outputs).not.toHaveProperty(name);
    }
  });
});

describe('cleanupOutputs', () => {
  it('says the alias was deleted and which version it pointed to', () => {
    const result: CleanupResult = { aliasDeleted: true, version: '7', versionDeleted: true };
    expect(cleanupOutputs(result)).toEqual({ 'alias-deleted': 'true', 'previous-version': '7' });
  });

  it('says no alias was deleted when there was none, with no version', () => {
    const result: CleanupResult = {
      aliasDeleted: false,
      version: undefined,
      versionDeleted: false,
    };
    expect(cleanupOutputs(result)).toEqual({ 'alias-deleted': 'false' });
  });
});

describe('previewCommentBody', () => {
  it('names the function, the alias, the URL, the version and the commit', () => {
    const body = previewCommentBody(released(PREVIEW), 'pr-42', 'a1b2c3d4');
    expect(body.split('\n')).toEqual([
      `**Preview deployed**: \`${FUNCTION_NAME}\` alias \`pr-42\``,
      '',
      `- URL: ${URL}`,
      '- Version: 8',
      '- Commit: a1b2c3d4',
    ]);
  });

  it('leaves out the URL when there is none', () => {
    const body = previewCommentBody(released(CANARY), 'live', 'a1b2c3d4');
    expect(body).not.toContain('URL');
    expect(body).toContain('- Version: 8');
  });
});

describe("writeSummary with the step's summary (runner/summary.ts)", () => {
  let summaryFile: string;
  let summary: StepSummary;

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
    summary = new StepSummary();
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
      '<td>Unzipped size</td><td>6.0 MiB (6,291,456 bytes), the zip is 25 % of that</td>',
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

  it('says a package of a function this run created went in the CreateFunction request', async () => {
    const text = await written({ ...outcome(true), created: true });
    expect(text).toContain('<td>Upload</td><td>in the CreateFunction request</td>');
    expect(text).not.toContain('UpdateFunctionCode');
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

  it('shows no version, alias or URL rows when the run released nothing', async () => {
    const text = await written(outcome(true));
    expect(text).not.toContain('<td>Version</td>');
    expect(text).not.toContain('<td>Alias</td>');
    expect(text).not.toContain('<td>Function URL</td>');
  });

  it('shows the version, the canary routing and the version the alias had', async () => {
    const text = await written(released(CANARY));
    expect(text).toContain(`<td>Version</td><td>8 (<code>${FUNCTION_ARN}:8</code>)</td>`);
    expect(text).toContain('<td>Alias</td><td>live: 7 (90 %) / 8 (10 %) (was 7)</td>');
  });

  it('says a new alias is new, and shows the function URL', async () => {
    const text = await written(released(PREVIEW));
    expect(text).toContain('<td>Alias</td><td>pr-42: 8 (new alias)</td>');
    expect(text).toContain(`<td>Function URL</td><td><code>${URL}</code></td>`);
  });

  it('shows a preview removal: the alias, the version and the times', async () => {
    const config: CleanupConfig = {
      functionName: FUNCTION_NAME,
      region: 'us-east-1',
      alias: 'pr-42',
      prComment: undefined,
      requestTimeoutSeconds: 60,
    };
    await writeCleanupSummary(
      summary,
      config,
      { aliasDeleted: true, version: '8', versionDeleted: true },
      [{ name: 'Remove preview', seconds: 1.25 }],
    );
    const text = await readFile(summaryFile, 'utf8');
    expect(text).toContain(`Lambda preview removed: ${FUNCTION_NAME}`);
    expect(text).toContain(
      '<td>Alias</td><td><code>pr-42</code>: deleted, with its function URL</td>',
    );
    expect(text).toContain('<td>Version</td><td>8, deleted</td>');
    expect(text).toContain('<td>Remove preview</td><td>1.3 s</td>');
  });

  it('says a kept version is kept, and a missing alias did not exist', async () => {
    const config: CleanupConfig = {
      functionName: FUNCTION_NAME,
      region: 'us-east-1',
      alias: 'pr-42',
      prComment: undefined,
      requestTimeoutSeconds: 60,
    };
    await writeCleanupSummary(
      summary,
      config,
      { aliasDeleted: true, version: '7', versionDeleted: false },
      [],
    );
    expect(await readFile(summaryFile, 'utf8')).toContain(
      '<td>Version</td><td>7, kept: another alias routes to it</td>',
    );
    await writeFile(summaryFile, '');
    summary = new StepSummary();
    await writeCleanupSummary(
      summary,
      config,
      { aliasDeleted: false, version: undefined, versionDeleted: false },
      [],
    );
    const text = await readFile(summaryFile, 'utf8');
    expect(text).toContain('<td>Alias</td><td><code>pr-42</code>: did not exist</td>');
    expect(text).toContain('<td>Version</td><td>none</td>');
  });

  it('shows a row for each setting that changed, from and to', async () => {
    const text = await written(
      configured(
        { setting: 'memory-size', from: '128', to: '256' },
        { setting: 'timeout', from: '3', to: '30' },
      ),
    );
    expect(text).toContain('<td>Setting memory-size</td><td>128 → 256</td>');
    expect(text).toContain('<td>Setting timeout</td><td>3 → 30</td>');
  });

  it('shows (none) for a setting the function did not have', async () => {
    const text = await written(configured({ setting: 'layers', from: '', to: 'arn:layer:1' }));
    expect(text).toContain('<td>Setting layers</td><td>(none) → arn:layer:1</td>');
  });

  it('escapes HTML in a setting, such as a description', async () => {
    const text = await written(
      configured({ setting: 'description', from: 'old', to: '<b>new</b> & better' }),
    );
    expect(text).toContain('&lt;b&gt;new&lt;/b&gt; &amp; better');
    expect(text).not.toContain('<b>new</b>');
  });

  it('escapes HTML in every value read from AWS or given as input', async () => {
    const text = await written({
      ...released({
        version: { version: '<b>8</b>', arn: `${FUNCTION_ARN}:<b>8</b>` },
        previousVersion: '<i>7</i>',
        alias: {
          name: '<s>live</s>',
          arn: LIVE_ARN,
          version: '<i>7</i>',
          weights: {},
          revisionId: undefined,
        },
        functionUrl: 'https://x/<script>',
      }),
      function: { ...FUNCTION, name: '<img src=x>', arn: '<u>arn</u>' },
    });
    expect(text).not.toMatch(/<(b|i|s|u|img|script)\b/);
    expect(text).toContain('<td>Version</td><td>&lt;b&gt;8&lt;/b&gt; (');
    expect(text).toContain('(was &lt;i&gt;7&lt;/i&gt;)');
  });

  it('shows no setting rows when no setting changed', async () => {
    expect(await written(outcome(true))).not.toContain('<td>Setting ');
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

describe('writeSummary with the plan the run applied', () => {
  const PLAN: PlanJson = {
    changes: true,
    function: { name: FUNCTION_NAME, action: 'update' },
    code: { action: 'update', from: 'old-sha', to: SHA256 },
    configuration: [{ setting: 'memory-size', from: '128', to: '512', source: 'input' }],
    tags: ['team'],
    layer: null,
    version: { action: 'publish', version: null },
    alias: { name: 'live', action: 'update', before: '7', after: '7 (90 %) / new (10 %)' },
    functionUrl: null,
    prune: null,
    smokeTest: false,
    traffic: null,
  };

  it('lists the plan, one item a step, between the result and the phases', async () => {
    const calls: string[] = [];
    const writer: SummaryWriter = {
      addHeading(text, level) {
        calls.push(`heading ${String(level)}: ${text}`);
        return writer;
      },
      addTable() {
        calls.push('table');
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
    await writeSummary(writer, released(CANARY), TIMINGS, PLAN);
    expect(calls).toEqual([
      `heading 2: Lambda deploy: ${FUNCTION_NAME}`,
      'table',
      'heading 3: Plan',
      'raw <ul>' +
        [
          `Function ${FUNCTION_NAME}: update`,
          `Code: update old-sha -&gt; ${SHA256}`,
          'Setting memory-size: 128 -&gt; 512',
          'Tags to set: team',
          'Version: publish a new one',
          'Alias live: 7 -&gt; 7 (90 %) / new (10 %)',
        ]
          .map((line) => `<li>${line}</li>`)
          .join('') +
        '</ul>',
      'table',
      'write',
    ]);
  });

  it('says when the plan had nothing to change', async () => {
    const raw: string[] = [];
    const writer: SummaryWriter = {
      addHeading: () => writer,
      addTable: () => writer,
      addRaw(text) {
        raw.push(text);
        return writer;
      },
      write: () => Promise.resolve(),
    };
    const unchanged: PlanJson = {
      ...PLAN,
      changes: false,
      code: { action: 'skip', from: SHA256, to: SHA256 },
      configuration: [],
      tags: [],
      version: { action: 'none', version: null },
      alias: null,
    };
    await writeSummary(writer, outcome(false), TIMINGS, unchanged);
    expect(raw.join('')).toContain(`<li>Code: unchanged (${SHA256})</li>`);
    expect(raw.join('')).toContain(
      '<li>No changes: the function is as these inputs describe.</li>',
    );
  });

  it('shows no plan when given none', async () => {
    const raw: string[] = [];
    const writer: SummaryWriter = {
      addHeading: () => writer,
      addTable: () => writer,
      addRaw(text) {
        raw.push(text);
        return writer;
      },
      write: () => Promise.resolve(),
    };
    await writeSummary(writer, outcome(true), TIMINGS);
    expect(raw).toEqual([]);
  });
});

describe('summaryOrWarning: a summary that cannot be written is a warning', () => {
  /** A writer that records what reaches it; its write fails with `failure` when given. */
  function fakeWriter(failure?: Error) {
    const calls: string[] = [];
    const writer: SummaryWriter = {
      addHeading: () => (calls.push('heading'), writer),
      addTable: () => (calls.push('table'), writer),
      addRaw: () => (calls.push('raw'), writer),
      write: () => {
        calls.push('write');
        return failure === undefined ? Promise.resolve() : Promise.reject(failure);
      },
    };
    return { writer, calls };
  }

  function recorder() {
    const warnings: string[] = [];
    return { warnings, log: { info: () => undefined, warning: (m: string) => warnings.push(m) } };
  }

  const CLEANUP: CleanupConfig = {
    functionName: FUNCTION_NAME,
    region: 'us-east-1',
    alias: 'pr-42',
    prComment: undefined,
    requestTimeoutSeconds: 60,
  };

  it('warns and writes nothing without GITHUB_STEP_SUMMARY, for a deploy and a cleanup', async () => {
    const { writer, calls } = fakeWriter();
    const { warnings, log } = recorder();
    const tolerant = summaryOrWarning(writer, log, {});
    await writeSummary(tolerant, outcome(true), TIMINGS);
    await writeCleanupSummary(
      tolerant,
      CLEANUP,
      { aliasDeleted: false, version: undefined, versionDeleted: false },
      [],
    );
    expect(calls).not.toContain('write');
    expect(warnings).toEqual([
      'no job summary: GITHUB_STEP_SUMMARY is not set',
      'no job summary: GITHUB_STEP_SUMMARY is not set',
    ]);
  });

  it('warns with the reason when the file cannot be written', async () => {
    const { writer } = fakeWriter(new Error("Unable to access summary file: '/x'."));
    const { warnings, log } = recorder();
    await writeSummary(
      summaryOrWarning(writer, log, { GITHUB_STEP_SUMMARY: '/x' }),
      outcome(true),
      TIMINGS,
    );
    expect(warnings).toEqual(["no job summary: Unable to access summary file: '/x'."]);
  });

  it('passes everything through when there is a file', async () => {
    const { writer, calls } = fakeWriter();
    const { warnings, log } = recorder();
    await writeSummary(
      summaryOrWarning(writer, log, { GITHUB_STEP_SUMMARY: '/x' }),
      outcome(true),
      TIMINGS,
    );
    expect(calls).toEqual(['heading', 'table', 'table', 'write']);
    expect(warnings).toEqual([]);
  });
});

describe('compression, in words that read right both ways', () => {
  it.each([
    [25, 100, 'the zip is 25 % of that'],
    [1, 1_000, 'the zip is 1 % of that'],
    [999, 1_000, 'the zip is 99 % of that'],
    [
      410,
      221,
      'the zip is 189 bytes larger (zip headers outweigh what compression saves on so little)',
    ],
    [
      22,
      0,
      'the zip is 22 bytes larger (zip headers outweigh what compression saves on so little)',
    ],
  ])('a zip of %i bytes holding %i bytes: %s', (zip, unzipped, words) => {
    expect(compression(zip, unzipped)).toBe(words);
  });
});
