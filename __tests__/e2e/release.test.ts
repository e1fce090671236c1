import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  summaryCell,
  workspaceWithSource,
  runOutput,
} from '../support/action-run.js';
import { createTestFunction, motoEndpoint } from '../support/aws.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import {
  createAlias,
  publishPreconditionFailed,
  publishVersion,
  updateAlias,
  updateFunctionCode,
} from '../support/lambda-faults.js';
import {
  aliasRouting,
  policyStatements,
  publishedVersions,
  readAlias,
  readFunctionUrl,
  versionNumbers,
} from '../support/lambda-state.js';

const proxy = useFaultProxy();

describe('the bundled action releasing versions and aliases', () => {
  it('deploys a pull request preview with a public URL, then removes all of it with delete-alias', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`preview of ${name}`);

    const deploy = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'pr-7', 'function-url': 'public' },
      motoEndpoint(),
    );

    expect(deploy.exitCode, runOutput(deploy)).toBe(0);
    const functionArn = deploy.outputs['function-arn'] ?? '';
    const version = deploy.outputs['version'] ?? '';
    expect(version).toMatch(/^\d+$/);
    const url = (await readFunctionUrl(name, 'pr-7'))?.FunctionUrl;
    expect(url).toMatch(/^https:\/\//);
    expect(deploy.outputs).toMatchObject({
      'version-arn': `${functionArn}:${version}`,
      'alias-arn': `${functionArn}:pr-7`,
      'function-url': url,
    });
    expect(deploy.outputs).not.toHaveProperty('previous-version');
    expect(await aliasRouting(name, 'pr-7')).toEqual({ version, weights: {} });
    expect((await publishedVersions(name)).find((v) => v.Version === version)?.CodeSha256).toBe(
      deploy.outputs['code-sha256'],
    );
    expect(await policyStatements(name, 'pr-7')).toHaveLength(2);
    expect(summaryCell(deploy.summary, 'Alias')).toContain(`pr-7: ${version}`);
    expect(summaryCell(deploy.summary, 'Function URL')).toContain(url);

    const cleanup = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'pr-7', 'delete-alias': 'true' },
      proxy().endpoint,
    );

    expect(cleanup.exitCode, runOutput(cleanup)).toBe(0);
    expect(cleanup.outputs).toEqual({ 'alias-deleted': 'true', 'previous-version': version });
    expect(await readAlias(name, 'pr-7')).toBeUndefined();
    expect(await readFunctionUrl(name, 'pr-7')).toBeUndefined();
    expect(await policyStatements(name, undefined)).toEqual([]);
    expect(await versionNumbers(name)).not.toContain(version);
    // It builds and deploys nothing.
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
    expect(proxy().count(publishVersion(name))).toBe(0);
    expect(cleanup.summary).toContain('pr-7');
    expect(cleanup.summary).toContain('deleted');

    const again = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'pr-7', 'delete-alias': 'true' },
      motoEndpoint(),
    );

    expect(again.exitCode, runOutput(again)).toBe(0);
    expect(again.outputs).toEqual({ 'alias-deleted': 'false' });
  });

  it('canary: traffic 10 keeps the current version primary and reports the split', async () => {
    const { name, workspace, version: old } = await deployedWithLiveAlias();

    const canary = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'live', traffic: '10' },
      motoEndpoint(),
    );

    expect(canary.exitCode, runOutput(canary)).toBe(0);
    const next = canary.outputs['version'] ?? '';
    expect(next).toMatch(/^\d+$/);
    expect(next).not.toBe(old);
    expect(canary.outputs['previous-version']).toBe(old);
    expect(await aliasRouting(name, 'live')).toEqual({ version: old, weights: { [next]: 0.1 } });
    expect(summaryCell(canary.summary, 'Alias')).toContain(`live: ${old} (90 %) / ${next} (10 %)`);
    expect(canary.outputs).not.toHaveProperty('function-url');
  });

  it('fails without moving the alias when another deploy changed the function meanwhile', async () => {
    const {
      name,
      workspace,
      version: old,
      versions: versionsBefore,
    } = await deployedWithLiveAlias();
    proxy().inject(publishPreconditionFailed(name));

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'live' },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringMatching(/changed function '.+' meanwhile/)]);
    expect(run.outputs).not.toHaveProperty('version');
    expect(run.outputs).not.toHaveProperty('alias-arn');
    expect(await aliasRouting(name, 'live')).toEqual({ version: old, weights: {} });
    expect(proxy().count(updateAlias(name, 'live'))).toBe(0);
    expect(proxy().count(createAlias(name))).toBe(0);
    expect(await versionNumbers(name)).toEqual(versionsBefore);
  });
});
