import {
  GetLayerVersionCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  summaryCell,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import {
  createTestFunction,
  lambdaClient,
  motoEndpoint,
  readFunction,
  uniqueFunctionName,
  zipOf,
} from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { updateFunctionConfiguration } from '../support/lambda-faults.js';
import { digestOf } from '../support/package-fixtures.js';
import { planOf, summaryPlanItems } from '../support/plan-output.js';
import { createTestBucket, isWrite, objectDigest, s3Operations } from '../support/s3.js';
import { writeFiles } from '../support/temp-dir.js';

const proxy = useFaultProxy();

const LAYERS = '/2018-10-31/layers';

/** PublishLayerVersion: POST /2018-10-31/layers/{name}/versions. */
function publishLayerVersion(name: string): RequestMatcher {
  return ({ method, path }) => method === 'POST' && path === `${LAYERS}/${name}/versions`;
}

/** ListLayerVersions: GET /2018-10-31/layers/{name}/versions. */
function listLayerVersions(name: string): RequestMatcher {
  return ({ method, path }) => method === 'GET' && path === `${LAYERS}/${name}/versions`;
}

/** CreateFunction: POST /2015-03-31/functions. */
const createFunction: RequestMatcher = ({ method, path }) =>
  method === 'POST' && path === '/2015-03-31/functions';

/** A layer name no other test uses. */
function uniqueLayerName(label: string): string {
  return `ld-${label}-${randomUUID().slice(0, 8)}`;
}

/** (Re)writes the layer's directory `layer/` in `workspace`; `marker` makes its zip differ. */
async function writeLayer(workspace: string, marker: string): Promise<void> {
  await writeFiles(path.join(workspace, 'layer'), {
    'nodejs/node_modules/dep/index.js': `module.exports = ${JSON.stringify(marker)};\n`,
    'nodejs/node_modules/dep/package.json': '{"name":"dep","main":"index.js"}\n',
  });
}

/** A function in moto and a workspace with its source in `app/` and a layer in `layer/`. */
async function functionWithLayerSource() {
  const name = await createTestFunction();
  const workspace = await workspaceWithSource(`code of ${name}`);
  await writeLayer(workspace, `layer of ${name}`);
  return { name, workspace };
}

/** Publishes a small version of layer `name` with the SDK, as some other pipeline would. */
async function publishDirectly(name: string, marker = name): Promise<string> {
  const response = await lambdaClient().send(
    new PublishLayerVersionCommand({
      LayerName: name,
      Content: { ZipFile: await zipOf({ 'nodejs/marker.js': `// ${marker}\n` }) },
    }),
  );
  if (response.LayerVersionArn === undefined) throw new Error('moto returned no layer ARN');
  return response.LayerVersionArn;
}

async function attach(functionName: string, layers: readonly string[]): Promise<void> {
  await lambdaClient().send(
    new UpdateFunctionConfigurationCommand({ FunctionName: functionName, Layers: [...layers] }),
  );
}

async function layersOf(functionName: string): Promise<string[]> {
  return ((await readFunction(functionName)).Layers ?? []).map((layer) => layer.Arn ?? '');
}

/** The layer version as moto holds it: its number and CodeSha256. */
async function layerVersion(arn: string): Promise<{ version: number; codeSha256: string }> {
  const [name, version] = arn.split(':').slice(6);
  const response = await lambdaClient().send(
    new GetLayerVersionCommand({ LayerName: name, VersionNumber: Number(version) }),
  );
  return { version: response.Version ?? 0, codeSha256: response.Content?.CodeSha256 ?? '' };
}

async function versionCount(layerName: string): Promise<number> {
  const response = await lambdaClient().send(
    new ListLayerVersionsCommand({ LayerName: layerName }),
  );
  return (response.LayerVersions ?? []).length;
}

/** SHA-256 and size of the layer zip the run built, `<layer-name>-layer.zip` in its RUNNER_TEMP. */
async function layerPackage(run: DeployRun, layerName: string) {
  const file = `${layerName}-layer.zip`;
  const found: string[] = [];
  for (const entry of await readdir(run.runnerTemp, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const directory = path.join(run.runnerTemp, entry.name);
    if ((await readdir(directory)).includes(file)) found.push(path.join(directory, file));
  }
  if (found.length !== 1)
    throw new Error(`expected one ${file} in RUNNER_TEMP, found ${found.join(', ')}`);
  return digestOf(found[0] ?? '');
}

describe('the bundled action with layer-name and layer-source', () => {
  it('publishes the layer and attaches it, then publishes nothing again for the same files', async () => {
    const { name, workspace } = await functionWithLayerSource();
    const layerName = uniqueLayerName('deps');
    const inputs = {
      'function-name': name,
      source: 'app',
      'layer-name': layerName,
      'layer-source': 'layer',
    };

    const first = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(first.exitCode, runOutput(first)).toBe(0);
    const arn = first.outputs['layer-version-arn'] ?? '';
    expect(arn).toMatch(new RegExp(`:layer:${layerName}:1$`));
    expect(await layersOf(name)).toEqual([arn]);
    const built = await layerPackage(first, layerName);
    expect((await layerVersion(arn)).codeSha256).toBe(built.sha256);
    expect(proxy().count(publishLayerVersion(layerName))).toBe(1);
    expect(summaryCell(first.summary, 'Layer')).toBe(`<code>${arn}</code>, published`);
    const afterFirst = proxy().requests.length;

    const second = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(second.exitCode, runOutput(second)).toBe(0);
    const secondRequests = proxy().requests.slice(afterFirst);
    expect(secondRequests.filter(listLayerVersions(layerName)).length).toBeGreaterThan(0);
    expect(secondRequests.filter(publishLayerVersion(layerName))).toEqual([]);
    expect(secondRequests.filter(updateFunctionConfiguration(name))).toEqual([]);
    expect(second.outputs['layer-version-arn']).toBe(arn);
    expect(await layersOf(name)).toEqual([arn]);
    expect(await versionCount(layerName)).toBe(1);
    expect(summaryCell(second.summary, 'Layer')).toBe(
      `<code>${arn}</code>, already held this package: not published again`,
    );
  });

  it('publishes the next version for changed files, in place of the older one, other layers kept', async () => {
    const { name, workspace } = await functionWithLayerSource();
    const layerName = uniqueLayerName('deps');
    const before = await publishDirectly(uniqueLayerName('before'));
    const older = await publishDirectly(layerName, 'published elsewhere');
    const after = await publishDirectly(uniqueLayerName('after'));
    await attach(name, [before, older, after]);
    const inputs = {
      'function-name': name,
      source: 'app',
      'layer-name': layerName,
      'layer-source': 'layer',
    };

    const first = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(first.exitCode, runOutput(first)).toBe(0);
    const second = first.outputs['layer-version-arn'] ?? '';
    expect(second).toBe(older.replace(/:1$/, ':2'));
    expect(await layersOf(name)).toEqual([before, second, after]);

    await writeLayer(workspace, `changed layer of ${name}`);
    const changed = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(changed.exitCode, runOutput(changed)).toBe(0);
    const third = changed.outputs['layer-version-arn'] ?? '';
    expect(third).toBe(older.replace(/:1$/, ':3'));
    expect(await layersOf(name)).toEqual([before, third, after]);
    const built = await layerPackage(changed, layerName);
    expect(await layerVersion(third)).toEqual({ version: 3, codeSha256: built.sha256 });
    expect((await layerVersion(second)).codeSha256).not.toBe(built.sha256);
    expect(proxy().count(publishLayerVersion(layerName))).toBe(2);
  });

  it('publishes the compatible runtimes and architectures, and again only when they change', async () => {
    const { name, workspace } = await functionWithLayerSource();
    const layerName = uniqueLayerName('compat');
    const inputs = {
      'function-name': name,
      source: 'app',
      'layer-name': layerName,
      'layer-source': 'layer',
      'layer-compatible-runtimes': 'nodejs20.x, nodejs22.x',
      'layer-compatible-architectures': 'arm64',
    };

    const first = await runDeployAction(workspace, inputs, proxy().endpoint);
    const again = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(first.exitCode, runOutput(first)).toBe(0);
    expect(again.exitCode, runOutput(again)).toBe(0);
    expect(proxy().jsonBodies(publishLayerVersion(layerName))).toEqual([
      expect.objectContaining({
        CompatibleRuntimes: ['nodejs20.x', 'nodejs22.x'],
        CompatibleArchitectures: ['arm64'],
      }),
    ]);
    expect(again.outputs['layer-version-arn']).toBe(first.outputs['layer-version-arn']);

    const changed = await runDeployAction(
      workspace,
      { ...inputs, 'layer-compatible-runtimes': 'nodejs22.x' },
      proxy().endpoint,
    );

    expect(changed.exitCode, runOutput(changed)).toBe(0);
    expect(proxy().count(publishLayerVersion(layerName))).toBe(2);
    const arn = changed.outputs['layer-version-arn'] ?? '';
    expect(arn).toMatch(new RegExp(`:layer:${layerName}:2$`));
    expect(await layersOf(name)).toEqual([arn]);
  });

  it('publishes the layer from s3-bucket with s3-upload always', async () => {
    const { name, workspace } = await functionWithLayerSource();
    const bucket = await createTestBucket('layer');
    const layerName = uniqueLayerName('s3');

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        'layer-name': layerName,
        'layer-source': 'layer',
        's3-bucket': bucket,
        's3-upload': 'always',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const built = await layerPackage(run, layerName);
    const hex = Buffer.from(built.sha256, 'base64').toString('hex');
    const key = `lambda-deploy/layers/${layerName}/${hex}.zip`;
    expect(await objectDigest(bucket, key)).toEqual(built);
    const arn = run.outputs['layer-version-arn'] ?? '';
    expect((await layerVersion(arn)).codeSha256).toBe(built.sha256);
    expect(await layersOf(name)).toEqual([arn]);
    expect(proxy().jsonBodies(publishLayerVersion(layerName))).toEqual([
      expect.objectContaining({ Content: { S3Bucket: bucket, S3Key: key } }),
    ]);
    expect(s3Operations(proxy().requests, bucket)).toContain('PutObject');
  });

  it('fails before publishing when the function already has five other layers', async () => {
    const { name, workspace } = await functionWithLayerSource();
    const layerName = uniqueLayerName('sixth');
    const others: string[] = [];
    for (const label of ['a', 'b', 'c', 'd', 'e']) {
      others.push(await publishDirectly(uniqueLayerName(label)));
    }
    await attach(name, others);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'layer-name': layerName, 'layer-source': 'layer' },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining('already has 5 other layers')]);
    expect(run.errors[0]).toContain('Lambda allows 5');
    expect(proxy().count(publishLayerVersion(layerName))).toBe(0);
    expect(proxy().count(updateFunctionConfiguration(name))).toBe(0);
    expect(await versionCount(layerName)).toBe(0);
    expect(await layersOf(name)).toEqual(others);
    expect(run.outputs).not.toHaveProperty('layer-version-arn');
  });

  it('with dry-run reads only and says a new version would be published', async () => {
    const { name, workspace } = await functionWithLayerSource();
    const layerName = uniqueLayerName('dry');
    const other = await publishDirectly(uniqueLayerName('other'));
    await attach(name, [other]);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        'layer-name': layerName,
        'layer-source': 'layer',
        'dry-run': 'true',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(proxy().count(listLayerVersions(layerName))).toBeGreaterThan(0);
    expect(
      proxy()
        .requests.filter(isWrite)
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual([]);
    const planned = summaryPlanItems(run.summary);
    expect(planned).toContain(`Layer ${layerName}: publish a new version`);
    expect(planned).toContain(`Setting layers: ${other} -> ${other}, layer:${layerName}:(new)`);
    expect(planOf(run).layer).toEqual({
      name: layerName,
      action: 'publish',
      layers: [other, `layer:${layerName}:(new)`],
    });
    expect(await versionCount(layerName)).toBe(0);
    expect(await layersOf(name)).toEqual([other]);
    expect(run.outputs).not.toHaveProperty('layer-version-arn');
  });

  it('with dry-run says the version recorded for the unchanged tree is kept', async () => {
    const { name, workspace } = await functionWithLayerSource();
    const layerName = uniqueLayerName('dry-kept');
    const inputs = {
      'function-name': name,
      source: 'app',
      'layer-name': layerName,
      'layer-source': 'layer',
    };
    const deployed = await runDeployAction(workspace, inputs, motoEndpoint());
    expect(deployed.exitCode, runOutput(deployed)).toBe(0);
    const arn = deployed.outputs['layer-version-arn'] ?? '';

    const run = await runDeployAction(
      workspace,
      { ...inputs, 'dry-run': 'true' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(proxy().requests.filter(isWrite)).toEqual([]);
    const planned = summaryPlanItems(run.summary);
    // The first run recorded the layer tree's fingerprint with the version: nothing is built.
    expect(planned).toContain(`Layer ${layerName}: unchanged (by fingerprint) (${arn})`);
    expect(planned?.filter((line) => line.startsWith('Setting layers'))).toEqual([]);
    expect(planOf(run)).toMatchObject({
      changes: false,
      configuration: [],
      layer: { name: layerName, action: 'keep', layers: [arn], byFingerprint: arn },
    });
  });

  it('with create-if-missing creates the function with the layer attached', async () => {
    const name = uniqueFunctionName('create-layer');
    const workspace = await workspaceWithSource(`code of ${name}`);
    await writeLayer(workspace, `layer of ${name}`);
    const layerName = uniqueLayerName('create');

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        'create-if-missing': 'true',
        role: inject('testRoleArn'),
        runtime: 'nodejs20.x',
        handler: 'index.handler',
        'layer-name': layerName,
        'layer-source': 'layer',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const arn = run.outputs['layer-version-arn'] ?? '';
    expect(arn).toMatch(new RegExp(`:layer:${layerName}:1$`));
    expect(await layersOf(name)).toEqual([arn]);
    expect(proxy().jsonBodies(createFunction)).toEqual([
      expect.objectContaining({ Layers: [arn] }),
    ]);
    expect(proxy().count(updateFunctionConfiguration(name))).toBe(0);
    const built = await layerPackage(run, layerName);
    expect((await layerVersion(arn)).codeSha256).toBe(built.sha256);
  });
});
