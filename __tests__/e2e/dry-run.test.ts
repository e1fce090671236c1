import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { describe, expect, inject, it } from 'vitest';
import {
  runDeployAction,
  summaryCell,
  workspaceWithSource,
  changeSource,
  runOutput,
} from '../support/action-run.js';
import {
  createTestFunction,
  lambdaClient,
  motoEndpoint,
  readFunction,
  uniqueFunctionName,
} from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { aliasRouting, readFunctionUrl, versionNumbers } from '../support/lambda-state.js';
import { planGroupLines, planOf, summaryPlanItems } from '../support/plan-output.js';
import { digestOf } from '../support/package-fixtures.js';
import { createTestBucket, headObject, isWrite } from '../support/s3.js';

const proxy = useFaultProxy();

/** Outputs a dry run must never set: it deploys, publishes and points nothing. */
const DEPLOY_OUTPUTS = [
  'deployed',
  'version',
  'version-arn',
  'previous-version',
  'alias-arn',
  'function-url',
  's3-uri',
];

/** Every request went to moto as GET or HEAD, and there was at least one. */
function expectReadsOnly(): void {
  const requests = proxy().requests;
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter(isWrite).map((request) => `${request.method} ${request.path}`)).toEqual(
    [],
  );
}

describe('the bundled action with dry-run', () => {
  it('reads only, changes nothing, and shows the planned diff', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`v1 of ${name}`);
    const deployed = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'live', 'function-url': 'public' },
      motoEndpoint(),
    );
    expect(deployed.exitCode, runOutput(deployed)).toBe(0);
    const before = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
    const versionsBefore = await versionNumbers(name);
    const routingBefore = await aliasRouting(name, 'live');
    const urlBefore = await readFunctionUrl(name, 'live');
    const oldSha = before.Configuration?.CodeSha256 ?? '';
    await changeSource(workspace, `v2 of ${name}`);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        'dry-run': 'true',
        'memory-size': '512',
        tags: 'team=orders',
        alias: 'live',
        traffic: '10',
        'function-url': 'public',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expectReadsOnly();

    // moto holds the function exactly as before.
    const after = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
    expect(after.Configuration).toEqual(before.Configuration);
    expect(after.Tags).toEqual(before.Tags);
    expect(await versionNumbers(name)).toEqual(versionsBefore);
    expect(await aliasRouting(name, 'live')).toEqual(routingBefore);
    const urlAfter = await readFunctionUrl(name, 'live');
    expect(urlBefore?.FunctionUrl).toMatch(/^https:\/\//);
    expect([urlAfter?.FunctionUrl, urlAfter?.AuthType, urlAfter?.LastModifiedTime]).toEqual([
      urlBefore?.FunctionUrl,
      urlBefore?.AuthType,
      urlBefore?.LastModifiedTime,
    ]);

    // The summary shows what a run would do: the table of what was read and built, then the
    // plan, line for line as the log's "Plan" group prints it.
    const newSha = (await digestOf(run.outputs['package-path'] ?? '')).sha256;
    expect(newSha).not.toBe(oldSha);
    const primary = routingBefore?.version ?? '';
    expect(run.summary).toContain('Dry run: nothing was changed.');
    expect(summaryCell(run.summary, 'Function')).toBe(
      `<code>${before.Configuration?.FunctionArn ?? ''}</code>`,
    );
    expect(summaryCell(run.summary, 'Package size')).toBe(
      `${run.outputs['code-size'] ?? ''} bytes`,
    );
    expect(summaryCell(run.summary, 'Upload')).toBe('in the request');
    const planned = summaryPlanItems(run.summary);
    expect(planned).toEqual([
      `Function ${name}: update`,
      `Code: update ${oldSha} -> ${newSha}`,
      'Setting memory-size: 128 -> 512',
      'Tags to set: team',
      'Version: publish a new one',
      `Alias live: ${primary} -> ${primary} (90 %) / new (10 %)`,
      'Function URL (NONE): keep',
      'Triggers that bypass the release: none',
    ]);
    expect(planGroupLines(run.stdout)).toEqual(planned);

    // Outputs: what was read, built and planned, nothing that was not done.
    expect(run.outputs).toEqual({
      'function-arn': before.Configuration?.FunctionArn,
      'function-name': name,
      'code-sha256': newSha,
      'code-size': expect.stringMatching(/^\d+$/) as unknown,
      'package-path': expect.stringContaining(run.runnerTemp) as unknown,
      plan: expect.any(String) as unknown,
    });
    expect(planOf(run)).toMatchObject({
      changes: true,
      code: { action: 'update', from: oldSha, to: newSha },
      tags: ['team'],
      version: { action: 'publish', version: null },
      alias: { name: 'live', action: 'update', before: primary },
      functionUrl: { action: 'keep', auth: 'NONE' },
    });
    for (const output of DEPLOY_OUTPUTS) expect(run.outputs).not.toHaveProperty(output);
  });

  it('says the code is unchanged when the function already runs the package', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    const deployed = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      motoEndpoint(),
    );
    expect(deployed.exitCode, runOutput(deployed)).toBe(0);
    const sha = deployed.outputs['code-sha256'] ?? '';

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'dry-run': 'true' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expectReadsOnly();
    expect(summaryPlanItems(run.summary)).toEqual([
      `Function ${name}: update`,
      // The deploy recorded the tree's fingerprint: the dry run does not even build it.
      `Code: unchanged (by fingerprint) (${sha})`,
      'No changes: the function is as these inputs describe.',
    ]);
    expect(planOf(run)).toMatchObject({
      changes: false,
      code: { action: 'skip', from: sha, to: sha, byFingerprint: true },
      configuration: [],
      version: { action: 'none', version: null },
      alias: null,
    });
    expect(run.outputs).not.toHaveProperty('deployed');
  });

  it('plans to create a missing function with create-if-missing, and creates nothing', async () => {
    const name = uniqueFunctionName('dry-create');
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        'dry-run': 'true',
        'create-if-missing': 'true',
        role: inject('testRoleArn'),
        runtime: 'nodejs20.x',
        handler: 'index.handler',
        'memory-size': '512',
        environment: 'API_KEY=hunter2\nSTAGE=prod',
        alias: 'live',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expectReadsOnly();
    const error = await readFunction(name).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({ name: 'ResourceNotFoundException' });
    expect(summaryCell(run.summary, 'Function')).toBe('does not exist: would be created');
    // Every setting the create sends, as an update's plan shows them: environment by name only.
    expect(summaryPlanItems(run.summary)).toEqual([
      `Function ${name}: create`,
      `Code: create (none) -> ${run.outputs['code-sha256'] ?? ''}`,
      'Setting handler: (none) -> index.handler',
      'Setting runtime: (none) -> nodejs20.x',
      'Setting memory-size: (none) -> 512',
      `Setting role: (none) -> ${inject('testRoleArn')}`,
      'Setting environment: (none) -> API_KEY (added), STAGE (added)',
      'Version: publish a new one',
      'Alias live: (new) -> new',
    ]);
    expect(planOf(run)).toMatchObject({
      changes: true,
      function: { name, action: 'create' },
      configuration: [
        { setting: 'handler', from: '', to: 'index.handler' },
        { setting: 'runtime', from: '', to: 'nodejs20.x' },
        { setting: 'memory-size', from: '', to: '512' },
        { setting: 'role', from: '', to: inject('testRoleArn') },
        { setting: 'environment', from: '', to: 'API_KEY (added), STAGE (added)' },
      ],
      alias: { name: 'live', action: 'create', before: null, after: 'new' },
    });
    expect(run.stdout).not.toContain('hunter2');
    expect(run.outputs['plan']).not.toContain('hunter2');
    expect(Object.keys(run.outputs).sort()).toEqual([
      'code-sha256',
      'code-size',
      'package-path',
      'plan',
    ]);
  });

  it('refuses a canary on an alias that does not exist, as the real run does, and writes nothing', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = { 'function-name': name, source: 'app', alias: 'live', traffic: '10' };

    const dry = await runDeployAction(
      workspace,
      { ...inputs, 'dry-run': 'true' },
      proxy().endpoint,
    );
    const real = await runDeployAction(workspace, inputs, proxy().endpoint);

    // The planner refuses it before anything changes, with one message for both runs.
    expect(dry.exitCode, runOutput(dry)).toBe(1);
    expect(dry.errors).toEqual([expect.stringContaining("Alias 'live' does not exist yet")]);
    expect(dry.errors[0]).toContain('traffic 10');
    expect(real.exitCode, runOutput(real)).toBe(1);
    expect(real.errors).toEqual(dry.errors);
    expectReadsOnly();
    expect(await aliasRouting(name, 'live')).toBeUndefined();
    expect(await versionNumbers(name)).toEqual([]);
    for (const run of [dry, real]) expect(run.outputs).not.toHaveProperty('plan');
  });

  it('plans the S3 route of the package and uploads nothing', async () => {
    const name = await createTestFunction();
    const bucket = await createTestBucket('dry-run');
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        'dry-run': 'true',
        's3-bucket': bucket,
        's3-upload': 'always',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expectReadsOnly();
    const sha256Hex = Buffer.from(run.outputs['code-sha256'] ?? '', 'base64').toString('hex');
    const key = `lambda-deploy/${name}/${sha256Hex}.zip`;
    expect(summaryCell(run.summary, 'Upload')).toBe(`through <code>s3://${bucket}/${key}</code>`);
    expect(await headObject(bucket, key)).toBeUndefined();
    expect(run.outputs).not.toHaveProperty('s3-uri');
  });
});
