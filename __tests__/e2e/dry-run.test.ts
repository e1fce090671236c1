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

    // The summary shows what a run would do.
    const newSha = (await digestOf(run.outputs['package-path'] ?? '')).sha256;
    expect(newSha).not.toBe(oldSha);
    expect(run.summary).toContain('Dry run: nothing was changed.');
    expect(summaryCell(run.summary, 'Code')).toBe(
      `would be updated: <code>${oldSha}</code> → <code>${newSha}</code>`,
    );
    expect(summaryCell(run.summary, 'Setting memory-size')).toBe('128 → 512');
    expect(summaryCell(run.summary, 'Tags')).toBe('team');
    expect(summaryCell(run.summary, 'Version')).toBe('would be published');
    expect(summaryCell(run.summary, 'Alias')).toBe(
      `live: ${routingBefore?.version ?? ''} → live: ${routingBefore?.version ?? ''} (90 %) / new version (10 %)`,
    );
    expect(summaryCell(run.summary, 'Function URL')).toBe('exists: kept');

    // Outputs: what was read and built, nothing that was not done.
    expect(run.outputs).toEqual({
      'function-arn': before.Configuration?.FunctionArn,
      'function-name': name,
      'code-sha256': newSha,
      'code-size': expect.stringMatching(/^\d+$/) as unknown,
      'package-path': expect.stringContaining(run.runnerTemp) as unknown,
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
    expect(summaryCell(run.summary, 'Code')).toBe(
      `unchanged: <code>${sha}</code> → <code>${sha}</code>`,
    );
    expect(summaryCell(run.summary, 'Version')).toBe('none');
    expect(summaryCell(run.summary, 'Alias')).toBeUndefined();
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
    expect(summaryCell(run.summary, 'Alias')).toBe('live: (does not exist) → live: new version');
    expect(Object.keys(run.outputs).sort()).toEqual(['code-sha256', 'code-size', 'package-path']);
  });

  it('says a canary on an alias that does not exist would fail, and fails nothing', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'dry-run': 'true', alias: 'live', traffic: '10' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expectReadsOnly();
    expect(summaryCell(run.summary, 'Alias')).toMatch(
      /^live: \(does not exist\) → would fail: traffic 10 /,
    );
    expect(await aliasRouting(name, 'live')).toBeUndefined();
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
