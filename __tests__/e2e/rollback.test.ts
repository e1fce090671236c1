import { describe, expect, it } from 'vitest';
import {
  changeSource,
  runDeployAction,
  runOutput,
  summaryCell,
  workspaceWithSource,
} from '../support/action-run.js';
import { createTestFunction, motoEndpoint } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { publishVersion, updateAlias, updateFunctionCode } from '../support/lambda-faults.js';
import { aliasRouting, readAlias, versionNumbers } from '../support/lambda-state.js';

const proxy = useFaultProxy();

/** A function released twice to alias live by the action: v1, then v2 (the alias is on 2). */
async function releasedTwice() {
  const name = await createTestFunction();
  const workspace = await workspaceWithSource(`v1 of ${name}`);
  const versions: string[] = [];
  for (const marker of ['v1', 'v2']) {
    await changeSource(workspace, `${marker} of ${name}`);
    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', alias: 'live' },
      motoEndpoint(),
    );
    expect(run.exitCode, runOutput(run)).toBe(0);
    versions.push(run.outputs['version'] ?? '');
  }
  return { name, workspace, versions };
}

describe('the bundled action rolling an alias back (rollback-to)', () => {
  it('moves live back to the previous version, and a second previous swaps back', async () => {
    const { name, workspace, versions } = await releasedTwice();
    const [v1, v2] = versions;
    expect(await aliasRouting(name, 'live')).toEqual({ version: v2, weights: {} });
    // The action recorded the move in the alias's description, and moto keeps it.
    expect((await readAlias(name, 'live'))?.Description).toMatch(
      new RegExp(`^lambda-deploy: ${v2} \\(was ${v1}\\)`),
    );

    const back = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'live', 'rollback-to': 'previous' },
      proxy().endpoint,
    );

    expect(back.exitCode, runOutput(back)).toBe(0);
    expect(await aliasRouting(name, 'live')).toEqual({ version: v1, weights: {} });
    const functionArn = back.outputs['function-arn'] ?? '';
    expect(functionArn).toMatch(new RegExp(`:function:${name}$`));
    expect(back.outputs).toEqual({
      'function-arn': functionArn,
      'function-name': name,
      version: v1,
      'version-arn': `${functionArn}:${v1}`,
      'previous-version': v2,
      'alias-arn': `${functionArn}:live`,
      'rolled-back': 'true',
    });
    expect(back.stdout).toContain(`Alias live: ${v2} -> ${v1} (rollback-to previous)`);
    expect(back.stdout).toContain('::group::Rollback');
    expect(summaryCell(back.summary, 'Routing')).toBe(`${v2} → ${v1}`);
    expect(back.summary).toContain('Rollback');
    // It builds and publishes nothing.
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
    expect(proxy().count(publishVersion(name))).toBe(0);
    expect(await versionNumbers(name)).toEqual(versions);

    const again = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'live', 'rollback-to': 'previous' },
      motoEndpoint(),
    );

    expect(again.exitCode, runOutput(again)).toBe(0);
    expect(await aliasRouting(name, 'live')).toEqual({ version: v2, weights: {} });
    expect(again.outputs).toMatchObject({
      version: v2,
      'previous-version': v1,
      'rolled-back': 'true',
    });
  });

  it('leaves an alias already on the version alone, and refuses a version that does not exist', async () => {
    const { name, workspace, versions } = await releasedTwice();
    const [, v2] = versions;
    const aliasNow = async () => {
      const alias = await readAlias(name, 'live');
      return [alias?.FunctionVersion, alias?.RoutingConfig, alias?.Description];
    };
    const before = await aliasNow();

    const there = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'live', 'rollback-to': v2 ?? '' },
      proxy().endpoint,
    );

    expect(there.exitCode, runOutput(there)).toBe(0);
    expect(there.outputs).toMatchObject({ version: v2, 'rolled-back': 'false' });
    expect(proxy().count(updateAlias(name, 'live'))).toBe(0);
    expect(summaryCell(there.summary, 'Routing')).toBe(`already on ${v2}: nothing changed`);

    const missing = await runDeployAction(
      workspace,
      { 'function-name': name, alias: 'live', 'rollback-to': '7' },
      proxy().endpoint,
    );

    expect(missing.exitCode, runOutput(missing)).toBe(1);
    expect(missing.errors).toEqual([
      "Input 'rollback-to': version 7 does not exist (deleted, or never published); nothing was changed",
    ]);
    expect(proxy().count(updateAlias(name, 'live'))).toBe(0);
    expect(await aliasNow()).toEqual(before);
    expect(missing.outputs).toEqual({});
  });
});
