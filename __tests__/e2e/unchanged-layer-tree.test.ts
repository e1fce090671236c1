// An unchanged layer tree is neither built nor published again: the bundled action, run
// against moto through the recording proxy, finds the layer tree's fingerprint in the tag it
// wrote on the function (lambda-deploy:layer-fingerprint, with the version and its
// CodeSha256), reads that version back, and attaches it as it is. A changed tree, or a
// version someone deleted, builds and publishes as always.
import { DeleteLayerVersionCommand, ListLayerVersionsCommand } from '@aws-sdk/client-lambda';
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, lambdaClient, readFunctionTags } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { LAYER_RECORD_TAG as LAYER_TAG, RECORD_TAG as CODE_TAG } from '../support/code-record.js';
import { publishLayerVersion, updateFunctionCode } from '../support/lambda-faults.js';
import { planGroupLines, planOf } from '../support/plan-output.js';
import { writeFiles } from '../support/temp-dir.js';

const proxy = useFaultProxy();

const write: RequestMatcher = ({ method }) => method !== 'GET' && method !== 'HEAD';

async function layerVersions(layerName: string): Promise<number[]> {
  const { LayerVersions } = await lambdaClient().send(
    new ListLayerVersionsCommand({ LayerName: layerName }),
  );
  return (LayerVersions ?? []).map((version) => version.Version ?? 0).sort();
}

async function layerWorkspace(marker: string): Promise<string> {
  const workspace = await workspaceWithSource(`code of ${marker}`);
  await writeFiles(path.join(workspace, 'layer'), {
    'nodejs/node_modules/dep/index.js': `module.exports = ${JSON.stringify(marker)};\n`,
    'nodejs/node_modules/dep/package.json': '{"name":"dep","main":"index.js"}\n',
  });
  return workspace;
}

async function deploy(
  workspace: string,
  name: string,
  layerName: string,
  more: Record<string, string> = {},
): Promise<DeployRun> {
  const run = await runDeployAction(
    workspace,
    {
      'function-name': name,
      source: 'app',
      'layer-name': layerName,
      'layer-source': 'layer',
      ...more,
    },
    proxy().endpoint,
  );
  expect(run.exitCode, runOutput(run)).toBe(0);
  return run;
}

/** A function deployed once with a layer: its record written. */
async function deployedOnce() {
  const name = await createTestFunction();
  const layerName = `ld-fp-${randomUUID().slice(0, 8)}`;
  const workspace = await layerWorkspace(name);
  const first = await deploy(workspace, name, layerName);
  const arn = first.outputs['layer-version-arn'] ?? '';
  expect(arn).toMatch(new RegExp(`:layer:${layerName}:1$`));
  return { name, layerName, workspace, first, arn };
}

/** The log lines of a layer package built ("Package <path>-layer.zip: ..."). */
function layerBuilds(run: DeployRun): string[] {
  return run.stdout.split('\n').filter((line) => /^Package \S+-layer\.zip: /.test(line));
}

describe('an unchanged layer tree', () => {
  it('is recorded with its version, then neither built nor published, and the run writes nothing', async () => {
    const { name, layerName, workspace, first, arn } = await deployedOnce();
    expect(layerBuilds(first)).toHaveLength(1);
    const tags = await readFunctionTags(name);
    expect(tags[LAYER_TAG]).toMatch(
      new RegExp(
        `^[A-Za-z0-9+/]{43}= ${arn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [A-Za-z0-9+/]{43}=$`,
      ),
    );
    expect(tags[LAYER_TAG]?.length).toBeLessThanOrEqual(256);
    expect(tags[CODE_TAG]).toBeDefined();

    const writesBefore = proxy().count(write);
    const second = await deploy(workspace, name, layerName);

    // Function and layer both unchanged: reads only.
    expect(proxy().count(write)).toBe(writesBefore);
    expect(proxy().count(publishLayerVersion(layerName))).toBe(1);
    expect(proxy().count(updateFunctionCode(name))).toBe(1);
    expect(layerBuilds(second)).toEqual([]);
    expect(second.outputs['package-path']).toBe('');
    expect(await layerVersions(layerName)).toEqual([1]);
    expect(second.outputs['layer-version-arn']).toBe(arn);
    expect(planOf(second).layer).toEqual({
      name: layerName,
      action: 'keep',
      layers: [arn],
      byFingerprint: arn,
    });
    expect(planOf(second).code).toMatchObject({ action: 'skip', byFingerprint: true });
    const plan = planGroupLines(second.stdout);
    expect(plan).toContain(`Layer ${layerName}: unchanged (by fingerprint) (${arn})`);
    expect(plan?.some((line) => line.startsWith('Code: unchanged (by fingerprint)'))).toBe(true);
    expect(second.stdout).toContain(
      `Layer ${layerName} version 1 holds the zip of this tree (by fingerprint): nothing built or published`,
    );
  });

  it('is built and published again after a one-byte change', async () => {
    const { name, layerName, workspace, arn } = await deployedOnce();
    await appendFile(path.join(workspace, 'layer', 'nodejs/node_modules/dep/index.js'), ' ');

    const second = await deploy(workspace, name, layerName);

    expect(layerBuilds(second)).toHaveLength(1);
    expect(proxy().count(publishLayerVersion(layerName))).toBe(2);
    expect(await layerVersions(layerName)).toEqual([1, 2]);
    const newArn = second.outputs['layer-version-arn'] ?? '';
    expect(newArn).toMatch(new RegExp(`:layer:${layerName}:2$`));
    expect(planOf(second).layer).toMatchObject({ action: 'publish' });
    expect(planOf(second).layer).not.toHaveProperty('byFingerprint');
    // The function's code did not change: still skipped by its own record.
    expect(planOf(second).code).toMatchObject({ action: 'skip', byFingerprint: true });
    // The record now names the new version.
    const record = (await readFunctionTags(name))[LAYER_TAG] ?? '';
    expect(record).toContain(` ${newArn} `);
    expect(record).not.toContain(` ${arn} `);
  });

  it('is built and published again once someone deleted the recorded version', async () => {
    const { name, layerName, workspace } = await deployedOnce();
    await lambdaClient().send(
      new DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: 1 }),
    );

    const second = await deploy(workspace, name, layerName);

    expect(layerBuilds(second)).toHaveLength(1);
    expect(proxy().count(publishLayerVersion(layerName))).toBe(2);
    expect(await layerVersions(layerName)).toEqual([2]);
    const newArn = second.outputs['layer-version-arn'] ?? '';
    expect(newArn).toMatch(new RegExp(`:layer:${layerName}:2$`));
    expect(planOf(second).layer).toMatchObject({ action: 'publish' });
    expect((await readFunctionTags(name))[LAYER_TAG]).toContain(` ${newArn} `);

    // And the run after that skips again, with the new version.
    const third = await deploy(workspace, name, layerName);
    expect(layerBuilds(third)).toEqual([]);
    expect(planOf(third).layer).toMatchObject({ action: 'keep', byFingerprint: newArn });
  });

  it('is built as always with skip-unchanged false', async () => {
    const { name, layerName, workspace, arn } = await deployedOnce();

    const second = await deploy(workspace, name, layerName, { 'skip-unchanged': 'false' });

    expect(layerBuilds(second)).toHaveLength(1);
    // The same zip: the newest version holds it, so nothing is published.
    expect(proxy().count(publishLayerVersion(layerName))).toBe(1);
    expect(planOf(second).layer).toEqual({ name: layerName, action: 'keep', layers: [arn] });
  });

  it.each([
    ['layer-source', 'layer'],
    ['source', 'app'],
  ])(
    'fails on a %s with no files before any request, though the other tree could be skipped',
    async (input, directory) => {
      const { name, layerName, workspace } = await deployedOnce();
      const before = proxy().requests.length;
      await rm(path.join(workspace, directory), { recursive: true });
      await mkdir(path.join(workspace, directory));

      const run = await runDeployAction(
        workspace,
        { 'function-name': name, source: 'app', 'layer-name': layerName, 'layer-source': 'layer' },
        proxy().endpoint,
      );

      expect(run.exitCode, runOutput(run)).not.toBe(0);
      expect(run.stdout).toContain(`::error::Input '${input}': '`);
      expect(run.stdout).toContain('holds no files to package');
      expect(proxy().requests.slice(before)).toEqual([]);
    },
  );
});
