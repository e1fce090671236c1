import { S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AliasState } from '../../../src/aws/lambda-release-shapes.js';
import type { DeployableCode, UploadRoute } from '../../../src/resources/code/plan.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { planDeploy, type DeployPlan } from '../../../src/plan/deploy-plan.js';
import type { DeployState } from '../../../src/plan/deploy-state.js';
import { writeDryRunSummary } from '../../../src/report/deploy-summary.js';
import { FUNCTION_ARN, FUNCTION_NAME, OLD_SHA256 } from '../helpers/lambda.js';
import { deployConfig, functionState, ROLE } from '../helpers/plan-fixtures.js';
import { RecordingSummary } from '../helpers/recording-summary.js';

const NEW_SHA256 = createHash('sha256').update('new code').digest('base64');
const PACKAGE: DeploymentPackage = {
  path: '/home/runner/work/_temp/orders-api.zip',
  size: 1_572_864,
  sha256: NEW_SHA256,
  contents: { fileCount: 3, unzippedSize: 6_291_456 },
};
const DIRECT: UploadRoute = { kind: 'direct' };
const TIMINGS = [
  { name: 'Package', seconds: 0.4 },
  { name: 'Plan (dry run: nothing is changed)', seconds: 0.2 },
];

const config = (inputs: Record<string, string> = {}) =>
  deployConfig({ 'dry-run': 'true', ...inputs });

const fn = functionState;

const LIVE_ON_3: AliasState = {
  name: 'live',
  arn: `${FUNCTION_ARN}:live`,
  version: '3',
  weights: {},
  revisionId: 'alias-rev-1',
};

function plan(
  inputs: Record<string, string>,
  read: Partial<DeployState>,
  code: DeployableCode = { kind: 'zip', package: PACKAGE, upload: DIRECT },
): DeployPlan {
  return planDeploy(
    config(inputs),
    {
      function: fn(),
      layerNewest: undefined,
      alias: undefined,
      alarms: new Map(),
      versions: [],
      url: undefined,
      statementIds: new Set(),
      ...read,
    },
    { code, layer: undefined },
  );
}

async function summaryOf(
  planned: DeployPlan,
  code: DeployableCode = { kind: 'zip', package: PACKAGE, upload: DIRECT },
): Promise<RecordingSummary> {
  const summary = new RecordingSummary();
  await writeDryRunSummary(summary, FUNCTION_NAME, code, planned, TIMINGS);
  return summary;
}

describe('writeDryRunSummary', () => {
  it('says nothing was changed and lists the plan: code, settings, tags, version, alias, URL', async () => {
    const summary = await summaryOf(
      plan(
        {
          alias: 'live',
          traffic: '10',
          'function-url': 'public',
          'memory-size': '512',
          tags: 'team=orders',
        },
        { alias: LIVE_ON_3 },
      ),
    );

    expect(summary.written).toBe(1);
    expect(summary.headings).toEqual([`Lambda deploy plan (dry run): ${FUNCTION_NAME}`, 'Plan']);
    expect(summary.raw[0]).toContain('Dry run: nothing was changed.');
    expect(summary.cell('Function')).toBe(`<code>${FUNCTION_ARN}</code>`);
    expect(summary.cell('Package size')).toBe('1.5 MiB (1,572,864 bytes)');
    expect(summary.cell('Upload')).toBe('in the request');
    expect(summary.planItems()).toEqual([
      `Function ${FUNCTION_NAME}: update`,
      `Code: update ${OLD_SHA256} -&gt; ${NEW_SHA256}`,
      'Setting memory-size: 128 -&gt; 512',
      'Tags to set: team',
      'Version: publish a new one',
      'Alias live: 3 -&gt; 3 (90 %) / new (10 %)',
      'Function URL (NONE): create',
    ]);
    expect(summary.cell('Plan (dry run: nothing is changed)')).toBe('200 ms');
  });

  it('says the code is unchanged and that nothing would change', async () => {
    const summary = await summaryOf(plan({}, { function: fn({ CodeSha256: NEW_SHA256 }) }));
    expect(summary.planItems()).toEqual([
      `Function ${FUNCTION_NAME}: update`,
      `Code: unchanged (${NEW_SHA256})`,
      'No changes: the function is as these inputs describe.',
    ]);
  });

  it('says a missing function would be created, and a kept URL is kept', async () => {
    const summary = await summaryOf(
      plan(
        {
          'create-if-missing': 'true',
          role: ROLE,
          runtime: 'nodejs22.x',
          handler: 'index.handler',
          'function-url': 'iam',
        },
        { function: undefined },
      ),
    );
    expect(summary.cell('Function')).toBe('does not exist: would be created');
    expect(summary.planItems()).toEqual([
      `Function ${FUNCTION_NAME}: create`,
      `Code: create (none) -&gt; ${NEW_SHA256}`,
      // A create's plan lists every setting it sends.
      'Setting handler: (none) -&gt; index.handler',
      'Setting runtime: (none) -&gt; nodejs22.x',
      `Setting role: (none) -&gt; ${ROLE}`,
      'Function URL (AWS_IAM): create',
    ]);

    const kept = await summaryOf(
      plan(
        { 'function-url': 'iam' },
        {
          url: {
            url: 'https://fn.lambda-url.us-east-1.on.aws/',
            authType: 'AWS_IAM',
            invokeMode: 'BUFFERED',
            cors: undefined,
          },
        },
      ),
    );
    expect(kept.planItems()).toContain('Function URL (AWS_IAM): keep');
  });

  it('shows the names of the variables that would change, never their values', async () => {
    const summary = await summaryOf(
      plan(
        { environment: 'TOKEN=s3cr3t-new', 'environment-mode': 'replace' },
        { function: fn({ Environment: { Variables: { OLD_TOKEN: 's3cr3t-old' } } }) },
      ),
    );
    expect(summary.planItems()).toContain(
      'Setting environment: OLD_TOKEN -&gt; OLD_TOKEN (removed), TOKEN (added)',
    );
    const all = [...summary.headings, ...summary.raw, ...summary.rows.flat()].join('\n');
    expect(all).not.toContain('s3cr3t');
  });

  it('names the S3 object a large package would go through', async () => {
    const upload: UploadRoute = {
      kind: 's3',
      bucket: 'artifacts',
      key: 'lambda-deploy/orders-api/abc.zip',
      bucketOwner: undefined,
      client: new S3Client({ region: 'eu-west-1' }),
    };
    const code: DeployableCode = { kind: 'zip', package: PACKAGE, upload };
    const summary = await summaryOf(plan({}, {}, code), code);
    expect(summary.cell('Upload')).toBe(
      'through <code>s3://artifacts/lambda-deploy/orders-api/abc.zip</code>',
    );
  });

  it('escapes HTML in what it lists', async () => {
    const summary = await summaryOf(plan({ description: '<b>orders</b> & more' }, {}));
    expect(summary.planItems()).toContain(
      'Setting description: (none) -&gt; &lt;b&gt;orders&lt;/b&gt; &amp; more',
    );
  });
});
